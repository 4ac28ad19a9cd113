#pragma once

#include "cli/context.h"
#include "model/questionnaire.h"

#include <string>
#include <vector>

namespace autodiag::cli {

inline constexpr const char* default_questionnaire = "questionnaires/guide-bonnes-pratiques-ess.yaml";

// Loads the questionnaire at `path`, or the bundled default when `path` is
// empty. Prints its diagnostics; throws Failure (65 invalid, 66 unreadable).
model::Questionnaire load_questionnaire_or_fail(const std::string& path, Context& context);

// The bundled questionnaire with that id, if any (loaded once).
const model::Questionnaire* bundled_questionnaire(std::string_view id);

// Names of the bundled questionnaire files.
std::vector<std::string> bundled_questionnaire_names();

}  // namespace autodiag::cli
