#include "consolidate/agreement.h"

#include <algorithm>
#include <map>

namespace autodiag::consolidate {

template <typename T>
T lower_median(std::vector<T>& values) {
  std::sort(values.begin(), values.end());
  return values[(values.size() - 1) / 2];
}

template int lower_median<int>(std::vector<int>&);
template double lower_median<double>(std::vector<double>&);

Agreement agree(std::vector<int> ranks, int not_applicable) {
  Agreement a;
  a.not_applicable = not_applicable;
  a.answers = static_cast<int>(ranks.size()) + not_applicable;
  if (a.answers == 0) return a;
  std::map<int, int> counts;
  for (int rank : ranks) ++counts[rank];
  a.mode_count = not_applicable;
  for (const auto& [rank, n] : counts) a.mode_count = std::max(a.mode_count, n);
  if (!ranks.empty()) {
    a.min_rank = *std::min_element(ranks.begin(), ranks.end());
    a.max_rank = *std::max_element(ranks.begin(), ranks.end());
    a.median_rank = lower_median(ranks);
  }
  a.na_retained = 2 * not_applicable > a.answers;
  a.wide_spread = a.spread() >= divergent_spread;
  // Integers: 3 of 5 is 60 %, under 70 %; 7 of 10 is exactly 70 %, agreed.
  a.weak_mode = 100 * a.mode_count < consensus_percent * a.answers;
  return a;
}

}  // namespace autodiag::consolidate
