#include "report/support_match.h"

#include "model/profile.h"

#include <algorithm>
#include <tuple>

namespace autodiag::report {

namespace {

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return !item.empty() && std::find(list.begin(), list.end(), item) != list.end();
}

int specificity(model::SupportScope scope) {
  switch (scope) {
    case model::SupportScope::sector:
    case model::SupportScope::network:
      return 0;
    case model::SupportScope::department:
      return 1;
    case model::SupportScope::region:
      return 2;
    case model::SupportScope::national:
      return 3;
  }
  return 3;
}

}  // namespace

std::vector<SupportMatch> match_support(const model::Questionnaire& q, const model::AnswerSet& answers,
                                        const std::vector<const model::Theme*>& gap_themes) {
  std::string region = model::region_of(q, answers);
  std::string legal_form = model::chosen_option(q, answers, model::Role::legal_form);
  model::AnswerLookup lookup = [&answers](size_t index) { return answers.effective(index); };
  std::vector<SupportMatch> matches;
  for (const model::SupportOption& option : q.support) {
    if (!option.regions.empty() && !contains(option.regions, region)) continue;
    if (!option.legal_forms.empty() && !contains(option.legal_forms, legal_form)) continue;
    if (option.eligible && !model::evaluate(*option.eligible, lookup)) continue;
    SupportMatch match;
    match.option = &option;
    match.all_themes = option.themes.empty();
    for (const model::Theme& theme : q.themes) {
      bool gap = std::find(gap_themes.begin(), gap_themes.end(), &theme) != gap_themes.end();
      if (gap && (match.all_themes || contains(option.themes, theme.id))) match.themes.push_back(&theme);
    }
    if (!match.themes.empty()) matches.push_back(std::move(match));
  }
  // An option for every theme helps with the first priority too.
  auto rank = [&gap_themes](const SupportMatch& m) {
    size_t best = 0;
    if (!m.all_themes) {
      best = gap_themes.size();
      for (const model::Theme* t : m.themes) {
        best = std::min<size_t>(best, std::find(gap_themes.begin(), gap_themes.end(), t) - gap_themes.begin());
      }
    }
    return std::make_tuple(specificity(m.option->scope), best);
  };
  std::stable_sort(matches.begin(), matches.end(),
                   [&](const SupportMatch& x, const SupportMatch& y) { return rank(x) < rank(y); });
  return matches;
}

}  // namespace autodiag::report
