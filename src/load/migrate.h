#pragma once

#include "model/diagnostic.h"
#include "model/questionnaire.h"
#include "model/response.h"

namespace autodiag::load {

// Rewrites a response made with an earlier major version of `questionnaire`
// so that it reads as one of the current version, following the
// questionnaire's `migrations:` for that major version. Each answer it
// says cannot be carried over is removed with a warning at its line; what it
// does not mention is kept as written, for the check that follows. Returns false
// (response untouched) when the response is of the same major version, of
// another questionnaire, or when no migration reads its version.
bool migrate_response(const model::Questionnaire& questionnaire, model::Response& response, Diagnostics& notes);

}  // namespace autodiag::load
