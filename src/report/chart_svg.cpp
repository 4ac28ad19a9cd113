#include "report/chart_svg.h"

#include "report/numbers.h"
#include "util/escape.h"
#include "util/text_width.h"

#include <fmt/format.h>

namespace autodiag::report {

namespace {

constexpr int width = 720;
constexpr int label_right = 250;  // labels end here, bars start 10 px later
constexpr int bar_left = 260;
constexpr double px_per_point = 4.0;  // 100 points = 400 px
constexpr int top = 56;
constexpr const char* this_year_color = "#1f5f8b";  // contrast 7:1 on white
constexpr const char* last_year_color = "#9aa5b1";

std::string short_label(const std::string& label) {
  if (display_width(label) <= 36) return label;
  std::string cut = fit(label, 36);
  return cut;
}

int bar_width(double score) { return static_cast<int>(static_cast<double>(round_score(score)) * px_per_point); }

}  // namespace

std::string chart_svg(const std::vector<ChartRow>& rows, const ChartText& text, bool with_previous) {
  const int row_height = with_previous ? 46 : 30;
  const int plot_height = static_cast<int>(rows.size()) * row_height;
  const int height = top + plot_height + 40;
  std::string svg = fmt::format(
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{0}\" height=\"{1}\" "
      "viewBox=\"0 0 {0} {1}\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" "
      "font-family=\"DejaVu Sans, Arial, sans-serif\" font-size=\"13\">\n"
      "  <title id=\"chart-title\">{2}</title>\n"
      "  <desc id=\"chart-desc\">{3}</desc>\n"
      "  <rect width=\"{0}\" height=\"{1}\" fill=\"#ffffff\"/>\n"
      "  <text x=\"10\" y=\"24\" font-size=\"16\" font-weight=\"bold\" fill=\"#1a1a1a\">{2}</text>\n",
      width, height, xml_escape(text.title), xml_escape(text.desc));
  if (with_previous) {
    svg += fmt::format(
        "  <rect x=\"{0}\" y=\"34\" width=\"14\" height=\"10\" fill=\"{1}\"/>\n"
        "  <text x=\"{2}\" y=\"43\" fill=\"#1a1a1a\">{3}</text>\n"
        "  <rect x=\"{4}\" y=\"34\" width=\"14\" height=\"10\" fill=\"{5}\"/>\n"
        "  <text x=\"{6}\" y=\"43\" fill=\"#1a1a1a\">{7}</text>\n",
        bar_left, last_year_color, bar_left + 20, xml_escape(text.last_year), bar_left + 200, this_year_color,
        bar_left + 220, xml_escape(text.this_year));
  }
  for (int tick = 0; tick <= 100; tick += 25) {
    int x = bar_left + static_cast<int>(tick * px_per_point);
    svg += fmt::format(
        "  <line x1=\"{0}\" y1=\"{1}\" x2=\"{0}\" y2=\"{2}\" stroke=\"#d0d4d9\" stroke-width=\"1\"/>\n"
        "  <text x=\"{0}\" y=\"{3}\" text-anchor=\"middle\" fill=\"#4a4a4a\">{4}</text>\n",
        x, top - 4, top + plot_height, top + plot_height + 18, tick);
  }
  for (size_t i = 0; i < rows.size(); ++i) {
    const ChartRow& row = rows[i];
    int y = top + static_cast<int>(i) * row_height;
    int text_y = y + row_height / 2 + 5;
    svg += fmt::format("  <text x=\"{}\" y=\"{}\" text-anchor=\"end\" fill=\"#1a1a1a\">{}</text>\n", label_right,
                       text_y, xml_escape(short_label(row.label)));
    if (with_previous && row.previous) {
      svg += fmt::format(
          "  <rect x=\"{0}\" y=\"{1}\" width=\"{2}\" height=\"12\" fill=\"{3}\"/>\n"
          "  <text x=\"{4}\" y=\"{5}\" fill=\"#4a4a4a\" font-size=\"11\">{6}</text>\n",
          bar_left, y + 6, bar_width(*row.previous), last_year_color, bar_left + bar_width(*row.previous) + 6, y + 16,
          show_score(*row.previous));
    }
    int bar_y = with_previous ? y + 20 : y + 6;
    if (row.score) {
      svg += fmt::format(
          "  <rect x=\"{0}\" y=\"{1}\" width=\"{2}\" height=\"18\" fill=\"{3}\"/>\n"
          "  <text x=\"{4}\" y=\"{5}\" fill=\"#1a1a1a\" font-weight=\"bold\">{6}</text>\n",
          bar_left, bar_y, bar_width(*row.score), this_year_color, bar_left + bar_width(*row.score) + 6, bar_y + 14,
          show_score(*row.score));
    } else {
      svg += fmt::format("  <text x=\"{}\" y=\"{}\" fill=\"#4a4a4a\" font-style=\"italic\">{}</text>\n", bar_left + 6,
                         bar_y + 14, xml_escape(row.note));
    }
  }
  svg += "</svg>\n";
  return svg;
}

}  // namespace autodiag::report
