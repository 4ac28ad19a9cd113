#include "report/numbers.h"
#include "report/plan_facts.h"
#include "report/plan_objectives.h"
#include "report/plan_text.h"

namespace autodiag::report {

namespace {

// What the action should have achieved by then; actions beyond the three
// priorities have no one-year objective: they start when time allows.
std::string objective_cell(const PlanFacts& f, const score::QuestionScore& s,
                           const std::map<const model::Question*, double>& objectives) {
  auto it = objectives.find(s.question);
  if (it == objectives.end()) return f.say("À engager quand le temps le permet", "To start when time allows");
  std::string text = f.worded(objective_text(*s.question, *s.answer, s.points, it->second, f.lang, f.fallback));
  return text.empty() ? "—" : text;
}

nlohmann::json target_json(const PlanFacts& f, const score::ThemeScore& t, const std::optional<double>& set,
                           const std::map<const model::Question*, double>& raised) {
  double value = set ? *set : projected_score(t, raised);
  std::string source = set ? f.say("fixé par la structure", "set by the organisation") : f.say("proposé", "proposed");
  // Compared as shown, so that "62" against a target of "62" reads as reached.
  bool reached = set && round_score(t.score) >= round_score(*set);
  if (reached) source += f.say(", déjà atteint", ", already reached");
  // A proposal equal to today is no objective: say there is none this year.
  bool none = !set && round_score(value) <= round_score(t.score);
  if (none) source = f.say("pas d'action prévue à cette échéance", "no action planned by then");
  return {{"score", none ? "—" : show_score(value)},
          {"score_exact", value},
          {"set_by_organisation", set.has_value()},
          {"reached", reached},
          {"source", source}};
}

}  // namespace

nlohmann::json actions_section(const PlanFacts& f) {
  nlohmann::json all = nlohmann::json::array();
  for (size_t i = 0; i < f.gaps.size(); ++i) {
    const score::QuestionScore& s = *f.gaps[i].question;
    all.push_back({{"priority", std::to_string(i + 1)},
                   {"action", action_text(f, f.gaps[i])},
                   {"theme", f.text(f.gaps[i].theme->theme->label())},
                   {"question", f.text(s.question->text)},
                   {"question_id", s.question->id},
                   {"objective_one_year", objective_cell(f, s, f.one_year)},
                   {"objective_three_years", objective_cell(f, s, f.three_years)}});
  }
  nlohmann::json table = nlohmann::json::array();
  for (size_t i = 0; i < all.size() && i < action_table_rows; ++i) table.push_back(all[i]);
  size_t others = all.size() - table.size();
  return {{"all", all}, {"table", table}, {"others", others > 0 ? std::to_string(others) : ""}};
}

nlohmann::json objectives_section(const PlanFacts& f) {
  nlohmann::json out = nlohmann::json::array();
  for (const score::ThemeScore& t : f.result.themes) {
    if (!t.scored) continue;
    const model::Target* target = f.response.response.find_target(t.theme->id);
    std::optional<double> one = target ? target->one_year : std::nullopt;
    std::optional<double> three = target ? target->three_years : std::nullopt;
    out.push_back({{"label", f.text(t.theme->label())},
                   {"score", show_score(t.score)},
                   {"one_year", target_json(f, t, one, f.one_year)},
                   {"three_years", target_json(f, t, three, f.three_years)}});
  }
  return out;
}

}  // namespace autodiag::report
