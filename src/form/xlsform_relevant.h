#pragma once

#include "model/condition.h"
#include "model/questionnaire.h"

#include <string>

namespace autodiag::form {

// A condition as an XLSForm `relevant` expression (XPath over the form's
// names). In autodiag a comparison with an unanswered, N/A or hidden field is
// false, whereas in XPath `'' != 'a'` is true: every comparison is therefore
// guarded by `${x} != ''` (and `!= 'na'` where N/A is a choice), so that the
// form shows a question exactly when model::evaluate would.
std::string xlsform_relevant(const model::Condition& condition, const model::Questionnaire& questionnaire);

}  // namespace autodiag::form
