#pragma once

#include "model/condition.h"
#include "util/i18n.h"

#include <cstddef>
#include <optional>
#include <string_view>

namespace autodiag::load {

struct ConditionError {
  size_t offset = 0;  // in the source text
  Message message;
};

// Longer conditions are refused (docs/limits.md).
inline constexpr size_t max_condition_bytes = 4096;

// Parses the condition language of docs/questionnaire-format.md. Field names
// are not resolved here: the questionnaire loader checks them.
std::optional<model::Condition> parse_condition(std::string_view source, ConditionError& error);

}  // namespace autodiag::load
