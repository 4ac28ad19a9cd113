#pragma once

#include "model/questionnaire.h"

#include <string>

namespace autodiag::form {

// The questionnaire as a LimeSurvey tab-separated survey structure (.txt,
// "Import survey"): global settings, then for the base language and again for
// each other language the same rows in the same order (groups per theme with
// the profile first, questions, subquestions, answers). Codes come from
// form_fields() and option_codes(); relevance equations from
// limesurvey_relevance(). UTF-8 with a byte order mark, as LimeSurvey exports
// it.
std::string limesurvey_structure(const model::Questionnaire& questionnaire, bool short_path);

}  // namespace autodiag::form
