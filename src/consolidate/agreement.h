#pragma once

#include <optional>
#include <vector>

namespace autodiag::consolidate {

// The divergence rule (docs/consolidate.md), on the answers that take a
// position: each valued answer is a rank on the question's ordered scale
// (0 = lowest score), and "not applicable" is a category of its own.
// Skipped and not-asked questions are not answers and are not counted here.
struct Agreement {
  int answers = 0;                  // valued answers + "not applicable"
  int not_applicable = 0;
  std::optional<int> median_rank;   // lower median of the valued answers
  std::optional<int> min_rank;
  std::optional<int> max_rank;
  int mode_count = 0;               // answers on the most frequent category (N/A included)
  bool na_retained = false;         // more than half of the answers are N/A
  bool wide_spread = false;         // max − min ≥ 2 steps
  bool weak_mode = false;           // fewer than 70 % of the answers on the mode
  bool divergent() const { return wide_spread || weak_mode; }
  int spread() const { return max_rank && min_rank ? *max_rank - *min_rank : 0; }
};

inline constexpr int divergent_spread = 2;
inline constexpr int consensus_percent = 70;

Agreement agree(std::vector<int> ranks, int not_applicable);

// The lower median of `values` (sorted in place): with an even count, the
// lower of the two middle values, so that the result is always an answer
// someone gave and never overstates the practice.
template <typename T>
T lower_median(std::vector<T>& values);

}  // namespace autodiag::consolidate
