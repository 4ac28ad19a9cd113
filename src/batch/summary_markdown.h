#pragma once

#include "batch/statistics.h"
#include "batch/summary_charts.h"
#include "cohort/evolution.h"
#include "model/questionnaire.h"
#include "util/i18n.h"

#include <string>

namespace autodiag::batch {

// summary.md: the cohort at a glance, for a facilitator's report (see
// docs/batch.md for what each table holds). Every score it shows covers at
// least `min_group` organisations and none can be subtracted out of the
// others (cohort/suppression.h): it is made to be shared. `grouped_files`:
// with --group-by, how many responses were gathered into the organisations
// counted (0 without).
struct Summary {
  std::string markdown;
  std::string themes_svg;  // themes_chart_file, which the Markdown shows
  std::string levels_svg;  // levels_chart_file
};
Summary summary_markdown(const model::Questionnaire& questionnaire, const Statistics& statistics, Lang lang,
                         size_t min_group, size_t grouped_files = 0,
                         const cohort::Evolution* evolution = nullptr);

}  // namespace autodiag::batch
