#pragma once

#include "model/diagnostic.h"
#include "model/presence.h"
#include "model/questionnaire.h"
#include "model/response.h"

#include <optional>

namespace autodiag::load {

// Refuses (error) a response made for another questionnaire id or another
// major version; warns for another minor version. Returns false on error.
bool check_version(const model::Questionnaire& questionnaire, const model::Response& response,
                   Diagnostics& diagnostics);

// Interprets a response's answers against the questionnaire and reports
// every answer that does not fit: unknown ids, wrong kinds, numbers out of
// range, N/A where not offered, missing required answers in a complete
// response (errors); answers to hidden questions (warnings). Returns nullopt
// when there was an error.
std::optional<model::AnswerSet> check_response(const model::Questionnaire& questionnaire,
                                               const model::Response& response, Diagnostics& diagnostics);

// Interprets one value for one question; on failure returns nullopt and sets
// `why`. Used by the checker and by the interactive session.
std::optional<model::Answer> interpret(const model::Question& question, const model::RawValue& value, Message& why);

// The inverse of interpret(): how an answer is written in a response file.
model::RawValue to_raw(const model::Answer& answer);

}  // namespace autodiag::load
