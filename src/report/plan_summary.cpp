#include "model/profile.h"
#include "report/numbers.h"
#include "report/plan_facts.h"
#include "report/plan_text.h"

#include <algorithm>
#include <fmt/format.h>

namespace autodiag::report {

namespace {

// The three best-scored themes (a theme at 0 is no strength).
std::vector<const score::ThemeScore*> strongest(const PlanFacts& f) {
  std::vector<const score::ThemeScore*> themes;
  for (const score::ThemeScore& t : f.result.themes) {
    if (t.scored && t.score > 0) themes.push_back(&t);
  }
  std::stable_sort(themes.begin(), themes.end(),
                   [](const score::ThemeScore* a, const score::ThemeScore* b) { return a->score > b->score; });
  if (themes.size() > priority_count) themes.resize(priority_count);
  return themes;
}

std::vector<std::string> priority_themes(const PlanFacts& f) {
  std::vector<std::string> labels;
  for (size_t i = 0; i < f.gaps.size() && i < priority_count; ++i) {
    std::string label = f.text(f.gaps[i].theme->theme->label());
    if (std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(label);
  }
  return labels;
}

// "le thème « A »", "les thèmes « A » et « B »": no elision to get wrong.
std::string themes_phrase(const PlanFacts& f, const std::vector<std::string>& labels) {
  std::vector<std::string> quoted;
  for (const std::string& label : labels) quoted.push_back(quote(label, f.lang));
  if (f.lang == Lang::fr) return (labels.size() == 1 ? "le thème " : "les thèmes ") + join_words(quoted, f.lang);
  return (labels.size() == 1 ? "the theme " : "the themes ") + join_words(quoted, f.lang);
}

std::string read_aloud(const PlanFacts& f, const std::vector<const score::ThemeScore*>& strengths) {
  size_t assessed = 0;
  for (const score::ThemeScore& t : f.result.themes) assessed += t.addressed ? 1 : 0;
  size_t total = f.result.themes.size();
  std::vector<std::string> strong;
  for (const score::ThemeScore* t : strengths) strong.push_back(f.text(t->theme->label()));
  std::vector<std::string> priorities = priority_themes(f);
  std::string out;
  if (f.lang == Lang::fr) {
    out = "Cette année, comme le prévoit la loi sur l'économie sociale et solidaire, nous avons fait le point sur nos "
          "pratiques à l'aide du guide des bonnes pratiques : " +
          (assessed == total ? fmt::format("nous avons étudié ses {} thèmes.", total)
                             : fmt::format("nous avons étudié {} de ses {} thèmes.", assessed, total));
    if (f.result.scored && f.result.level) {
      out += fmt::format(" Notre niveau d'ensemble est {} ({} sur 100) : ce n'est pas une note, mais un repère pour "
                         "progresser d'une année sur l'autre.",
                         quote(f.text(f.result.level->label), f.lang), show_score(f.result.overall));
    }
    if (!strong.empty()) {
      std::string themes = themes_phrase(f, strong);
      out += strong.size() == 1 ? fmt::format(" Notre point d'appui est {}.", themes)
                                : fmt::format(" Nos points d'appui sont {}.", themes);
    }
    if (!priorities.empty()) {
      out += fmt::format(" Pour l'année qui vient, nous proposons d'agir en priorité sur {}.", themes_phrase(f, priorities));
    }
    out += " Ce plan est une proposition : nous vous invitons à en débattre, à l'amender et à nous aider à le mettre en œuvre.";
  } else {
    out = "This year, as the law on the social and solidarity economy provides, we reviewed our practices with the "
          "good practice guide: " +
          (assessed == total ? fmt::format("we looked at all {} of its themes.", total)
                             : fmt::format("we looked at {} of its {} themes.", assessed, total));
    if (f.result.scored && f.result.level) {
      out += fmt::format(" Our overall level is {} ({} out of 100): not a mark, but a marker to progress from one year "
                         "to the next.",
                         quote(f.text(f.result.level->label), f.lang), show_score(f.result.overall));
    }
    if (!strong.empty()) out += fmt::format(" We can build on {}.", themes_phrase(f, strong));
    if (!priorities.empty()) {
      out += fmt::format(" For the coming year, we propose to act first on {}.", themes_phrase(f, priorities));
    }
    out += " This plan is a proposal: we invite you to discuss it, amend it and help us carry it out.";
  }
  return out;
}

std::vector<std::string> debate_questions(const PlanFacts& f) {
  std::vector<std::string> out;
  if (!f.gaps.empty()) {
    out.push_back(f.say("Ces priorités sont-elles les bonnes ? Lesquelles retenons-nous pour l'année qui vient ?",
                        "Are these priorities the right ones? Which do we take up for the coming year?"));
    std::string theme = quote(f.text(f.gaps.front().theme->theme->label()), f.lang);
    out.push_back(f.lang == Lang::fr
                      ? fmt::format("Sur le thème {}, qui peut s'impliquer, avec quel temps et quels moyens ?", theme)
                      : fmt::format("On {}, who can get involved, with what time and what means?", theme));
  }
  const model::Answer* employees = model::answer_with_role(f.questionnaire, f.response.answers, model::Role::employees);
  if (employees && employees->kind == model::Answer::Kind::number && employees->number == 0) {
    out.push_back(f.say("Comment associer les membres, les bénévoles et les personnes accompagnées au suivi de ce plan ?",
                        "How do we involve members, volunteers and the people we serve in following up this plan?"));
  } else {
    out.push_back(f.say("Comment associer les membres, les bénévoles, les salariés et les personnes accompagnées au "
                        "suivi de ce plan ?",
                        "How do we involve members, volunteers, employees and the people we serve in following up "
                        "this plan?"));
  }
  std::vector<std::string> left_out;
  for (const score::ThemeScore& t : f.result.themes) {
    if (!t.addressed) left_out.push_back(quote(f.text(t.theme->label()), f.lang));
  }
  if (!left_out.empty()) {
    out.push_back(f.lang == Lang::fr
                      ? fmt::format("Faut-il aborder l'an prochain ce que nous avons laissé de côté cette année ({}) ?",
                                    join_words(left_out, f.lang))
                      : fmt::format("Should we take up next year what we left aside this year ({})?",
                                    join_words(left_out, f.lang)));
  }
  if (f.previous) {
    out.push_back(f.say("Qu'est-ce qui explique nos progrès et nos reculs depuis l'an dernier ?",
                        "What explains where we moved forward, or back, since last year?"));
  }
  return out;
}

}  // namespace

nlohmann::json summary_section(const PlanFacts& f) {
  std::vector<const score::ThemeScore*> best = strongest(f);
  nlohmann::json strengths = nlohmann::json::array();
  for (const score::ThemeScore* t : best) {
    strengths.push_back({{"label", f.text(t->theme->label())},
                         {"score", show_score(t->score)},
                         {"level", t->level ? f.text(t->level->label) : "—"}});
  }
  nlohmann::json priorities = nlohmann::json::array();
  for (size_t i = 0; i < f.gaps.size() && i < priority_count; ++i) {
    priorities.push_back({{"rank", std::to_string(i + 1)},
                          {"action", action_text(f, f.gaps[i])},
                          {"theme", f.text(f.gaps[i].theme->theme->label())},
                          {"question", f.text(f.gaps[i].question->question->text)},
                          {"answer", answer_text(*f.gaps[i].question->question, *f.gaps[i].question->answer, f.lang,
                                                 f.fallback)}});
  }
  return {{"strengths", strengths},
          {"has_strengths", !strengths.empty()},
          {"priorities", priorities},
          {"has_priorities", !priorities.empty()},
          {"read_aloud", read_aloud(f, best)},
          {"debate_questions", debate_questions(f)}};
}

}  // namespace autodiag::report
