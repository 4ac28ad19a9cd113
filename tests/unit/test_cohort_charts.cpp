#include "cohort/charts.h"

#include "util/files.h"

#include "test_helpers.h"
#include "test_report_fixtures.h"

#include <doctest/doctest.h>

using namespace autodiag;

namespace {

bool well_formed(const std::string& xml) {
  test::TempDir folder("cohort-chart");
  std::string path = folder.file("chart.svg");
  write_atomically(path, xml);
  return test::run_command("xmllint --noout '" + path + "' 2>&1").first == 0;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_SUITE("cohort charts") {
  TEST_CASE("box plot: the middle half as a box, the median as a line, the mean as a dot, on 4 px per point") {
    std::vector<cohort::BoxRow> rows = {{"Ensemble", cohort::Box{25, 50, 75, 40}, ""},
                                        {"<b>Thème & \"co\"</b>", std::nullopt, "masqué (moins de 5 structures)"}};
    std::string svg = cohort::box_plot_svg(rows, {"themes", "Scores", "Ensemble : de 25 à 75.", {"moitié", "médiane", "moyenne"}, ""});
    CHECK(well_formed(svg));
    // 0 at x = 260: Q1 25 → 360, Q3 75 → 200 px wide; median 50 → 460; mean 40 → 420.
    CHECK(has(svg, "<rect x=\"360.0\" y=\"70\" width=\"200.0\" height=\"18\""));
    CHECK(has(svg, "<line x1=\"460.0\" y1=\"68\" x2=\"460.0\" y2=\"90\""));
    CHECK(has(svg, "<circle cx=\"420.0\" cy=\"79\" r=\"5\""));
    CHECK(has(svg, ">50</text>"));  // the median, written
    CHECK(has(svg, "aria-labelledby=\"themes-title themes-desc\""));
    CHECK(has(svg, "<desc id=\"themes-desc\">Ensemble : de 25 à 75.</desc>"));
    // A custom questionnaire's label is text, never markup.
    CHECK(has(svg, "&lt;b&gt;Thème &amp; &quot;co&quot;&lt;/b&gt;"));
    CHECK_FALSE(has(svg, "<b>"));
    CHECK(has(svg, "font-style=\"italic\">masqué (moins de 5 structures)</text>"));
  }

  TEST_CASE("level bars: each level's share, counts written where there is room, the scale in %") {
    std::vector<cohort::LevelRow> rows = {{"Ensemble", {1, 0, 3}, ""}, {"Environnement", {}, "aucun score"}};
    std::string svg = cohort::level_bars_svg(rows, {"levels", "Niveaux", "Ensemble : 1, 0, 3.", {"A", "B", "C"}, "%"});
    CHECK(well_formed(svg));
    // 1 of 4 → 100 px from 260, 3 of 4 → 300 px from 360; three levels take
    // the palette's ends and middle.
    CHECK(has(svg, "<rect x=\"260.0\" y=\"70\" width=\"100.0\" height=\"18\" fill=\"#f2c894\""));
    CHECK(has(svg, "<rect x=\"360.0\" y=\"70\" width=\"300.0\" height=\"18\" fill=\"#1f4f78\""));
    CHECK(has(svg, "<text x=\"510.0\" y=\"84\" text-anchor=\"middle\" fill=\"#ffffff\">3</text>"));
    CHECK(has(svg, ">100%</text>"));
    CHECK(has(svg, "font-style=\"italic\">aucun score</text>"));
  }
}
