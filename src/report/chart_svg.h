#pragma once

#include <optional>
#include <string>
#include <vector>

namespace autodiag::report {

struct ChartRow {
  std::string label;               // the theme's short title
  std::optional<double> score;     // none: no score this year
  std::optional<double> previous;  // last year's, when compared
  std::string note;                // shown instead of a bar without a score
};

struct ChartText {
  std::string title;      // <title>: what the chart is
  std::string desc;       // <desc>: every figure in words, for screen readers
  std::string this_year;  // legend labels, used when there are previous values
  std::string last_year;
};

// A horizontal bar chart of scores out of 100, one row per theme, with last
// year's bar above this year's when `with_previous`. Standalone SVG 1.1,
// well-formed XML, text escaped.
std::string chart_svg(const std::vector<ChartRow>& rows, const ChartText& text, bool with_previous);

}  // namespace autodiag::report
