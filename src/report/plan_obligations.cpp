#include "report/numbers.h"
#include "report/plan_facts.h"
#include "report/plan_text.h"

#include <algorithm>

namespace autodiag::report {

namespace {

enum class Standing { met, not_met, unknown };

Standing standing(const PlanFacts& f, const model::Obligation& o) {
  if (o.question.empty()) return Standing::unknown;
  const model::Question* q = f.questionnaire.find_question(o.question);
  const model::Answer* a = q ? f.response.answers.effective(q->index) : nullptr;
  if (a == nullptr || a->is_na()) return Standing::unknown;
  if (a->kind == model::Answer::Kind::number) {
    bool within = (!o.met_min || a->number >= *o.met_min) && (!o.met_max || a->number <= *o.met_max);
    return within ? Standing::met : Standing::not_met;
  }
  auto is_met = [&o](const std::string& id) { return std::find(o.met.begin(), o.met.end(), id) != o.met.end(); };
  if (a->kind == model::Answer::Kind::options) {
    return std::any_of(a->options.begin(), a->options.end(), is_met) ? Standing::met : Standing::not_met;
  }
  return is_met(a->option) ? Standing::met : Standing::not_met;
}

// For a quota, the answer and what the law asks: "35 % aujourd'hui, au moins
// 40 % demandés", so that the board sees how far it is.
std::string quota_text(const PlanFacts& f, const model::Obligation& o) {
  const model::Question* q = f.questionnaire.find_question(o.question);
  const model::Answer* a = q ? f.response.answers.effective(q->index) : nullptr;
  if (a == nullptr || a->kind != model::Answer::Kind::number) return "";
  std::string unit = f.text(q->unit);
  auto with_unit = [&](double value) { return decimal_text(value, f.lang) + unit_suffix(unit, f.lang == Lang::fr); };
  std::string asked;
  if (o.met_min && o.met_max) {
    asked = f.say("entre ", "between ") + decimal_text(*o.met_min, f.lang) + f.say(" et ", " and ") + with_unit(*o.met_max);
  } else if (o.met_min) {
    asked = f.say("au moins ", "at least ") + with_unit(*o.met_min);
  } else if (o.met_max) {
    asked = f.say("au plus ", "at most ") + with_unit(*o.met_max);
  }
  return with_unit(a->number) + f.say(" aujourd'hui, ", " today, ") + asked + f.say(" demandés", " required");
}

}  // namespace

// The obligations that apply to this profile and are not known to be met:
// a floor recalled apart, never a score.
nlohmann::json obligations_section(const PlanFacts& f) {
  nlohmann::json out = nlohmann::json::array();
  const model::AnswerSet& answers = f.response.answers;
  auto lookup = [&answers](size_t index) { return answers.effective(index); };
  for (const model::Obligation& o : f.questionnaire.obligations) {
    if (o.applies_when && !model::evaluate(*o.applies_when, lookup)) continue;
    Standing s = standing(f, o);
    if (s == Standing::met) continue;
    std::string status = s == Standing::not_met ? f.say("à mettre en place", "to be put in place")
                                                : f.say("à vérifier", "to be checked");
    if (std::string quota = s == Standing::not_met ? quota_text(f, o) : ""; !quota.empty()) status += f.say(" : ", ": ") + quota;
    out.push_back({{"id", o.id},
                   {"text", f.text(o.text)},
                   {"detail", f.text(o.detail)},
                   {"source", o.source},
                   {"status", status}});
  }
  return out;
}

}  // namespace autodiag::report
