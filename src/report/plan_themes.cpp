#include "report/numbers.h"
#include "report/plan_divergent.h"
#include "report/plan_facts.h"
#include "report/plan_text.h"

namespace autodiag::report {

namespace {

const score::ThemeScore* previous_theme(const PlanFacts& f, const std::string& id) {
  if (!f.previous) return nullptr;
  for (const score::ThemeScore& t : f.previous->themes) {
    if (t.theme->id == id) return &t;
  }
  return nullptr;
}

std::string level_text(const PlanFacts& f, const score::ThemeScore& t) {
  if (!t.addressed) return f.say("non abordé cette année", "not addressed this year");
  if (!t.scored) return f.say("sans score (aucune question comptée)", "no score (no question counted)");
  std::string level = t.level ? f.text(t.level->label) : "—";
  if (t.fragile) level += f.say(" — indication fragile (une seule réponse)", " — a fragile indication (one answer)");
  return level;
}

// The theme's own message for its level, else the level's general one.
std::string level_message(const PlanFacts& f, const score::ThemeScore& t) {
  if (!t.level) return "";
  auto it = t.theme->messages.find(t.level->id);
  return f.worded(it != t.theme->messages.end() ? it->second : t.level->message);
}

nlohmann::json answer_item(const PlanFacts& f, const score::QuestionScore& s) {
  return {{"question_id", s.question->id},
          {"question", f.text(s.question->text)},
          {"answer", s.answer ? answer_text(*s.question, *s.answer, f.lang, f.fallback) : "—"},
          {"points", show_score(s.points)},
          {"max", show_score(s.max_points)},
          {"comment", f.comment(*s.question)}};
}

}  // namespace

nlohmann::json scores_section(const PlanFacts& f) {
  nlohmann::json out = nlohmann::json::array();
  for (const score::ThemeScore& t : f.result.themes) {
    const score::ThemeScore* before = previous_theme(f, t.theme->id);
    bool has_before = before && before->scored;
    out.push_back({{"id", t.theme->id},
                   {"label", f.text(t.theme->label())},
                   {"title", f.text(t.theme->title)},
                   {"addressed", t.addressed},
                   {"scored", t.scored},
                   {"fragile", t.fragile},
                   {"score", t.scored ? show_score(t.score) : "—"},
                   {"score_exact", t.scored ? nlohmann::json(t.score) : nlohmann::json()},
                   {"level", level_text(f, t)},
                   {"previous", has_before ? show_score(before->score) : "—"},
                   {"previous_exact", has_before ? nlohmann::json(before->score) : nlohmann::json()},
                   {"delta", has_before && t.scored ? signed_delta(t.score - before->score) : ""}});
  }
  return out;
}

nlohmann::json themes_section(const PlanFacts& f) {
  nlohmann::json out = nlohmann::json::array();
  for (const score::ThemeScore& t : f.result.themes) {
    if (!t.addressed) continue;
    nlohmann::json strengths = nlohmann::json::array();
    for (const score::QuestionScore* s : strengths_of(t)) {
      if (is_divergent(f, *s->question)) continue;  // listed with the views to debate
      nlohmann::json item = answer_item(f, *s);
      item["statement"] = statement_of(f, *s);
      strengths.push_back(item);
    }
    nlohmann::json gaps = nlohmann::json::array();
    // The action table holds the first gaps; the appendix lists the others.
    for (size_t i = action_table_rows; i < f.gaps.size(); ++i) {
      if (f.gaps[i].theme != &t) continue;
      nlohmann::json item = answer_item(f, *f.gaps[i].question);
      item["action"] = action_text(f, f.gaps[i]);
      item["priority"] = std::to_string(i + 1);
      gaps.push_back(item);
    }
    nlohmann::json unanswered = nlohmann::json::array();
    for (const score::QuestionScore& s : t.questions) {
      if (s.exclusion == score::Exclusion::unanswered) unanswered.push_back(f.text(s.question->text));
    }
    out.push_back({{"id", t.theme->id},
                   {"title", f.text(t.theme->title)},
                   {"label", f.text(t.theme->label())},
                   {"summary", f.text(t.theme->summary)},
                   {"scored", t.scored},
                   {"fragile", t.fragile},
                   {"score", t.scored ? show_score(t.score) : "—"},
                   {"level", level_text(f, t)},
                   {"message", level_message(f, t)},
                   {"strengths", strengths},
                   {"has_strengths", !strengths.empty()},
                   {"gaps", gaps},
                   {"has_gaps", !gaps.empty()},
                   {"unanswered", unanswered},
                   {"has_unanswered", !unanswered.empty()}});
  }
  return out;
}

}  // namespace autodiag::report
