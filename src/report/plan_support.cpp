#include "report/plan_facts.h"
#include "report/plan_text.h"
#include "report/support_match.h"

#include <algorithm>
#include <tuple>

namespace autodiag::report {

namespace {

std::string why(const PlanFacts& f, const SupportMatch& m) {
  std::vector<std::string> themes;
  for (const model::Theme* t : m.themes) themes.push_back(quote(f.text(t->label()), f.lang));
  std::string out = m.all_themes ? f.say("Ressource généraliste, utile pour tous les thèmes.",
                                         "A general resource, useful for every theme.")
                                 : (themes.size() == 1 ? f.say("Pour vos écarts sur le thème ", "For your gaps on the theme ")
                                                       : f.say("Pour vos écarts sur les thèmes ", "For your gaps on the themes ")) +
                                       join_words(themes, f.lang) + ".";
  if (m.legal_form_limited) out += f.say(" Réservé à certaines formes juridiques, dont la vôtre.", " Open to some legal forms, yours included.");
  if (m.regional) out += f.say(" Offre réservée à certaines régions, dont la vôtre.", " Limited to some regions, yours included.");
  if (m.conditional) out += f.say(" Votre profil remplit ses conditions d'accès.", " Your profile meets its conditions.");
  return out;
}

}  // namespace

nlohmann::json support_section(const PlanFacts& f) {
  // Ranked by the gaps alone: the targets the organisation set choose the
  // order of its priorities, not which help fits it best.
  std::vector<const model::Theme*> gap_themes;
  for (const PlanGap& gap : ranked_gaps(f.result, priority_count, Targets::ignored)) {
    if (std::find(gap_themes.begin(), gap_themes.end(), gap.theme->theme) == gap_themes.end()) {
      gap_themes.push_back(gap.theme->theme);
    }
  }
  // gap_themes is in priority order: an option that helps with the first
  // priority comes first, and among those the ones meant for organisations
  // like this one (legal form, region, condition) before the open ones;
  // general resources come last.
  auto relevance = [&gap_themes](const SupportMatch& m) {
    size_t best = gap_themes.size();
    for (const model::Theme* t : m.themes) {
      best = std::min<size_t>(best, std::find(gap_themes.begin(), gap_themes.end(), t) - gap_themes.begin());
    }
    int targeted = int(m.legal_form_limited) + int(m.regional) + int(m.conditional);
    return std::make_tuple(m.all_themes, best, -targeted);
  };
  std::vector<SupportMatch> matches = match_support(f.questionnaire, f.response.answers, gap_themes);
  std::stable_sort(matches.begin(), matches.end(),
                   [&](const SupportMatch& x, const SupportMatch& y) { return relevance(x) < relevance(y); });
  nlohmann::json shown = nlohmann::json::array();
  std::vector<std::string> others;
  // A long list is not read (review 2026-11, D5): the most relevant six,
  // the other names on one line.
  for (const SupportMatch& m : matches) {
    if (shown.size() == support_count) {
      others.push_back(f.text(m.option->name));
      continue;
    }
    shown.push_back({{"id", m.option->id},
                   {"name", f.text(m.option->name)},
                   {"description", f.text(m.option->description)},
                   {"url", m.option->url},
                   {"why", why(f, m)}});
  }
  return {{"shown", shown}, {"others", join_list(others)}};
}

}  // namespace autodiag::report
