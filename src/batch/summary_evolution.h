#pragma once

#include "cohort/evolution.h"
#include "model/questionnaire.h"
#include "util/i18n.h"

#include <string>

namespace autodiag::batch {

// The section of summary.md comparing the cohort with last year's
// (batch --previous), under the publication rule: a mean over fewer than
// `min_group` organisations, or progress among fewer than `min_group`
// followed ones, shows "s".
std::string evolution_markdown(const model::Questionnaire& questionnaire, const cohort::Evolution& evolution, Lang lang,
                               size_t min_group);

}  // namespace autodiag::batch
