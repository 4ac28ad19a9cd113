#include "batch/scorer.h"

#include "load/questionnaire_loader.h"
#include "util/files.h"

#include "test_helpers.h"

#include <doctest/doctest.h>

using namespace autodiag;
using batch::Input;

namespace {

const model::Questionnaire& mini() { return test::batch_questionnaire(); }

std::vector<std::string> formatted(const batch::UnitResult& result, Lang lang = Lang::en) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : result.diagnostics) lines.push_back(format_diagnostic(d, lang));
  return lines;
}

batch::UnitResult score(const test::TempDir& temp, const std::string& name, const std::string& text,
                        batch::Platform platform = batch::Platform::automatic) {
  write_atomically(temp / name, text);
  batch::ScoreSettings settings{&mini(), false, false, platform};
  return batch::score_input({temp / name, Input::Kind::csv}, settings);
}

}  // namespace

TEST_SUITE("batch exports") {
  TEST_CASE("hostile cells are read as text: formulas, quotes, line breaks, separators") {
    test::TempDir temp("exports-hostile");
    batch::UnitResult result =
        score(temp, "kobo.csv",
              "_id;profile/name;profile/employees;governance/statutes_shared;employer/remarks;_uuid\n"
              "7;\"=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\";0;informal;\"« Oui » ; non\n=1+1\";u-7\n");
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0].organisation == "=HYPERLINK(\"http://x\";\"y\")");
    CHECK(result.rows[0].source == temp / "kobo.csv" + ":2 #7");
    CHECK(result.diagnostics.empty());
  }

  TEST_CASE("unreadable rows are listed with their row and why; the rows around them are scored") {
    test::TempDir temp("exports-unreadable");
    std::string long_cell(70000, 'x');
    batch::UnitResult result = score(temp, "export.csv",
                                     "name,statutes_shared,remarks\n"
                                     "A,informal,\n"
                                     "B,informal," + long_cell + "\n"
                                     "C,caf\xE9,\n"
                                     "D,improved,\n");
    REQUIRE(result.rows.size() == 2);
    CHECK(result.rows[0].organisation == "A");
    CHECK(result.rows[1].organisation == "D");
    REQUIRE(result.invalid.size() == 2);
    CHECK(result.invalid[0].source == temp / "export.csv" + ":3");
    CHECK(formatted(result, Lang::fr) ==
          std::vector<std::string>{
              temp / "export.csv" + ":3:3: erreur: cellule trop longue (plus de 65536 octets) : ligne ignorée",
              temp / "export.csv" + ":4:2: erreur: ce n'est pas du texte UTF-8 : enregistrez le fichier au format « CSV UTF-8 »"});
  }

  TEST_CASE("a header of more than 1,000 columns refuses the file") {
    test::TempDir temp("exports-columns");
    std::string header = "name";
    for (int i = 0; i < 1000; ++i) header += ",c" + std::to_string(i);
    batch::UnitResult result = score(temp, "wide.csv", header + "\nA\n");
    CHECK(result.rows.empty());
    REQUIRE(result.invalid.size() == 1);
    CHECK(result.invalid[0].source == temp / "wide.csv");
    CHECK(format_diagnostic(result.invalid[0].first_error, Lang::en) ==
          temp / "wide.csv" + ":1:1001: error: too many columns (more than 1000): row skipped");
  }

  TEST_CASE("LimeSurvey codes: the response id names the row in scores and errors") {
    test::TempDir temp("exports-limesurvey");
    // P01 name, P04 employees; T1Q01 statutes_shared (A2 informal), T2Q01
    // annual_reviews (Y/N), T2Q02 training (A1 plan, A3 volunteers); T1OK.
    batch::UnitResult result = score(temp, "results-survey1.csv",
                                     "\xEF\xBB\xBF\"id\",\"submitdate\",\"lastpage\",\"startlanguage\",\"seed\",\"P01\","
                                     "\"P04\",\"T1OK\",\"T1Q01\",\"T2Q01\",\"T2Q02[A1]\",\"T2Q02[A2]\",\"T2Q02[A3]\"\r\n"
                                     "\"41\",\"2026-11-02\",\"3\",\"fr\",\"1\",\"Alpha\",\"4.0000000000\",\"Y\",\"A2\","
                                     "\"Y\",\"Y\",\"\",\"Y\"\r\n"
                                     "\"42\",\"2026-11-02\",\"3\",\"fr\",\"1\",\"Beta\",\"4\",\"Y\",\"A9\",\"Y\",\"\","
                                     "\"\",\"\"\r\n\r\n");
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0].source == temp / "results-survey1.csv" + ":2 #41");
    CHECK(*result.rows[0].themes[0] == doctest::Approx(100.0 / 3));  // informal: 1 of 3
    CHECK(*result.rows[0].themes[1] == 100);                          // yes, plan + volunteers (capped)
    REQUIRE(result.invalid.size() == 1);
    CHECK(result.invalid[0].source == temp / "results-survey1.csv" + ":3 #42");
    CHECK(formatted(result) ==
          std::vector<std::string>{temp / "results-survey1.csv" +
                                   ":3:9: error: response 42: answer to 'statutes_shared': unknown option 'A9' "
                                   "(options: not_started, informal, formalised, improved)"});
  }

  TEST_CASE("Kobo separate columns per option, groups in headers; a theme answered 'no' is not addressed") {
    test::TempDir temp("exports-kobo");
    batch::UnitResult result =
        score(temp, "kobo.csv",
              "start;profile/name;profile/employees;governance/governance_addressed;governance/statutes_shared;"
              "employer/training/plan;employer/training/budget;employer/training/volunteers;_id;_uuid;_index\n"
              "x;Gamma;3;no;;1;1;0;9;u;1\n");
    REQUIRE(result.rows.size() == 1);
    CHECK(result.diagnostics.empty());
    CHECK_FALSE(result.rows[0].themes[0]);       // governance not addressed
    CHECK(*result.rows[0].themes[1] == 100);     // plan (2) + budget (1) = the cap of 3
    CHECK(result.rows[0].json.find("\"addressed\":false") != std::string::npos);
  }

  TEST_CASE("'none of these' ticked is an answer with no option (scored 0), not a question left unanswered") {
    test::TempDir temp("exports-none");
    // employees 2 shows the employer theme: annual_reviews (yes/no) and training (multi).
    batch::UnitResult kobo = score(temp, "kobo.csv",
                                   "_uuid;profile/name;profile/employees;employer/annual_reviews;employer/training\n"
                                   "u1;A;2;yes;none\nu2;B;2;yes;\n");
    REQUIRE(kobo.rows.size() == 2);
    CHECK(*kobo.rows[0].themes[1] == 50);   // yes 1 of 1, no training 0 of 3: (1 + 0) / 2
    CHECK(*kobo.rows[1].themes[1] == 100);  // training unanswered: left out
    batch::UnitResult limesurvey =
        score(temp, "limesurvey.csv",
              "id,submitdate,lastpage,P01,P04,T2Q01,T2Q02[A1],T2Q02[A2],T2Q02[A3],T2Q02[NONE]\n"
              "5,2026-11-02,2,A,2,Y,,,,Y\n");
    REQUIRE(limesurvey.rows.size() == 1);
    CHECK(*limesurvey.rows[0].themes[1] == 50);
  }

  TEST_CASE("a column that is nothing known is a warning; --from google skips the timestamp silently") {
    test::TempDir temp("exports-unknown");
    batch::UnitResult generic = score(temp, "a.csv", "Remarques libres,name,statutes_shared\nx,A,informal\n");
    CHECK(formatted(generic) == std::vector<std::string>{temp / "a.csv" + ":1:1: warning: column 'remarques libres' "
                                                                         "ignored: it is neither a profile field nor a "
                                                                         "question"});
    batch::UnitResult google = score(temp, "b.csv",
                                     "Are the statutes given to every new member?,Horodateur,Organisation name\n"
                                     "Informally,2026-11-02,A\n",
                                     batch::Platform::google);
    CHECK(google.diagnostics.empty());
    REQUIRE(google.rows.size() == 1);
    CHECK(*google.rows[0].themes[0] == doctest::Approx(100.0 / 3));
  }
}
