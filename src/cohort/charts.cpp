#include "cohort/charts.h"

#include "report/numbers.h"
#include "util/escape.h"
#include "util/text_width.h"

#include <fmt/format.h>

#include <array>
#include <numeric>

namespace autodiag::cohort {

namespace {

constexpr int width = 720;
constexpr int label_right = 250;
constexpr int plot_left = 260;
constexpr double px_per_point = 4.0;  // 100 points = 400 px
constexpr int row_height = 30;
constexpr const char* ink = "#1a1a1a";
constexpr const char* grey_ink = "#4a4a4a";  // 8.9:1 on white
constexpr const char* box_fill = "#cfe0ee";
constexpr const char* box_stroke = "#1f5f8b";
constexpr const char* mean_color = "#a34700";  // 6:1 on white and on the box

// Levels from the lowest: light to dark, told apart without colour by their
// order and the counts written in them.
constexpr std::array<const char*, 5> level_colors = {"#f2c894", "#d8e6f0", "#8fb8d8", "#3f7fb0", "#1f4f78"};
constexpr std::array<bool, 5> level_dark = {false, false, false, true, true};

// Spread over the palette, so that three levels are orange, mid blue, dark
// blue; beyond five, colours repeat (the legend's order still tells).
size_t level_colour(size_t level, size_t levels) {
  if (levels <= 1) return level_colors.size() - 1;
  if (levels > level_colors.size()) return level % level_colors.size();
  return level * (level_colors.size() - 1) / (levels - 1);
}

std::string short_label(const std::string& label) { return display_width(label) <= 36 ? label : fit(label, 36); }

double x_of(double score) { return plot_left + score * px_per_point; }

std::string head(const ChartText& text, int height) {
  return fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" role=\"img\" aria-labelledby=\"{4}-title {4}-desc\" "
      "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"13\">\n"
      "  <title id=\"{4}-title\">{2}</title>\n"
      "  <desc id=\"{4}-desc\">{3}</desc>\n"
      "  <rect width=\"{0}\" height=\"{1}\" fill=\"#ffffff\"/>\n"
      "  <text x=\"10\" y=\"24\" font-size=\"16\" font-weight=\"bold\" fill=\"{5}\">{2}</text>\n",
      width, height, xml_escape(text.title), xml_escape(text.desc), xml_escape(text.id), ink);
}

std::string scale(int top, int bottom, std::string_view suffix) {
  std::string out;
  for (int tick = 0; tick <= 100; tick += 25) {
    double x = x_of(tick);
    out += fmt::format(
        "  <line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#d0d4d9\" stroke-width=\"1\"/>\n"
        "  <text x=\"{0}\" y=\"{3}\" text-anchor=\"middle\" fill=\"{5}\">{4}{6}</text>\n",
        x, top - 4, bottom, bottom + 18, tick, grey_ink, suffix);
  }
  return out;
}

std::string row_label(int y, const std::string& label) {
  return fmt::format("  <text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"{}\">{}</text>\n", label_right,
                     y + row_height / 2 + 5, ink, xml_escape(short_label(label)));
}

std::string note(int y, const std::string& text) {
  return fmt::format("  <text x=\"{}\" y=\"{}\" fill=\"{}\" font-style=\"italic\">{}</text>\n", plot_left + 6,
                     y + row_height / 2 + 5, grey_ink, xml_escape(text));
}

}  // namespace

