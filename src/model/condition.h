#pragma once

#include "model/answer.h"

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace autodiag::model {

// A literal on the right-hand side of a comparison, kept as written so that
// `department == 44` matches the option id "44".
struct ConditionValue {
  std::string token;
  std::optional<double> number;
  size_t offset = 0;  // in the condition's source text
};

// Parsed once when the questionnaire is loaded (see docs/questionnaire-format.md).
struct Condition {
  enum class Op { any_of, all_of, negation, answered, eq, ne, lt, le, gt, ge, in, contains };
  Op op = Op::answered;
  std::vector<Condition> operands;    // any_of, all_of, negation
  std::string field;                  // the profile field or question tested
  size_t field_offset = 0;            // in the condition's source text
  size_t field_index = 0;             // global question index, set when resolved
  std::vector<ConditionValue> values; // comparisons: one; in: several
};

// Returns the answer to the question with that global index, or nullptr when
// it is unanswered or hidden.
using AnswerLookup = std::function<const Answer*(size_t index)>;

bool evaluate(const Condition& condition, const AnswerLookup& lookup);

// The comparisons (leaves) of a condition, in order of appearance.
void collect_fields(Condition& condition, std::vector<Condition*>& out);

}  // namespace autodiag::model
