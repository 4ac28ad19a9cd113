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

// The bundled questionnaire with that id and the major version of `version`
// when it knows that minor version (earlier versions stay bundled so that old
// responses score as they did), else the latest one with that id, which reads
// earlier versions through its migrations; nullptr when none (loaded once).
const model::Questionnaire* bundled_questionnaire(std::string_view id, std::string_view version = {});

// Names of the bundled questionnaire files.
std::vector<std::string> bundled_questionnaire_names();

}  // namespace autodiag::cli
