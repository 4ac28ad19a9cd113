#include "form/xlsform_relevant.h"

#include "form/form_fields.h"

#include <fmt/format.h>

namespace autodiag::form {

namespace {

using model::Condition;
using model::ConditionValue;
using model::Question;
using model::QuestionType;
using Op = Condition::Op;

std::string ref(const Question& q) { return "${" + q.id + "}"; }

std::string quoted(const std::string& text) {
  return text.find('\'') == std::string::npos ? "'" + text + "'" : "\"" + text + "\"";
}

std::string literal(const Question& q, const ConditionValue& value) {
  if (q.type == QuestionType::number && value.number) return value.token;
  return quoted(value.token);
}

// True when the field holds an answer that is not N/A.
std::string answered(const Question& q) {
  std::string guard = ref(q) + " != ''";
  if (na_is_choice(q)) {
    guard += q.type == QuestionType::multi ? " and not(selected(" + ref(q) + ", 'na'))" : " and " + ref(q) + " != 'na'";
  }
  return guard;
}

std::string equals(const Question& q, const ConditionValue& value) {
  // A multi answer is a list: it never equals one value (model::evaluate).
  if (q.type == QuestionType::multi) return "false()";
  return ref(q) + " = " + literal(q, value);
}

std::string comparison(const Condition& c, const Question& q) {
  switch (c.op) {
    case Op::answered:
      return "";
    case Op::eq:
      return equals(q, c.values.front());
    case Op::ne:
      return "not(" + equals(q, c.values.front()) + ")";
    case Op::in: {
      std::string any;
      for (const ConditionValue& value : c.values) any += (any.empty() ? "" : " or ") + equals(q, value);
      return "(" + any + ")";
    }
    case Op::contains:
      return "selected(" + ref(q) + ", " + quoted(c.values.front().token) + ")";
    case Op::lt:
      return ref(q) + " < " + literal(q, c.values.front());
    case Op::le:
      return ref(q) + " <= " + literal(q, c.values.front());
    case Op::gt:
      return ref(q) + " > " + literal(q, c.values.front());
    case Op::ge:
      return ref(q) + " >= " + literal(q, c.values.front());
    default:
      return "";
  }
}

std::string translate(const Condition& c, const model::Questionnaire& questionnaire) {
  auto join = [&](const char* word) {
    std::string out;
    for (const Condition& operand : c.operands) {
      out += (out.empty() ? "" : word) + translate(operand, questionnaire);
    }
    return "(" + out + ")";
  };
  switch (c.op) {
    case Op::any_of:
      return join(" or ");
    case Op::all_of:
      return join(" and ");
    case Op::negation:
      return "not(" + translate(c.operands.front(), questionnaire) + ")";
    default:
      break;
  }
  const Question& q = questionnaire.question(c.field_index);
  std::string test = comparison(c, q);
  return "(" + answered(q) + (test.empty() ? "" : " and " + test) + ")";
}

}  // namespace

std::string xlsform_relevant(const Condition& condition, const model::Questionnaire& questionnaire) {
  return translate(condition, questionnaire);
}

}  // namespace autodiag::form
