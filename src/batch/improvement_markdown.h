#pragma once

#include "batch/statistics.h"
#include "model/questionnaire.h"
#include "util/i18n.h"

#include <string>

namespace autodiag::batch {

// improvement.md: for a network planning collective workshops, the questions
// where most organisations of the cohort fall short of the top answer,
// grouped by the catalogue entries that can help with them
// (cohort/improvement.h). Like summary.md it is made to be shared: no
// organisation is named or ranked, and no figure covers fewer than
// `min_group` organisations.
std::string improvement_markdown(const model::Questionnaire& questionnaire, const Statistics& statistics, Lang lang,
                                 size_t min_group);

}  // namespace autodiag::batch
