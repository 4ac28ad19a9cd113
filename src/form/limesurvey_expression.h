#pragma once

#include "model/condition.h"
#include "model/questionnaire.h"

#include <string>

namespace autodiag::form {

// A condition as a LimeSurvey relevance equation (ExpressionScript), over the
// question codes of form_fields(). `.NAOK` reads a hidden question as empty
// instead of making the whole equation false; every comparison is guarded by
// `!is_empty()` (and `!= "NA"` where N/A is an answer) because a comparison
// with an unanswered, N/A or hidden field is false in autodiag
// (model::evaluate) but `"" != "A1"` is true in ExpressionScript.
std::string limesurvey_relevance(const model::Condition& condition, const model::Questionnaire& questionnaire);

}  // namespace autodiag::form
