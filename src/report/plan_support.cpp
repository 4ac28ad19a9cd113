#include "report/plan_facts.h"
#include "report/plan_text.h"
#include "report/support_match.h"
#include "util/escape.h"

#include <algorithm>
#include <array>
#include <string>

#include <fmt/format.h>

namespace autodiag::report {

namespace {

std::string scope_reason(const PlanFacts& f, model::SupportScope scope) {
  switch (scope) {
    case model::SupportScope::sector:
      return f.say("Réseau de votre secteur d'activité.", "A network of your field of activity.");
    case model::SupportScope::network:
      return f.say("Réseau de votre forme juridique.", "A network for your legal form.");
    case model::SupportScope::department:
      return f.say("Dans votre département.", "In your department.");
    case model::SupportScope::region:
      return f.say("Dans votre région.", "In your region.");
    case model::SupportScope::national:
      break;
  }
  return "";
}

// "27 novembre 2026" / "27 November 2026" from YYYY-MM-DD.
std::string spoken_date(const PlanFacts& f, const std::string& date) {
  static constexpr std::array<const char*, 12> fr = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                                     "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
  static constexpr std::array<const char*, 12> en = {"January", "February", "March",     "April",   "May",      "June",
                                                     "July",    "August",   "September", "October", "November", "December"};
  int month = std::stoi(date.substr(5, 2));
  int day = std::stoi(date.substr(8, 2));
  return fmt::format("{} {} {}", day, f.say(fr[month - 1], en[month - 1]), date.substr(0, 4));
}

std::string why(const PlanFacts& f, const SupportMatch& m) {
  const model::SupportOption& o = *m.option;
  std::vector<std::string> parts;
  std::string who = o.audience.empty() ? scope_reason(f, o.scope) : f.text(o.audience);
  if (!who.empty()) parts.push_back(who);
  std::vector<std::string> themes;
  for (const model::Theme* t : m.themes) themes.push_back(quote(f.text(t->label()), f.lang));
  // An option for every theme that has its own reason (a financing offer)
  // is suggested for that reason, not for a practice gap.
  if (!m.all_themes) {
    parts.push_back((themes.size() == 1 ? f.say("Peut vous aider sur le thème ", "Can help with the theme ")
                                        : f.say("Peut vous aider sur les thèmes ", "Can help with the themes ")) +
                    join_words(themes, f.lang) + ".");
  } else if (o.audience.empty()) {
    parts.push_back(f.say("Utile pour tous les thèmes.", "Useful for every theme."));
  }
  if (!o.verified) {
    parts.push_back(f.say("Certaines informations n'ont pas pu être confirmées : vérifiez-les auprès de l'organisme.",
                          "Some details could not be confirmed: check them with the organisation."));
  }
  if (!o.checked.empty()) {
    parts.push_back(f.say("Vérifié le ", "Checked on ") + spoken_date(f, o.checked) + ".");
  }
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : " ") + p;
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
  nlohmann::json shown = nlohmann::json::array();
  std::vector<std::string> others;
  // A long list is not read (review 2026-11, D5): the most specific six,
  // the other names on one line.
  for (const SupportMatch& m : match_support(f.questionnaire, f.response.answers, gap_themes)) {
    if (shown.size() == support_count) {
      others.push_back(f.text(m.option->name));
      continue;
    }
    shown.push_back({{"id", m.option->id},
                   {"name", f.text(m.option->name)},
                   {"description", f.text(m.option->description)},
                   // The template makes it an autolink (util/escape.h).
                   {"url", is_web_address(m.option->url) ? m.option->url : ""},
                   {"why", why(f, m)}});
  }
  return {{"shown", shown}, {"others", join_list(others)}};
}

}  // namespace autodiag::report
