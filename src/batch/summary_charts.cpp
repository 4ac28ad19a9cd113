#include "batch/summary_charts.h"

#include "cohort/charts.h"
#include "report/numbers.h"

#include <fmt/format.h>

namespace autodiag::batch {

namespace {

// Row 0 is the overall score, row 1 + t theme t, as in Statistics::levels().
std::string row_label(const model::Questionnaire& q, size_t row, Lang lang) {
  if (row == 0) return std::string(tr(lang, "Ensemble", "Overall"));
  return q.themes[row - 1].label().get(lang_code(lang), q.default_language());
}

std::string withheld(Lang lang, size_t min_group) {
  return fmt::format(fmt::runtime(tr(lang, "masqué (moins de {} structures)", "withheld (fewer than {} organisations)")),
                     min_group);
}

std::string description(const std::vector<std::string>& lines, Lang lang) {
  std::string out;
  for (const std::string& line : lines) out += (out.empty() ? "" : lang == Lang::fr ? " ; " : "; ") + line;
  return out + ".";
}

}  // namespace

SummaryChart themes_chart(const model::Questionnaire& q, const Statistics& s, const cohort::Publication& publication,
                          Lang lang, size_t min_group) {
  using report::show_score;
  SummaryChart chart;
  chart.title = tr(lang, "Scores par thème : la moitié centrale des structures, médiane et moyenne",
                   "Scores by theme: the middle half of the organisations, median and mean");
  std::vector<cohort::BoxRow> rows;
  for (size_t row = 0; row <= q.themes.size(); ++row) {
    const Distribution& d = row == 0 ? s.overall() : s.themes()[row - 1];
    cohort::BoxRow box{row_label(q, row, lang), std::nullopt, ""};
    std::string said;
    if (d.count() == 0) {
      box.note = tr(lang, "aucun score", "no score");
      said = box.note;
    } else if (!publication.columns[row]) {
      box.note = withheld(lang, min_group);
      said = box.note;
    } else {
      box.box = cohort::Box{d.quantile(0.25), d.quantile(0.5), d.quantile(0.75), d.mean()};
      said = fmt::format(fmt::runtime(tr(lang, "la moitié des structures entre {} et {}, médiane {}, moyenne {}",
                                         "half of the organisations between {} and {}, median {}, mean {}")),
                         show_score(box.box->q1), show_score(box.box->q3), show_score(box.box->median),
                         show_score(box.box->mean));
    }
    chart.lines.push_back(box.label + (lang == Lang::fr ? " : " : ": ") + said);
    rows.push_back(std::move(box));
  }
  cohort::ChartText text{"themes", chart.title, description(chart.lines, lang),
                         {std::string(tr(lang, "moitié centrale (Q1 à Q3)", "middle half (Q1 to Q3)")),
                          std::string(tr(lang, "médiane", "median")), std::string(tr(lang, "moyenne", "mean"))},
                         ""};
  chart.svg = cohort::box_plot_svg(rows, text);
  return chart;
}

SummaryChart levels_chart(const model::Questionnaire& q, const Statistics& s, const cohort::Publication& publication,
                          Lang lang, size_t min_group) {
  SummaryChart chart;
  chart.title = tr(lang, "Répartition par niveau", "Level distribution");
  std::vector<std::string> legend;
  for (const model::Level& level : q.levels) legend.push_back(level.label.get(lang_code(lang), q.default_language()));
  std::vector<cohort::LevelRow> rows;
  for (size_t row = 0; row < s.levels().size(); ++row) {
    cohort::LevelRow bar{row_label(q, row, lang), {}, ""};
    std::string said;
    size_t total = 0;
    for (size_t count : s.levels()[row]) total += count;
    if (total == 0) {
      bar.note = tr(lang, "aucun score", "no score");
      said = bar.note;
    } else if (!publication.columns[row]) {
      bar.note = withheld(lang, min_group);
      said = bar.note;
    } else {
      bar.counts = s.levels()[row];
      for (size_t level = 0; level < legend.size(); ++level) {
        said += fmt::format(fmt::runtime(tr(lang, "{}{} « {} »", "{}{} \"{}\"")), level == 0 ? "" : ", ",
                            bar.counts[level], legend[level]);
      }
    }
    chart.lines.push_back(bar.label + (lang == Lang::fr ? " : " : ": ") + said);
    rows.push_back(std::move(bar));
  }
  chart.svg = cohort::level_bars_svg(rows, {"levels", chart.title, description(chart.lines, lang), legend, std::string(tr(lang, "\u00a0%", "%"))});
  return chart;
}

}  // namespace autodiag::batch
