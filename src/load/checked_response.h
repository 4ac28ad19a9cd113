#pragma once

#include "model/diagnostic.h"
#include "model/presence.h"
#include "model/questionnaire.h"
#include "model/response.h"

#include <optional>
#include <string_view>

namespace autodiag::load {

// A response read and checked against its questionnaire: what scoring,
// plans and batches start from.
struct CheckedResponse {
  model::Response response;
  model::AnswerSet answers;
};

// Parses `text` and checks it against `questionnaire` (version included).
// nullopt when there is any error; every problem is in `diagnostics`.
std::optional<CheckedResponse> load_checked_response(std::string_view text, const model::Questionnaire& questionnaire,
                                                     Diagnostics& diagnostics);

}  // namespace autodiag::load
