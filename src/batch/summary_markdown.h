#pragma once

#include "batch/statistics.h"
#include "model/questionnaire.h"
#include "util/i18n.h"

#include <string>

namespace autodiag::batch {

// summary.md: the cohort at a glance, for a facilitator's report (see
// docs/batch.md for what each table holds).
std::string summary_markdown(const model::Questionnaire& questionnaire, const Statistics& statistics, Lang lang);

}  // namespace autodiag::batch
