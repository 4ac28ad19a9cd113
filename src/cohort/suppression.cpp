#include "cohort/suppression.h"

namespace autodiag::cohort {

std::vector<bool> shown_cells(const std::vector<size_t>& counts, size_t min_group, const std::vector<bool>& forced) {
  std::vector<bool> shown(counts.size());
  size_t hidden = 0;
  for (size_t i = 0; i < counts.size(); ++i) {
    shown[i] = counts[i] >= min_group && (forced.empty() || !forced[i]);
    if (!shown[i]) hidden += counts[i];
  }
  while (hidden > 0 && hidden < min_group) {
    size_t smallest = counts.size();
    for (size_t i = 0; i < counts.size(); ++i) {
      // Ties: the later cell goes, so that the first groups (the
      // questionnaire's order) stay readable.
      if (shown[i] && (smallest == counts.size() || counts[i] <= counts[smallest])) smallest = i;
    }
    if (smallest == counts.size()) break;  // everything hidden: the total itself is below the rule
    shown[smallest] = false;
    hidden += counts[smallest];
  }
  return shown;
}

Breakdown break_down(const std::vector<std::pair<std::string, size_t>>& groups, size_t min_group) {
  std::vector<size_t> counts;
  for (const auto& group : groups) counts.push_back(group.second);
  std::vector<bool> shown = shown_cells(counts, min_group);
  Breakdown out;
  for (size_t i = 0; i < groups.size(); ++i) {
    if (shown[i]) {
      out.shown.push_back(groups[i].first);
    } else {
      out.others += groups[i].second;
    }
  }
  return out;
}

}  // namespace autodiag::cohort
