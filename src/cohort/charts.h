#pragma once

#include <optional>
#include <string>
#include <vector>

namespace autodiag::cohort {

// The cohort's charts (summary.md and summary.html). Standalone SVG 1.1,
// well-formed XML, every text escaped, a title and a description (every
// figure in words) for screen readers; each has its table twin in the
// summary. Only figures the publication rule lets through are given.

struct ChartText {
  std::string id;     // unique in a page: prefixes the title's and description's ids
  std::string title;  // <title>, and the heading drawn in the chart
  std::string desc;   // <desc>: the text alternative
  std::vector<std::string> legend;
  std::string unit;  // after the scale's numbers ("%" for shares)
};

// Quartiles and mean of one theme's scores (0–100).
struct Box {
  double q1 = 0, median = 0, q3 = 0, mean = 0;
};
struct BoxRow {
  std::string label;
  std::optional<Box> box;  // none: withheld or no score, `note` says which
  std::string note;
};

// One row per theme: a box from the first to the third quartile (the middle
// half of the organisations), the median as a line, the mean as a dot; no
// whiskers, since a minimum or a maximum is one organisation's score.
// Legend: box, median, mean.
std::string box_plot_svg(const std::vector<BoxRow>& rows, const ChartText& text);

struct LevelRow {
  std::string label;
  std::vector<size_t> counts;  // per level, lowest first; empty: withheld (`note`)
  std::string note;
};

// One stacked bar per row, each level's share of the organisations (scale
// in %), counts written in the segments wide enough. Legend: one entry per level.
std::string level_bars_svg(const std::vector<LevelRow>& rows, const ChartText& text);

}  // namespace autodiag::cohort
