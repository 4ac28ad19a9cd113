#include "form/limesurvey_expression.h"

#include "form/form_fields.h"

#include <unordered_map>

namespace autodiag::form {

namespace {

using model::Condition;
using model::ConditionValue;
using model::Question;
using model::QuestionType;
using Op = Condition::Op;

class Translator {
 public:
  explicit Translator(const model::Questionnaire& questionnaire) : m_q(questionnaire) {
    for (const FormField& field : form_fields(questionnaire)) {
      if (field.kind == FormField::Kind::question) m_codes[field.question->id] = field.code;
    }
  }

  std::string translate(const Condition& c) const {
    auto join = [&](const char* word) {
      std::string out;
      for (const Condition& operand : c.operands) out += (out.empty() ? "" : word) + translate(operand);
      return "(" + out + ")";
    };
    switch (c.op) {
      case Op::any_of:
        return join(" or ");
      case Op::all_of:
        return join(" and ");
      case Op::negation:
        return "!(" + translate(c.operands.front()) + ")";
      default:
        break;
    }
    const Question& q = m_q.question(c.field_index);
    std::string test = comparison(c, q);
    return "(" + answered(q) + (test.empty() ? "" : " and " + test) + ")";
  }

 private:
  std::string var(const Question& q, const std::string& sub = {}) const {
    return m_codes.at(q.id) + (sub.empty() ? "" : "_" + sub) + ".NAOK";
  }

  std::string answer_code(const Question& q, const std::string& id) const {
    for (const OptionCode& code : option_codes(q)) {
      if (code.id == id) return code.code;
    }
    return id;
  }

  static std::string quoted(const std::string& text) { return "\"" + text + "\""; }

  std::string answered(const Question& q) const {
    if (q.type == QuestionType::multi) {
      std::string any;
      for (const OptionCode& code : option_codes(q)) {
        if (code.id != "na") any += (any.empty() ? "" : " or ") + var(q, code.code) + " == \"Y\"";
      }
      return "(" + any + ")";
    }
    std::string guard = "!is_empty(" + var(q) + ")";
    if (na_is_choice(q)) guard += " and " + var(q) + " != \"NA\"";
    return guard;
  }

  std::string equals(const Question& q, const ConditionValue& value) const {
    switch (q.type) {
      case QuestionType::multi:
        return "0";  // a list never equals one value (model::evaluate)
      case QuestionType::number:
        return var(q) + " == " + (value.number ? value.token : quoted(value.token));
      case QuestionType::text:
        return var(q) + " == " + quoted(value.token);
      default:
        return var(q) + " == " + quoted(answer_code(q, value.token));
    }
  }

  std::string comparison(const Condition& c, const Question& q) const {
    const ConditionValue& first = c.values.empty() ? m_none : c.values.front();
    switch (c.op) {
      case Op::eq:
        return equals(q, first);
      case Op::ne:
        return "!(" + equals(q, first) + ")";
      case Op::in: {
        std::string any;
        for (const ConditionValue& value : c.values) any += (any.empty() ? "" : " or ") + equals(q, value);
        return "(" + any + ")";
      }
      case Op::contains: {
        std::string test = var(q, answer_code(q, first.token)) + " == \"Y\"";
        if (na_is_choice(q)) test += " and " + var(q, "NA") + " != \"Y\"";
        return test;
      }
      case Op::lt:
        return var(q) + " < " + first.token;
      case Op::le:
        return var(q) + " <= " + first.token;
      case Op::gt:
        return var(q) + " > " + first.token;
      case Op::ge:
        return var(q) + " >= " + first.token;
      default:
        return "";
    }
  }

  const model::Questionnaire& m_q;
  std::unordered_map<std::string, std::string> m_codes;
  ConditionValue m_none;
};

}  // namespace

std::string limesurvey_relevance(const Condition& condition, const model::Questionnaire& questionnaire) {
  return Translator(questionnaire).translate(condition);
}

}  // namespace autodiag::form
