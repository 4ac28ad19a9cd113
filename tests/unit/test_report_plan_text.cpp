#include "report/chart_svg.h"
#include "report/plan_gaps.h"
#include "report/plan_objectives.h"
#include "report/plan_text.h"

#include "test_report_fixtures.h"

#include <doctest/doctest.h>

using namespace autodiag;
using namespace autodiag::report;
using namespace autodiag::test;

TEST_SUITE("report::plan_text") {
  TEST_CASE("dates are written out from the timestamp, in both languages") {
    CHECK(long_date("2026-05-19T21:05:00Z", Lang::fr) == "19 mai 2026");
    CHECK(long_date("2026-08-01T00:00:00Z", Lang::fr) == "1er août 2026");
    CHECK(long_date("2026-08-01", Lang::en) == "1 August 2026");
    CHECK(long_date("", Lang::fr) == "");
    CHECK(long_date("2026-13-01", Lang::fr) == "2026-13-01");
  }

  TEST_CASE("changes are rounded for display, with a real minus sign") {
    CHECK(signed_delta(10.5) == "+11");
    CHECK(signed_delta(-7.4) == "\u22127");
    CHECK(signed_delta(0.49) == "0");
    CHECK(signed_delta(-0.5) == "\u22121");
  }

  TEST_CASE("lists and quotes") {
    CHECK(join_words({"A", "B", "C"}, Lang::fr) == "A, B et C");
    CHECK(join_words({"A", "B"}, Lang::en) == "A and B");
    CHECK(join_words({"A"}, Lang::fr) == "A");
    CHECK(join_list({"Diversité et égalité", "Éthique"}) == "Diversité et égalité, Éthique");
    CHECK(quote("x", Lang::fr) == "« x »");
    CHECK(quote("x", Lang::en) == "\"x\"");
    CHECK(decimal_text(33.3, Lang::fr) == "33,3");
    CHECK(decimal_text(33.3, Lang::en) == "33.3");
  }
}

TEST_SUITE("report::plan_objectives") {
  TEST_CASE("steps above an answer: next options of a scale, next bands of a number, options to add") {
    const model::Questionnaire& q = guide();
    const model::Question& statutes = *q.find_question("statutes_shared");
    model::Answer informal(model::Answer::Kind::option);
    informal.option = "informal";
    std::vector<Step> steps = steps_above(statutes, informal, 1, Lang::fr, "fr");
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].points == 2);
    CHECK(steps[0].label == "Formalisé et appliqué");
    CHECK(steps[1].label == "Évalué et amélioré régulièrement");

    const model::Question& rate = *q.find_question("ag_participation_rate");
    model::Answer eighteen(model::Answer::Kind::number);
    eighteen.number = 18;
    steps = steps_above(rate, eighteen, 1, Lang::fr, "fr");
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].points == 2);
    CHECK(steps[0].label == "au moins 25\u202f%");  // higher values score better: a threshold

    const model::Question& consulted = *q.find_question("stakeholder_consultation");
    model::Answer two(model::Answer::Kind::options);
    two.options = {"members", "volunteers"};
    steps = steps_above(consulted, two, 2, Lang::fr, "fr");
    REQUIRE(!steps.empty());
    CHECK(steps[0].points == 3);
    CHECK(steps[0].label.rfind("ajouter « ", 0) == 0);
  }

  TEST_CASE("priorities are spread over themes, then ranked by gap × weight") {
    load::CheckedResponse b = checked(personas().at("b"));
    score::Result result = score::compute(guide(), b.response, b.answers);
    std::vector<PlanGap> gaps = ranked_gaps(result, 3);
    REQUIRE(gaps.size() > 5);
    CHECK(gaps[0].theme->theme->id == "environment");
    CHECK(gaps[1].theme->theme->id == "diversity");
    CHECK(gaps[2].theme->theme->id == "employment");
    CHECK(gaps[3].theme->theme->id == "environment");
    for (size_t i = 4; i < gaps.size(); ++i) CHECK(gaps[i - 1].priority >= gaps[i].priority);
    std::vector<PlanGap> plain = ranked_gaps(result, 0);
    CHECK(plain[1].theme->theme->id == "environment");
  }

  TEST_CASE("projected score: the theme score if some questions reached given points") {
    load::CheckedResponse a = checked(personas().at("a"));
    score::Result result = score::compute(guide(), a.response, a.answers);
    const score::ThemeScore& governance = result.themes[0];
    CHECK(projected_score(governance, {}) == doctest::Approx(governance.score));
    // roles_written 0 → 3 adds 3 points out of 21: seven counted questions
    // of 3 points, 7 points today (decisions_shared, informal, gives 1 of them).
    CHECK(projected_score(governance, {{guide().find_question("roles_written"), 3.0}}) ==
          doctest::Approx(1000.0 / 21));
  }
}

TEST_SUITE("report::chart_svg") {
  TEST_CASE("text is escaped, every score written, a missing score noted") {
    std::string svg = chart_svg({{"A & <B>", 62.5, std::nullopt, ""}, {"C", std::nullopt, std::nullopt, "non abordé"}},
                                {"Titre \"x\"", "A : 63", "Cette année", "Année précédente"}, false);
    CHECK(svg.find("<title id=\"chart-title\">Titre &quot;x&quot;</title>") != std::string::npos);
    CHECK(svg.find(">A &amp; &lt;B&gt;</text>") != std::string::npos);
    CHECK(svg.find("width=\"252\" height=\"18\"") != std::string::npos);  // 63 × 4 px
    CHECK(svg.find(">63</text>") != std::string::npos);
    CHECK(svg.find(">non abordé</text>") != std::string::npos);
    CHECK(svg.find("Année précédente") == std::string::npos);  // no legend without last year
  }
}
