#pragma once

#include "batch/statistics.h"
#include "cohort/suppression.h"
#include "model/questionnaire.h"
#include "util/i18n.h"

#include <string>
#include <string_view>
#include <vector>

namespace autodiag::batch {

inline constexpr std::string_view themes_chart_file = "summary-themes.svg";
inline constexpr std::string_view levels_chart_file = "summary-levels.svg";

// One chart of the summary: the SVG, and the words that stand for it in
// Markdown and HTML (image alt text, then a list with every figure; the
// SVG's description says the same in one paragraph).
struct SummaryChart {
  std::string svg;
  std::string title;
  std::vector<std::string> lines;  // what it shows, one line per row, plain text: escape for the output
};

// The scores per theme as box plots, and the level counts as stacked bars,
// with only what the publication rule lets through.
SummaryChart themes_chart(const model::Questionnaire& q, const Statistics& s, const cohort::Publication& publication,
                          Lang lang, size_t min_group);
SummaryChart levels_chart(const model::Questionnaire& q, const Statistics& s, const cohort::Publication& publication,
                          Lang lang, size_t min_group);

}  // namespace autodiag::batch
