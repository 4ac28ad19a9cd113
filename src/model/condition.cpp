#include "model/condition.h"

#include <algorithm>

namespace autodiag::model {

namespace {

bool equals(const Answer& answer, const ConditionValue& value) {
  switch (answer.kind) {
    case Answer::Kind::option:
      return answer.option == value.token;
    case Answer::Kind::number:
      return value.number && answer.number == *value.number;
    case Answer::Kind::text:
      return answer.text == value.token;
    case Answer::Kind::options:
    case Answer::Kind::na:
      return false;
  }
  return false;
}

bool compare_numbers(Condition::Op op, const Answer& answer, const ConditionValue& value) {
  if (answer.kind != Answer::Kind::number || !value.number) return false;
  double left = answer.number;
  double right = *value.number;
  switch (op) {
    case Condition::Op::lt: return left < right;
    case Condition::Op::le: return left <= right;
    case Condition::Op::gt: return left > right;
    case Condition::Op::ge: return left >= right;
    default: return false;
  }
}

}  // namespace

bool evaluate(const Condition& c, const AnswerLookup& lookup) {
  using Op = Condition::Op;
  switch (c.op) {
    case Op::any_of:
      return std::any_of(c.operands.begin(), c.operands.end(),
                         [&](const Condition& o) { return evaluate(o, lookup); });
    case Op::all_of:
      return std::all_of(c.operands.begin(), c.operands.end(),
                         [&](const Condition& o) { return evaluate(o, lookup); });
    case Op::negation:
      return !evaluate(c.operands.front(), lookup);
    default:
      break;
  }
  const Answer* answer = lookup(c.field_index);
  if (answer == nullptr || answer->is_na()) return false;
  switch (c.op) {
    case Op::answered:
      return true;
    case Op::eq:
      return equals(*answer, c.values.front());
    case Op::ne:
      return !equals(*answer, c.values.front());
    case Op::in:
      return std::any_of(c.values.begin(), c.values.end(),
                         [&](const ConditionValue& v) { return equals(*answer, v); });
    case Op::contains:
      return answer->kind == Answer::Kind::options &&
             std::find(answer->options.begin(), answer->options.end(), c.values.front().token) !=
                 answer->options.end();
    default:
      return compare_numbers(c.op, *answer, c.values.front());
  }
}

void collect_fields(Condition& condition, std::vector<Condition*>& out) {
  if (condition.operands.empty()) {
    out.push_back(&condition);
    return;
  }
  for (Condition& operand : condition.operands) collect_fields(operand, out);
}

}  // namespace autodiag::model
