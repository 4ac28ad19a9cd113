#include "load/reader.h"
#include "report/numbers.h"
#include "report/plan_facts.h"
#include "report/plan_text.h"

namespace autodiag::report {

namespace {

bool is_free_text(const model::Question& q) { return q.type == model::QuestionType::text; }

std::string answer_of(const PlanFacts& f, const model::Question& q) {
  const auto& answer = f.response.answers.answers[q.index];
  if (!answer) return "—";
  if (f.request.anonymize && is_free_text(q) && !answer->is_na()) return f.say("(masqué)", "(withheld)");
  return answer_text(q, *answer, f.lang, f.fallback);
}

std::string status_of(const PlanFacts& f, const score::QuestionScore& s) {
  switch (s.exclusion) {
    case score::Exclusion::counted:
      return show_score(s.points) + f.say(" sur ", " out of ") + show_score(s.max_points);
    case score::Exclusion::not_applicable:
      return f.say("non concernée : hors du maximum", "not applicable: outside the maximum");
    case score::Exclusion::hidden:
      return f.say("non posée (sans objet pour votre profil)", "not asked (does not apply to your profile)");
    case score::Exclusion::not_addressed:
      return f.say("thème non abordé cette année", "theme not addressed this year");
    case score::Exclusion::unanswered:
      return f.say("sans réponse", "unanswered");
    case score::Exclusion::not_asked:
      return f.say("non posée (parcours court)", "not asked (short path)");
    case score::Exclusion::obligation:
      return f.say("obligation légale : hors du score", "legal obligation: outside the score");
    case score::Exclusion::unscored:
      return f.say("réponse libre, non notée", "free answer, not scored");
  }
  return {};
}

nlohmann::json profile_rows(const PlanFacts& f) {
  nlohmann::json rows = nlohmann::json::array();
  for (const model::Question& q : f.questionnaire.profile) {
    if (f.response.answers.presence[q.index] != model::Presence::shown && f.comment(q).empty()) continue;
    rows.push_back({{"question", f.text(q.text)}, {"answer", answer_of(f, q)}, {"comment", f.comment(q)}});
  }
  return rows;
}

nlohmann::json theme_rows(const PlanFacts& f, const score::ThemeScore& t) {
  nlohmann::json rows = nlohmann::json::array();
  for (const score::QuestionScore& s : t.questions) {
    const model::Question& q = *s.question;
    bool shown = s.exclusion != score::Exclusion::hidden && s.exclusion != score::Exclusion::not_addressed &&
                 s.exclusion != score::Exclusion::not_asked;
    bool has_content = f.response.answers.answers[q.index].has_value() || !f.comment(q).empty();
    if (!shown && !has_content) continue;
    rows.push_back({{"question", f.text(q.text)},
                    {"answer", answer_of(f, q)},
                    {"points", status_of(f, s)},
                    {"comment", f.comment(q)}});
  }
  return rows;
}

std::string number(double value) { return load::format_number(value); }

size_t counted_questions(const score::ThemeScore& t) {
  size_t n = 0;
  for (const score::QuestionScore& s : t.questions) n += s.exclusion == score::Exclusion::counted ? 1 : 0;
  return n;
}

}  // namespace

nlohmann::json appendix_section(const PlanFacts& f) {
  nlohmann::json themes = nlohmann::json::array();
  for (const score::ThemeScore& t : f.result.themes) {
    nlohmann::json rows = theme_rows(f, t);
    if (rows.empty()) continue;
    themes.push_back({{"label", f.text(t.theme->label())},
                      {"title", f.text(t.theme->title)},
                      {"addressed", t.addressed},
                      {"questions", rows}});
  }
  return {{"profile", profile_rows(f)}, {"themes", themes}};
}

nlohmann::json method_section(const PlanFacts& f) {
  nlohmann::json themes = nlohmann::json::array();
  for (const score::ThemeScore& t : f.result.themes) {
    if (!t.addressed) continue;
    themes.push_back({{"label", f.text(t.theme->label())},
                      {"weight", number(t.theme->weight)},
                      {"counted", std::to_string(counted_questions(t))},
                      {"counted_weight", number(t.counted_weight)},
                      {"total_weight", number(t.total_weight)},
                      {"not_applicable", std::to_string(t.counts.not_applicable)},
                      {"hidden", std::to_string(t.counts.hidden)},
                      {"not_asked", std::to_string(t.counts.not_asked)},
                      {"unanswered", std::to_string(t.counts.unanswered)},
                      {"fragile", t.fragile},
                      {"score", t.scored ? show_score(t.score) : "—"}});
  }
  return {{"themes", themes}, {"overall", f.result.scored ? show_score(f.result.overall) : "—"}};
}

}  // namespace autodiag::report
