#pragma once

#include "model/questionnaire.h"
#include "model/response.h"
#include "score/result.h"

#include <nlohmann/json.hpp>

#include <string>

namespace autodiag::report {

// One response's result in the stable JSON schema of docs/score-output.md
// (full precision). `organisation` is the name to show, or a pseudonym.
nlohmann::json score_json(const model::Questionnaire& questionnaire, const model::Response& response,
                          const score::Result& result, const std::string& source, const std::string& organisation);

}  // namespace autodiag::report