std::string box_plot_svg(const std::vector<BoxRow>& rows, const ChartText& text) {
  constexpr int top = 64;
  const int bottom = top + static_cast<int>(rows.size()) * row_height;
  std::string svg = head(text, bottom + 40);
  // Legend: box, median, mean, each drawn as in the chart.
  const std::string none;
  const std::string& box_word = text.legend.size() > 0 ? text.legend[0] : none;
  const std::string& median_word = text.legend.size() > 1 ? text.legend[1] : none;
  const std::string& mean_word = text.legend.size() > 2 ? text.legend[2] : none;
  svg += fmt::format(
      "  <rect x=\"{0}\" y=\"36\" width=\"24\" height=\"12\" fill=\"{1}\" stroke=\"{2}\"/>\n"
      "  <text x=\"{3}\" y=\"46\" fill=\"{4}\">{5}</text>\n"
      "  <line x1=\"{6}\" y1=\"34\" x2=\"{6}\" y2=\"50\" stroke=\"{4}\" stroke-width=\"3\"/>\n"
      "  <text x=\"{7}\" y=\"46\" fill=\"{4}\">{8}</text>\n"
      "  <circle cx=\"{9}\" cy=\"42\" r=\"5\" fill=\"{10}\"/>\n"
      "  <text x=\"{11}\" y=\"46\" fill=\"{4}\">{12}</text>\n",
      10, box_fill, box_stroke, 40, ink, xml_escape(box_word), 330, 340, xml_escape(median_word), 460, mean_color, 472,
      xml_escape(mean_word));
  svg += scale(top, bottom, "");
  // The medians' column, named.
  svg += fmt::format("  <text x=\"{}\" y=\"{}\" fill=\"{}\" font-size=\"11\">{}</text>\n", x_of(100) + 8, top - 6, grey_ink,
                     xml_escape(median_word));
  for (size_t i = 0; i < rows.size(); ++i) {
    const BoxRow& row = rows[i];
    int y = top + static_cast<int>(i) * row_height;
    svg += row_label(y, row.label);
    if (!row.box) {
      svg += note(y, row.note);
      continue;
    }
    const Box& b = *row.box;
    svg += fmt::format(
        "  <rect x=\"{0:.1f}\" y=\"{1}\" width=\"{2:.1f}\" height=\"18\" fill=\"{3}\" stroke=\"{4}\"/>\n"
        "  <line x1=\"{5:.1f}\" y1=\"{6}\" x2=\"{5:.1f}\" y2=\"{7}\" stroke=\"{8}\" stroke-width=\"3\"/>\n"
        "  <circle cx=\"{9:.1f}\" cy=\"{10}\" r=\"5\" fill=\"{11}\"/>\n"
        "  <text x=\"{12}\" y=\"{13}\" fill=\"{8}\">{14}</text>\n",
        x_of(b.q1), y + 6, std::max(1.0, (b.q3 - b.q1) * px_per_point), box_fill, box_stroke, x_of(b.median), y + 4,
        y + 26, ink, x_of(b.mean), y + 15, mean_color, x_of(100) + 14, y + row_height / 2 + 5,
        report::show_score(b.median));
  }
  svg += "</svg>\n";
  return svg;
}

std::string level_bars_svg(const std::vector<LevelRow>& rows, const ChartText& text) {
  constexpr int top = 64;
  const int bottom = top + static_cast<int>(rows.size()) * row_height;
  std::string svg = head(text, bottom + 40);
  int legend_x = 10;
  for (size_t level = 0; level < text.legend.size(); ++level) {
    svg += fmt::format(
        "  <rect x=\"{0}\" y=\"36\" width=\"14\" height=\"12\" fill=\"{1}\" stroke=\"{2}\"/>\n"
        "  <text x=\"{3}\" y=\"46\" fill=\"{2}\">{4}</text>\n",
        legend_x, level_colors[level_colour(level, text.legend.size())], ink, legend_x + 20, xml_escape(text.legend[level]));
    legend_x += 30 + static_cast<int>(display_width(text.legend[level])) * 8;
  }
  svg += scale(top, bottom, text.unit);
  for (size_t i = 0; i < rows.size(); ++i) {
    const LevelRow& row = rows[i];
    int y = top + static_cast<int>(i) * row_height;
    svg += row_label(y, row.label);
    size_t total = std::accumulate(row.counts.begin(), row.counts.end(), size_t{0});
    if (total == 0) {
      svg += note(y, row.note);
      continue;
    }
    double x = plot_left;
    for (size_t level = 0; level < row.counts.size(); ++level) {
      if (row.counts[level] == 0) continue;
      double w = 100.0 * static_cast<double>(row.counts[level]) / static_cast<double>(total) * px_per_point;
      size_t colour = level_colour(level, row.counts.size());
      svg += fmt::format("  <rect x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"18\" fill=\"{}\" stroke=\"#ffffff\"/>\n", x,
                         y + 6, w, level_colors[colour]);
      if (w >= 24) {
        svg += fmt::format("  <text x=\"{:.1f}\" y=\"{}\" text-anchor=\"middle\" fill=\"{}\">{}</text>\n", x + w / 2,
                           y + 20, level_dark[colour] ? "#ffffff" : ink, row.counts[level]);
      }
      x += w;
    }
  }
  svg += "</svg>\n";
  return svg;
}

}  // namespace autodiag::cohort
