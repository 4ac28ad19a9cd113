#include "batch/pseudonym.h"
#include "batch/scorer.h"

#include "load/questionnaire_loader.h"
#include "util/files.h"

#include "test_helpers.h"

#include <doctest/doctest.h>

#include <filesystem>

using namespace autodiag;
using batch::Input;

namespace {

const model::Questionnaire& mini() { return test::batch_questionnaire(); }

std::vector<std::string> formatted(const batch::UnitResult& result) {
  std::vector<std::string> lines;
  for (const Diagnostic& d : result.diagnostics) lines.push_back(format_diagnostic(d, Lang::en));
  return lines;
}

const std::string csv_path = AUTODIAG_SOURCE_DIR "/tests/fixtures/batch/csv/semicolon-bom.csv";

}  // namespace

TEST_SUITE("batch::score_input") {
  TEST_CASE("a CSV export with ';', BOM, labels, decimal comma and quoted line breaks") {
    batch::ScoreSettings settings{&mini(), false, false};
    batch::UnitResult result = batch::score_input({csv_path, Input::Kind::csv}, settings);
    REQUIRE(result.rows.size() == 3);
    const batch::ScoredRow& gamma = result.rows[0];
    CHECK(gamma.source == csv_path + ":2");
    CHECK(gamma.organisation == "Gamma Entraide");
    CHECK(gamma.groups[cohort::Criterion::legal_form] == "association");
    CHECK(gamma.groups[cohort::Criterion::department] == "44");  // matched from its label "Loire-Atlantique (44)"
    CHECK(gamma.status == model::Status::complete);
    CHECK(gamma.completion == 1.0);
    CHECK(*gamma.themes[0] == doctest::Approx(200.0 / 3));  // formalised 2/3, 35.5 % in the 30–50 band: 2/3
    CHECK(*gamma.themes[1] == 100);                          // "Oui", both training options by label
    CHECK(*gamma.overall == doctest::Approx(250.0 / 3));
    CHECK(gamma.level->id == "solid");

    const batch::ScoredRow& epsilon = result.rows[1];
    CHECK(epsilon.source == csv_path + ":3");
    CHECK(epsilon.organisation == "Epsilon \"Les Amis\"");
    CHECK(epsilon.groups[cohort::Criterion::legal_form] == "scop");
    CHECK(*epsilon.themes[0] == 100);  // "évalué et amélioré" case-insensitively; ag_rate N/A
    CHECK_FALSE(epsilon.themes[1]);    // no employees: the employer theme is hidden
    CHECK(epsilon.completion == doctest::Approx(2.0 / 3));

    const batch::ScoredRow& eta = result.rows[2];
    CHECK(eta.source == csv_path + ":6");
    CHECK(eta.groups[cohort::Criterion::legal_form] == "association");  // "ASSOCIATION"
    CHECK(*eta.overall == 0);
    CHECK(eta.status == model::Status::complete);  // the only required field, the name, is answered

    REQUIRE(result.invalid.size() == 1);
    CHECK(result.invalid[0].source == csv_path + ":5");
    CHECK(result.invalid[0].error_count == 3);
    CHECK(formatted(result) ==
          std::vector<std::string>{
              csv_path + ":5:6: error: answer to 'statutes_shared': unknown option 'Parfois oui' (options: not_started, "
                         "informal, formalised, improved)",
              csv_path + ":5:7: error: answer to 'ag_rate': 200 is outside the allowed range (0 … 100)",
              csv_path + ":5:8: error: answer to 'annual_reviews': yes or no is expected, not 'peut-être'"});
  }

  TEST_CASE("a multi-choice cell takes ids or labels separated by '|'; the row is in progress without a name") {
    test::TempDir temp("batch-scorer");
    std::string dir = temp.path().string();
    std::string path = dir + "/multi.csv";
    write_atomically(path, "employees,training,statutes_shared\n2,plan|Un budget dédié|volunteers,informal\n");
    batch::UnitResult result = batch::score_input({path, Input::Kind::csv}, {&mini(), false, false});
    REQUIRE(result.rows.size() == 1);
    CHECK(result.rows[0].status == model::Status::in_progress);
    CHECK(*result.rows[0].themes[1] == 100);  // capped at 3
    CHECK(result.rows[0].organisation.empty());
  }

  TEST_CASE("a column given twice makes the whole file invalid") {
    test::TempDir temp("batch-scorer-2");
    std::string dir = temp.path().string();
    std::string path = dir + "/twice.csv";
    write_atomically(path, "name,Name\nA,B\n");
    batch::UnitResult result = batch::score_input({path, Input::Kind::csv}, {&mini(), false, false});
    CHECK(result.rows.empty());
    REQUIRE(result.invalid.size() == 1);
    CHECK(formatted(result) == std::vector<std::string>{path + ":1:2: error: column 'name' given twice (already in column 1)"});
  }

  TEST_CASE("a CSV file without any question column (an earlier scores.csv) is refused") {
    test::TempDir temp("batch-scorer-3");
    std::string dir = temp.path().string();
    std::string path = dir + "/scores.csv";
    write_atomically(path, "source,organisation,legal_form,department,overall,governance\r\na.yaml,A,scop,44,50,50\r\n");
    batch::UnitResult result = batch::score_input({path, Input::Kind::csv}, {&mini(), false, false});
    CHECK(result.rows.empty());
    REQUIRE(result.invalid.size() == 1);
    CHECK(format_diagnostic(result.invalid[0].first_error, Lang::en) ==
          path + ":1:1: error: no column matches a question of the questionnaire: this CSV file is not an export of "
                 "responses");
  }

  TEST_CASE("an unreadable file is an invalid input, not a stop") {
    batch::UnitResult result = batch::score_input({"/nonexistent/x.yaml", Input::Kind::response}, {&mini(), false, false});
    CHECK(result.rows.empty());
    REQUIRE(result.invalid.size() == 1);
    CHECK(result.invalid[0].source == "/nonexistent/x.yaml");
  }

  TEST_CASE("anonymised: no name, no path, no free text in the row or the diagnostics") {
    batch::UnitResult result = batch::score_input({csv_path, Input::Kind::csv}, {&mini(), true, false});
    REQUIRE(result.rows.size() == 3);
    CHECK(result.rows[0].source == batch::pseudonym(csv_path + ":2"));
    CHECK(result.rows[0].organisation == result.rows[0].source);
    for (const batch::ScoredRow& row : result.rows) {
      CHECK(row.json.find("Gamma") == std::string::npos);
      CHECK(row.json.find("semicolon-bom") == std::string::npos);
    }
    CHECK(formatted(result)[0] == batch::pseudonym(csv_path + ":5") +
                                      ":5:6: error: answer to 'statutes_shared': unknown option '…' (options: "
                                      "not_started, informal, formalised, improved)");
  }

  TEST_CASE("masking keeps identifiers and hides other quoted values") {
    Message m = batch::mask_quoted_values(
        msg("réponse à « {} » : option « {} » inconnue", "answer to '{}': unknown option '{}'", "ag_rate", "Les Amis"));
    CHECK(m.fr == "réponse à « ag_rate » : option « … » inconnue");
    CHECK(m.en == "answer to 'ag_rate': unknown option '…'");
  }

  TEST_CASE("anonymised: a value holding quotes or apostrophes is masked whole, in both languages") {
    test::TempDir dir("anon-quotes");
    std::string path = dir.file("r.yaml");
    write_atomically(path,
                     "format: autodiag-response/1\nquestionnaire: {id: mini, version: 1.0.0}\nstatus: in_progress\n"
                     "profile:\n  name: Delta\n  legal_form: \"Jean » Dupont « l'ami » x\"\n"
                     "answers:\n  statutes_shared: \"l'accord de Mme Martin\"\n");
    batch::UnitResult result = batch::score_input({path, Input::Kind::response}, {&mini(), true, false});
    REQUIRE(result.diagnostics.size() == 2);
    for (const Diagnostic& d : result.diagnostics) {
      for (Lang lang : {Lang::fr, Lang::en}) {
        std::string line = format_diagnostic(d, lang);
        INFO(line);
        for (const char* secret : {"Jean", "Dupont", "ami", "accord", "Martin"}) CHECK(line.find(secret) == std::string::npos);
      }
    }
    CHECK(format_diagnostic(result.diagnostics[1], Lang::en) ==
          batch::pseudonym(path) + ":8:20: error: answer to 'statutes_shared': unknown option '…' (options: "
                                   "not_started, informal, formalised, improved)");
  }
}
