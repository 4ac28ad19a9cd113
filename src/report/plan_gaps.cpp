#include "report/plan_gaps.h"

#include <algorithm>

namespace autodiag::report {

namespace {

bool at_top(const score::QuestionScore& s) { return s.points >= s.max_points; }

// The organisation chose to work on this theme: it set a target not yet met.
bool targeted(const score::ThemeScore& t) {
  auto open = [](const std::optional<score::TargetProgress>& p) { return p && p->gap > 0; };
  return open(t.one_year) || open(t.three_years);
}

}  // namespace

std::vector<PlanGap> ranked_gaps(const score::Result& result, size_t spread, Targets targets) {
  std::vector<PlanGap> gaps;
  for (const score::ThemeScore& theme : result.themes) {
    if (!theme.addressed) continue;
    for (const score::QuestionScore& s : theme.questions) {
      if (s.exclusion != score::Exclusion::counted || at_top(s)) continue;
      gaps.push_back({&theme, &s, (1 - s.ratio) * s.weight * theme.theme->weight, s.question->action_for(s.points)});
    }
  }
  // Between equal gaps, the weaker theme comes first: it is where an action
  // changes the most for the organisation.
  std::stable_sort(gaps.begin(), gaps.end(), [](const PlanGap& a, const PlanGap& b) {
    if (a.priority != b.priority) return a.priority > b.priority;
    return a.theme->score < b.theme->score;
  });
  std::vector<PlanGap> ranked;
  std::vector<const score::ThemeScore*> themes;
  for (bool want_targeted : {true, false}) {
    for (auto it = gaps.begin(); it != gaps.end() && ranked.size() < spread;) {
      bool in_round = targets == Targets::ignored || targeted(*it->theme) == want_targeted;
      if (in_round && std::find(themes.begin(), themes.end(), it->theme) == themes.end()) {
        themes.push_back(it->theme);
        ranked.push_back(*it);
        it = gaps.erase(it);
      } else {
        ++it;
      }
    }
  }
  ranked.insert(ranked.end(), gaps.begin(), gaps.end());
  return ranked;
}

std::vector<const score::QuestionScore*> strengths_of(const score::ThemeScore& theme) {
  std::vector<const score::QuestionScore*> out;
  for (const score::QuestionScore& s : theme.questions) {
    if (s.exclusion == score::Exclusion::counted && at_top(s)) out.push_back(&s);
  }
  return out;
}

}  // namespace autodiag::report
