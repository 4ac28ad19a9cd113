#include "report/plan_facts.h"

#include <algorithm>

namespace autodiag::report {

namespace {

enum class Standing { met, not_met, unknown };

Standing standing(const PlanFacts& f, const model::Obligation& o) {
  if (o.question.empty()) return Standing::unknown;
  const model::Question* q = f.questionnaire.find_question(o.question);
  const model::Answer* a = q ? f.response.answers.effective(q->index) : nullptr;
  if (a == nullptr || a->is_na()) return Standing::unknown;
  auto is_met = [&o](const std::string& id) { return std::find(o.met.begin(), o.met.end(), id) != o.met.end(); };
  if (a->kind == model::Answer::Kind::options) {
    return std::any_of(a->options.begin(), a->options.end(), is_met) ? Standing::met : Standing::not_met;
  }
  return is_met(a->option) ? Standing::met : Standing::not_met;
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
    out.push_back({{"id", o.id},
                   {"text", f.text(o.text)},
                   {"detail", f.text(o.detail)},
                   {"source", o.source},
                   {"status", s == Standing::not_met ? f.say("à mettre en place", "to be put in place")
                                                     : f.say("à vérifier", "to be checked")}});
  }
  return out;
}

}  // namespace autodiag::report
