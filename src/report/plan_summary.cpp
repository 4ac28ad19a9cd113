#include "report/numbers.h"
#include "report/plan_divergent.h"
#include "report/plan_facts.h"
#include "report/plan_objectives.h"
#include "report/plan_text.h"

#include <algorithm>
#include <fmt/format.h>

namespace autodiag::report {

namespace {

std::vector<const model::Theme*> priority_themes(const PlanFacts& f) {
  std::vector<const model::Theme*> themes;
  for (size_t i = 0; i < f.gaps.size() && i < priority_count; ++i) {
    const model::Theme* t = f.gaps[i].theme->theme;
    if (std::find(themes.begin(), themes.end(), t) == themes.end()) themes.push_back(t);
  }
  return themes;
}

// Answers in the upper third of their scale, in themes that are not this
// year's priorities: a strength never names a theme the plan asks to work on,
// nor an answer the organisation's people disagreed on.
// The best first, and among equals the ones the organisation commented on:
// its own words make the best statements.
std::vector<const score::QuestionScore*> strengths(const PlanFacts& f) {
  std::vector<const model::Theme*> priorities = priority_themes(f);
  std::vector<const score::QuestionScore*> out;
  for (const score::ThemeScore& t : f.result.themes) {
    if (std::find(priorities.begin(), priorities.end(), t.theme) != priorities.end()) continue;
    for (const score::QuestionScore& s : t.questions) {
      if (s.exclusion == score::Exclusion::counted && s.ratio >= 2.0 / 3.0 - 1e-9 && !is_divergent(f, *s.question)) {
        out.push_back(&s);
      }
    }
  }
  std::stable_sort(out.begin(), out.end(), [&f](const score::QuestionScore* a, const score::QuestionScore* b) {
    if (a->ratio != b->ratio) return a->ratio > b->ratio;
    return f.comment(*a->question).empty() < f.comment(*b->question).empty();
  });
  // One per theme first, so that the strengths show the breadth of what works.
  std::vector<const score::QuestionScore*> chosen;
  std::vector<int> themes;
  for (const score::QuestionScore* s : out) {
    if (chosen.size() < strength_count &&
        std::find(themes.begin(), themes.end(), s->question->theme_index) == themes.end()) {
      chosen.push_back(s);
      themes.push_back(s->question->theme_index);
    }
  }
  for (const score::QuestionScore* s : out) {
    if (chosen.size() < strength_count && std::find(chosen.begin(), chosen.end(), s) == chosen.end()) chosen.push_back(s);
  }
  return chosen;
}

std::string theme_label(const PlanFacts& f, const model::Question& q) {
  return f.text(f.questionnaire.themes[static_cast<size_t>(q.theme_index)].label());
}

// "le thème « A »", "les thèmes « A » et « B »": no elision to get wrong.
std::string themes_phrase(const PlanFacts& f, const std::vector<std::string>& labels) {
  std::vector<std::string> quoted;
  for (const std::string& label : labels) quoted.push_back(quote(label, f.lang));
  if (f.lang == Lang::fr) return (labels.size() == 1 ? "le thème " : "les thèmes ") + join_words(quoted, f.lang);
  return (labels.size() == 1 ? "the theme " : "the themes ") + join_words(quoted, f.lang);
}

void add_unique(std::vector<std::string>& labels, const std::string& label) {
  if (std::find(labels.begin(), labels.end(), label) == labels.end()) labels.push_back(label);
}

// Themes whose target set last year is reached this year.
std::vector<std::string> targets_reached(const PlanFacts& f) {
  std::vector<std::string> out;
  if (!f.previous) return out;
  for (const score::ThemeScore& t : f.result.themes) {
    const model::Target* target = f.request.previous->response.find_target(t.theme->id);
    if (!target || !t.scored || !target->one_year) continue;
    if (round_score(t.score) >= round_score(*target->one_year)) add_unique(out, f.text(t.theme->label()));
  }
  return out;
}

nlohmann::json achievements(const PlanFacts& f) {
  nlohmann::json out = nlohmann::json::array();
  if (!f.evolution) return out;
  for (const auto* changes : {&f.evolution->closed, &f.evolution->improved}) {
    for (const AnswerChange& c : *changes) {
      out.push_back({{"statement", statement_of(f, *c.after)}, {"theme", f.text(c.theme->label())}});
    }
  }
  for (const std::string& theme : targets_reached(f)) {
    out.push_back({{"statement", f.say("Objectif fixé l'an dernier atteint.", "Last year's target reached.")},
                   {"theme", theme}});
  }
  return out;
}

std::string read_aloud(const PlanFacts& f, const std::vector<const score::QuestionScore*>& best) {
  size_t assessed = 0;
  for (const score::ThemeScore& t : f.result.themes) assessed += t.addressed ? 1 : 0;
  size_t total = f.result.themes.size();
  std::vector<std::string> strong;
  for (const score::QuestionScore* s : best) add_unique(strong, theme_label(f, *s->question));
  std::vector<std::string> priorities;
  for (const model::Theme* t : priority_themes(f)) priorities.push_back(f.text(t->label()));
  std::vector<std::string> progressed;
  size_t progress_count = 0;
  if (f.evolution) {
    for (const auto* changes : {&f.evolution->closed, &f.evolution->improved}) {
      for (const AnswerChange& c : *changes) {
        add_unique(progressed, f.text(c.theme->label()));
        ++progress_count;
      }
    }
  }
  std::vector<std::string> reached = targets_reached(f);
  bool fr = f.lang == Lang::fr;
  std::string out =
      fr ? "Cette année, comme le prévoit la loi sur l'économie sociale et solidaire, nous avons fait le point sur nos "
           "pratiques à l'aide du guide des bonnes pratiques : " +
               (assessed == total ? fmt::format("nous avons étudié ses {} thèmes", total)
                                  : fmt::format("nous avons étudié {} de ses {} thèmes", assessed, total))
         : "This year, as the law on the social and solidarity economy provides, we reviewed our practices with the "
           "good practice guide: " +
               (assessed == total ? fmt::format("we looked at all {} of its themes", total)
                                  : fmt::format("we looked at {} of its {} themes", assessed, total));
  if (f.response.response.short_path) {
    out += f.say(", en nous en tenant aux questions essentielles de chacun", ", keeping to the essential questions of each");
  }
  out += ".";
  if (f.result.scored && f.result.level) {
    out += fr ? fmt::format(" Dans l'ensemble, notre démarche en est au niveau {}.", quote(f.text(f.result.level->label), f.lang))
              : fmt::format(" Overall, our practices stand at the level {}.", quote(f.text(f.result.level->label), f.lang));
  }
  if (progress_count > 0) {
    out += fr ? fmt::format(" Depuis l'an dernier, nous avons progressé sur {} point{}, dans {}.", progress_count,
                            progress_count > 1 ? "s" : "", themes_phrase(f, progressed))
              : fmt::format(" Since last year, we have moved forward on {} point{}, in {}.", progress_count,
                            progress_count > 1 ? "s" : "", themes_phrase(f, progressed));
  }
  if (!reached.empty()) {
    out += fr ? fmt::format(" Nous avons atteint l'objectif que nous nous étions fixé pour {}.", themes_phrase(f, reached))
              : fmt::format(" We reached the target we had set for {}.", themes_phrase(f, reached));
  }
  if (!strong.empty()) {
    out += fr ? fmt::format(" Nous pouvons nous appuyer sur ce que nous faisons déjà bien dans {}.", themes_phrase(f, strong))
              : fmt::format(" We can build on what we already do well in {}.", themes_phrase(f, strong));
  }
  if (!priorities.empty()) {
    out += fr ? fmt::format(" Pour l'année qui vient, nous proposons d'agir en priorité sur {}.", themes_phrase(f, priorities))
              : fmt::format(" For the coming year, we propose to act first on {}.", themes_phrase(f, priorities));
  }
  out += f.say(" Ce plan est une proposition : nous vous invitons à en débattre, à l'amender et à nous aider à le "
               "mettre en œuvre.",
               " This plan is a proposal: we invite you to discuss it, amend it and help us carry it out.");
  return out;
}

// The organisation's own topics, one per question or line it wrote.
std::vector<std::string> own_topics(const PlanFacts& f) {
  std::vector<std::string> out;
  const model::Question* q = f.questionnaire.question_with_role(model::Role::debate_topics);
  if (q == nullptr || f.request.anonymize) return out;
  const model::Answer* a = f.response.answers.effective(q->index);
  if (a == nullptr || a->kind != model::Answer::Kind::text) return out;
  std::string current;
  auto flush = [&] {
    size_t first = current.find_first_not_of(" \t");
    if (first != std::string::npos) out.push_back(current.substr(first, current.find_last_not_of(" \t") + 1 - first));
    current.clear();
  };
  for (size_t i = 0; i < a->text.size(); ++i) {
    char c = a->text[i];
    if (c == '\n' || c == '\r') {
      flush();
      continue;
    }
    current += c;
    if (c == '?' && (i + 1 == a->text.size() || a->text[i + 1] == ' ')) flush();
  }
  flush();
  return out;
}

std::vector<std::string> debate_questions(const PlanFacts& f) {
  std::vector<std::string> out = own_topics(f);
  std::vector<std::string> generic;
  if (!f.gaps.empty()) {
    generic.push_back(f.say("Ces priorités sont-elles les bonnes ? Lesquelles retenons-nous pour l'année qui vient ?",
                            "Are these priorities the right ones? Which do we take up for the coming year?"));
  }
  std::vector<std::string> people;
  for (const char* id : {"members", "volunteers", "employees", "people_served"}) {
    if (!f.term(id).empty()) add_unique(people, f.term(id));
  }
  if (!people.empty()) {
    generic.push_back(f.lang == Lang::fr ? fmt::format("Comment associer {} au suivi de ce plan ?", join_words(people, f.lang))
                                         : fmt::format("How do we involve {} in following up this plan?", join_words(people, f.lang)));
  }
  if (f.previous) {
    generic.push_back(f.say("Qu'est-ce qui explique nos progrès, et les points en baisse, depuis l'an dernier ?",
                            "What explains where we moved forward, or back, since last year?"));
  }
  std::vector<std::string> left_out;
  for (const score::ThemeScore& t : f.result.themes) {
    if (!t.addressed) left_out.push_back(quote(f.text(t.theme->label()), f.lang));
  }
  if (!left_out.empty()) {
    generic.push_back(f.lang == Lang::fr
                          ? fmt::format("Faut-il aborder l'an prochain ce que nous avons laissé de côté cette année ({}) ?",
                                        join_words(left_out, f.lang))
                          : fmt::format("Should we take up next year what we left aside this year ({})?",
                                        join_words(left_out, f.lang)));
  }
  // The organisation's topics first, then where its people disagreed; the
  // generic questions only complete them, and the question on the
  // priorities is always asked.
  add_divergent_debate(f, out);
  for (size_t i = 0; i < generic.size() && (i == 0 || out.size() < debate_question_count); ++i) {
    out.push_back(generic[i]);
  }
  return out;
}

}  // namespace

nlohmann::json summary_section(const PlanFacts& f) {
  std::vector<const score::QuestionScore*> best = strengths(f);
  nlohmann::json strong = nlohmann::json::array();
  for (const score::QuestionScore* s : best) {
    strong.push_back({{"statement", statement_of(f, *s)}, {"theme", theme_label(f, *s->question)}});
  }
  nlohmann::json priorities = nlohmann::json::array();
  for (size_t i = 0; i < f.gaps.size() && i < priority_count; ++i) {
    priorities.push_back({{"rank", std::to_string(i + 1)},
                          {"action", action_text(f, f.gaps[i])},
                          {"theme", f.text(f.gaps[i].theme->theme->label())}});
  }
  nlohmann::json achieved = achievements(f);
  return {{"strengths", strong},
          {"has_strengths", !strong.empty()},
          {"priorities", priorities},
          {"has_priorities", !priorities.empty()},
          {"achievements", achieved},
          {"has_achievements", !achieved.empty()},
          {"read_aloud", f.complete() ? read_aloud(f, best) : ""},
          {"has_read_aloud", f.complete()},
          {"debate_questions", debate_questions(f)}};
}

}  // namespace autodiag::report
