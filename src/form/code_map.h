#pragma once

#include "model/questionnaire.h"

#include <string>

namespace autodiag::form {

// The code map written beside a LimeSurvey survey (`questionnaire.codes.yaml`,
// format in docs/form.md): each LimeSurvey question code with the
// questionnaire id it stands for, and each answer code with its option id, so
// that people and other tools can read an export without autodiag.
std::string code_map_yaml(const model::Questionnaire& questionnaire, bool short_path);

}  // namespace autodiag::form
