#include "report/compare.h"
#include "util/errors.h"

#include "test_report_fixtures.h"

#include <doctest/doctest.h>

#include <regex>

using namespace autodiag;
using namespace autodiag::test;

namespace {

std::vector<std::string> ids(const std::vector<report::AnswerChange>& changes) {
  std::vector<std::string> out;
  for (const auto& c : changes) out.push_back(c.after->question->id);
  return out;
}

}  // namespace

TEST_SUITE("report::compare") {
  TEST_CASE("persona A against last year: per-theme scores, improvements and regressions") {
    load::CheckedResponse before_response = checked("tests/golden/plans/persona-a-2025.yaml");
    load::CheckedResponse after_response = checked(personas().at("a"));
    score::Result before = score::compute(guide(), before_response.response, before_response.answers);
    score::Result after = score::compute(guide(), after_response.response, after_response.answers);
    report::Evolution e = report::compare_results(before, after);
    // Governance: statutes 0→1 and preparation 1→2 over 6 counted questions of max 3.
    CHECK(*e.themes[0].before == doctest::Approx(400.0 / 18));
    CHECK(*e.themes[0].after == doctest::Approx(600.0 / 18));
    CHECK(!e.themes[5].before.has_value());  // diversity was not addressed last year
    CHECK(*e.themes[5].after == doctest::Approx(500.0 / 12));
    CHECK(!e.themes[6].after.has_value());  // environment, not addressed either year
    CHECK(ids(e.closed).empty());
    // Last year's file is 1.0.0, read through the migrations: access_for_all
    // and user_satisfaction were split, each half carrying the old answer.
    CHECK(ids(e.improved) == std::vector<std::string>{"statutes_shared", "ag_preparation", "access_low_income"});
    CHECK(ids(e.regressions) == std::vector<std::string>{"local_partnerships", "user_satisfaction", "access_disability",
                                                         "financial_transparency"});

    nlohmann::json json = report::evolution_json(e, before_response.response, after_response.response, Lang::fr, "fr");
    CHECK(json["before_date"] == "20 mai 2025");
    CHECK(json["themes"][0]["delta"] == "+11");
    CHECK(json["themes"][2]["delta"] == "\u22128");
    CHECK(json["themes"][5]["delta"] == "");
    CHECK(json["regressions"][0]["before"] == "Évalué et amélioré régulièrement");
    CHECK(json["regressions"][0]["after"] == "Formalisé et appliqué");
  }

  TEST_CASE("a question at the top of its scale that was not last year is a gap closed") {
    load::CheckedResponse before_response = checked(personas().at("c"));
    std::string text = read_source_file(personas().at("c"));
    load::CheckedResponse after_response = checked(
        "c-next.yaml", std::regex_replace(text, std::regex("\n  alert_procedure: [a-z_]+"), "\n  alert_procedure: improved"));
    score::Result before = score::compute(guide(), before_response.response, before_response.answers);
    score::Result after = score::compute(guide(), after_response.response, after_response.answers);
    report::Evolution e = report::compare_results(before, after);
    CHECK(ids(e.closed) == std::vector<std::string>{"alert_procedure"});
    CHECK(e.improved.empty());
    CHECK(e.regressions.empty());
  }

  TEST_CASE("another questionnaire or another major version is refused, another minor one accepted") {
    model::Response a;
    a.questionnaire_id = "guide-bonnes-pratiques-ess";
    a.questionnaire_version = "1.0.0";
    model::Response b = a;
    b.questionnaire_version = "1.3.1";
    CHECK_NOTHROW(report::check_comparable(a, b));
    b.questionnaire_version = "2.0.0";
    CHECK_THROWS_AS(report::check_comparable(a, b), Failure);
    b = a;
    b.questionnaire_id = "other";
    try {
      report::check_comparable(a, b);
      FAIL("no failure");
    } catch (const Failure& e) {
      CHECK(e.exit_code() == 65);
      CHECK(e.message().in(Lang::fr) == "comparaison impossible : l'ancienne réponse porte sur le questionnaire "
                                        "« guide-bonnes-pratiques-ess », la nouvelle sur « other »");
    }
  }
}
