#include "form/html_form.h"
#include "form/html_form_script.h"

#include <fmt/format.h>

namespace autodiag::form {

namespace {

using Op = model::Condition::Op;

std::string value_js(const model::ConditionValue& value) {
  std::string number = value.number ? nlohmann::json(*value.number).dump() : "null";
  return fmt::format("[{}, {}]", script_json(nlohmann::json(value.token)), number);
}

std::string join(const std::vector<model::Condition>& operands, const char* separator, const char* empty) {
  if (operands.empty()) return empty;
  std::string out = "(";
  for (size_t i = 0; i < operands.size(); ++i) out += (i > 0 ? separator : "") + js_condition(operands[i]);
  return out + ")";
}

const char* helper(Op op) {
  switch (op) {
    case Op::answered: return "answered";
    case Op::eq: return "eq";
    case Op::ne: return "ne";
    case Op::lt: return "lt";
    case Op::le: return "le";
    case Op::gt: return "gt";
    case Op::ge: return "ge";
    case Op::in: return "among";
    case Op::contains: return "contains";
    default: return "";
  }
}

}  // namespace

// The leaves call the page's helpers (C.eq, C.lt…), which hold
// model::evaluate's rules: an unanswered, hidden or N/A answer makes every
// comparison false, `!=` included.
std::string js_condition(const model::Condition& c) {
  switch (c.op) {
    case Op::any_of: return join(c.operands, " || ", "false");
    case Op::all_of: return join(c.operands, " && ", "true");
    case Op::negation: return "!" + js_condition(c.operands.front());
    default: break;
  }
  std::string call = fmt::format("C.{}(a({})", helper(c.op), c.field_index);
  if (c.op == Op::answered) return call + ")";
  if (c.op == Op::in) {
    std::string values;
    for (const model::ConditionValue& v : c.values) values += (values.empty() ? "" : ", ") + value_js(v);
    return call + ", [" + values + "])";
  }
  return call + ", " + value_js(c.values.front()) + ")";
}

std::string html_form_conditions(const model::Questionnaire& questionnaire) {
  std::string out = "{\n";
  for (size_t i = 0; i < questionnaire.question_count(); ++i) {
    const model::Question& q = questionnaire.question(i);
    if (q.when) out += fmt::format("  {}: (a) => {},\n", i, js_condition(*q.when));
  }
  return out + "}";
}

std::string html_form_obligations(const model::Questionnaire& questionnaire) {
  std::string out = "{\n";
  for (size_t i = 0; i < questionnaire.question_count(); ++i) {
    const model::Question& q = questionnaire.question(i);
    if (!q.obligation) continue;
    std::string applies;
    for (const model::Obligation& o : questionnaire.obligations) {
      if (o.question != q.id) continue;
      applies += (applies.empty() ? "" : " || ") + (o.applies_when ? js_condition(*o.applies_when) : std::string("true"));
    }
    out += fmt::format("  {}: (a) => {},\n", i, applies);
  }
  return out + "}";
}

}  // namespace autodiag::form
