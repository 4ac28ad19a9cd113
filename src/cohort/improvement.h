#pragma once

#include "model/questionnaire.h"

#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace autodiag::cohort {

// The improvement report of a cohort (docs/batch.md, "Planning collective
// workshops"): the questions where the most organisations fall short of the
// top of the scale, grouped by the catalogue's support that addresses them.
// Fed one counted organisation at a time; its size grows with the
// questionnaire and the regions, never with the organisations.
class SharedGaps {
 public:
  explicit SharedGaps(const model::Questionnaire& questionnaire);

  // One organisation counted in the statistics: the questions put to it and
  // answered (N/A and hidden ones are not in `counted`), the share of each
  // one's points it reached, the catalogue entries open to it (indexes in
  // questionnaire.support) and its region id ("" when unknown).
  void add(const std::vector<size_t>& counted, const std::vector<double>& ratios, const std::vector<size_t>& supports,
           const std::string& region);

  size_t organisations() const { return m_organisations; }
  size_t counted(size_t question) const { return m_counted[question]; }
  size_t short_of_top(size_t question) const { return m_short[question]; }
  double missing(size_t question) const { return m_missing[question]; }  // sum of the shares of points not reached
  // Organisations a catalogue entry is open to, by region id.
  const std::map<std::string, size_t>& open_to(size_t support) const { return m_open[support]; }

 private:
  size_t m_organisations = 0;
  std::vector<size_t> m_counted;
  std::vector<size_t> m_short;
  std::vector<double> m_missing;
  std::vector<std::map<std::string, size_t>> m_open;
};

// A question's shared gap: among the `counted` organisations it was put to,
// `short_of_top` did not reach its top answer, and on average they all
// missed `missing_share` (0–1) of its points.
struct QuestionGap {
  const model::Question* question = nullptr;
  size_t counted = 0;
  size_t short_of_top = 0;
  double missing_share = 0;
};

// A catalogue entry named in the report: open to `open_to` organisations of
// the cohort (at least min_group). A regional entry (one with `regions`)
// names the cohort's regions it is open in when each is a region the
// summary shows; otherwise `regions` is empty and it is only said to be
// regional.
struct NamedSupport {
  const model::SupportOption* option = nullptr;
  size_t open_to = 0;
  bool regional = false;
  std::vector<std::string> regions;  // region ids, in the catalogue's order
};

// Questions that the same catalogue entries address (entries tie to themes).
struct GapGroup {
  std::vector<NamedSupport> supports;  // empty: no entry of the catalogue addresses them
  std::vector<QuestionGap> questions;  // largest gap first
};

struct Improvement {
  size_t organisations = 0;
  std::vector<GapGroup> groups;        // in the order of their largest gap
  std::vector<NamedSupport> general;   // entries that cover every theme
  size_t unnamed_supports = 0;         // entries open to 1 to min_group - 1 organisations of the cohort
};

// The `shown` largest gaps: questions counted for at least min_group
// organisations, at least one of them short of the top, ordered by the share
// short of the top, then by the mean share missing, then questionnaire
// order. A catalogue entry is named only when it is open to at least
// min_group counted organisations (so it never tells that a small group is
// in the cohort). `shown_regions`: the region ids the summary's region table
// shows.
Improvement improvement(const model::Questionnaire& questionnaire, const SharedGaps& gaps, size_t min_group,
                        const std::vector<std::string>& shown_regions, size_t shown = 10);

}  // namespace autodiag::cohort
