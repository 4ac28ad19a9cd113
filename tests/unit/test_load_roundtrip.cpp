// Reading a response and writing it back gives the same bytes for a
// canonical file; any other file reaches a fixed point after one write.

#include "test_helpers.h"

#include "load/response_check.h"
#include "load/response_loader.h"
#include "load/response_writer.h"

#include <doctest/doctest.h>

#include <regex>
#include <string>

using namespace autodiag;

namespace {

model::Response read(std::string_view text) {
  Diagnostics diagnostics;
  auto r = load::load_response(text, diagnostics);
  REQUIRE_MESSAGE(r.has_value(), test::render(diagnostics));
  CHECK(test::render(diagnostics) == "");
  // Every fixture is also a valid response to mini.yaml (warnings aside:
  // answers in a theme not addressed are kept, and written back).
  CHECK(load::check_response(test::mini(), *r, diagnostics).has_value());
  CHECK(diagnostics.count(Severity::error) == 0);
  return std::move(*r);
}

std::string rewrite(std::string_view text) { return load::write_response(read(text)); }

// A response to mini.yaml whose only answer is `text` for the free-text question.
model::Response with_remarks(const std::string& text) {
  model::Response r;
  r.questionnaire_id = "mini";
  r.questionnaire_version = "1.0.0";
  model::Answer answer{model::Answer::Kind::text};
  answer.text = text;
  r.set_value("remarks", false, load::to_raw(answer));
  return r;
}

}  // namespace

TEST_CASE("round trip: a canonical response is written back byte for byte") {
  std::string canonical = test::read_source_file("tests/fixtures/responses/canonical.yaml");
  CHECK(rewrite(canonical) == canonical);
}

TEST_CASE("round trip: the canonical fixture holds what it is meant to test") {
  model::Response r = read(test::read_source_file("tests/fixtures/responses/canonical.yaml"));
  const model::RawValue* department = r.find_value("department");
  REQUIRE(department != nullptr);
  CHECK(department->scalar == "44");
  CHECK(department->quoted);
  const model::RawValue* remarks = r.find_value("remarks");
  REQUIRE(remarks != nullptr);
  CHECK(remarks->scalar == "Ligne 1\nLigne 2: deux-points, accents éàç, tab\tfin, backslash \\ fin");
  CHECK(r.find_value("name")->scalar == "L'Équipe : « test » \"quoted\" # not a comment");
  CHECK(r.find_value("training")->items == std::vector<std::string>{"plan", "volunteers"});
  CHECK(r.find_value("ag_rate")->scalar == "na");
  CHECK_FALSE(r.find_value("ag_rate")->quoted);
  CHECK(r.not_addressed == std::vector<std::string>{"employer"});
  REQUIRE(r.find_comment("statutes_shared") != nullptr);
  CHECK(*r.find_comment("statutes_shared") == "Voir \"Statuts 2024\" : article 3\n- liste\n- à puces");
  REQUIRE(r.find_target("governance") != nullptr);
  CHECK(r.find_target("governance")->three_years == 80.5);
  CHECK_FALSE(r.find_target("employer")->one_year.has_value());
}

TEST_CASE("round trip: a hand-written YAML response reaches its canonical form in one write") {
  std::string once = rewrite(test::read_source_file("tests/fixtures/responses/non-canonical.yaml"));
  CHECK(once == R"(format: autodiag-response/1
questionnaire:
  id: mini
  version: 1.0.0
status: complete
profile:
  employees: 011
  department: 44
  legal_form: association
  name: "Club sportif\ndu Maine\n"
answers:
  remarks: "Folded text on two lines.\n"
  training: [plan, budget]
  statutes_shared: improved
  ag_rate: 18.50
  annual_reviews: "no"
not_addressed: [governance]
comments:
  remarks: "plain comment"
  statutes_shared: "improved"
targets:
  governance: {one_year: 60, three_years: 80}
)");
  CHECK(rewrite(once) == once);
}

TEST_CASE("round trip: a JSON response reaches its canonical form in one write") {
  std::string once = rewrite(test::read_source_file("tests/fixtures/responses/non-canonical.json"));
  CHECK(once == R"(format: autodiag-response/1
questionnaire:
  id: mini
  version: 1.0.0
status: in_progress
updated: 2026-11-20T10:05:12Z
profile:
  department: "44"
  employees: 3
  name: "Club \"sportif\"\ndu Maine"
answers:
  ag_rate: "na"
  statutes_shared: "informal"
  training: []
  annual_reviews: "yes"
  remarks: "été 🌞"
targets:
  governance: {one_year: 10}
)");
  CHECK(rewrite(once) == once);
}

TEST_CASE("round trip: JSON surrogate pairs (\\ud83c\\udf1e) are read as one character") {
  model::Response r = read(R"({"format": "autodiag-response/1", "questionnaire": {"id": "mini", "version": "1.0.0"},
 "status": "in_progress", "answers": {"remarks": "a\ud83c\udf1eb \\ud83c \u00e9"}})");
  REQUIRE(r.find_value("remarks") != nullptr);
  CHECK(r.find_value("remarks")->scalar == R"(a🌞b \ud83c é)");
}

TEST_CASE("round trip: answers changed in memory are written canonically") {
  model::Response r = read(test::read_source_file("tests/fixtures/responses/canonical.yaml"));
  const auto& q = test::mini();
  model::Answer text{model::Answer::Kind::text};
  text.text = "Nouveau : « texte »\n# pas un commentaire";
  r.set_value("remarks", false, load::to_raw(text));
  model::Answer none{model::Answer::Kind::options};
  r.set_value("training", false, load::to_raw(none));
  model::Answer rate{model::Answer::Kind::number};
  rate.number = 18.25;
  r.set_value("ag_rate", false, load::to_raw(rate));
  r.erase_value("annual_reviews");
  model::Answer employees{model::Answer::Kind::number};
  employees.number = 0;
  r.set_value("employees", true, load::to_raw(employees));
  r.set_comment("ag_rate", "");
  r.set_comment("remarks", "Ajouté");
  r.not_addressed.clear();
  r.not_addressed_marks.clear();
  r.status = model::Status::complete;
  std::string written = load::write_response(r);
  CHECK(written == R"(format: autodiag-response/1
questionnaire:
  id: mini
  version: 1.0.0
status: complete
language: fr
created: 2026-11-20T09:30:00Z
updated: 2026-11-20T10:05:12Z
profile:
  name: "L'Équipe : « test » \"quoted\" # not a comment"
  legal_form: association
  department: "44"
  employees: 0
answers:
  statutes_shared: formalised
  ag_rate: 18.25
  training: []
  remarks: "Nouveau : « texte »\n# pas un commentaire"
comments:
  statutes_shared: "Voir \"Statuts 2024\" : article 3\n- liste\n- à puces"
  remarks: "Ajouté"
targets:
  governance: {one_year: 60, three_years: 80.5}
  employer: {three_years: 40}
)");
  CHECK(rewrite(written) == written);
  // And it is still a valid, complete response (no employees now hides training).
  Diagnostics diagnostics;
  auto again = load::load_response(written, diagnostics);
  REQUIRE(again.has_value());
  CHECK(load::check_response(q, *again, diagnostics).has_value());
  CHECK(test::render(diagnostics) ==
        "17:13: warning: 'training' is answered but its condition (employees >= 1) is false: the answer is ignored");
}

TEST_CASE("round trip: the smallest response") {
  const char* smallest = "format: autodiag-response/1\nquestionnaire:\n  id: mini\n  version: 1.0.0\nstatus: in_progress\n";
  CHECK(rewrite(smallest) == smallest);
}

TEST_CASE("round trip: texts that YAML would misread unless quoted") {
  for (const char* text : {"", "yes", "no", "true", "null", "~", "44", "1e3", "- item", "a: b", "#hash", " lead",
                           "trail ", "[list]", "{map}", "'single'", "\"double\"", "@at", "`tick", "%percent",
                           "line\r\nbreak", "tab\there", "bell\x07", "été", "*alias", "&anchor", "!tag", "|", ">",
                           "---", "..."}) {
    CAPTURE(text);
    std::string written = load::write_response(with_remarks(text));
    model::Response back = read(written);
    REQUIRE(back.find_value("remarks") != nullptr);
    CHECK(back.find_value("remarks")->scalar == text);
    CHECK(load::write_response(back) == written);
  }
}

TEST_CASE("round trip: a long text stays on one line") {
  model::Response r;
  r.questionnaire_id = "mini";
  r.questionnaire_version = "1.0.0";
  std::string long_text;
  for (int i = 0; i < 100; ++i) long_text += "mot" + std::to_string(i) + " ";
  r.set_comment("remarks", long_text);
  std::string written = load::write_response(r);
  CHECK(written.find("  remarks: \"" + long_text + "\"\n") != std::string::npos);
  CHECK(read(written).comments.front().second == long_text);
}

TEST_CASE("round trip: now_timestamp has the documented shape") {
  CHECK(std::regex_match(load::now_timestamp(), std::regex(R"(20[0-9]{2}-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-6][0-9]Z)")));
}

TEST_CASE("round trip: control characters in quoted values that the writer would otherwise write bare") {
  const char* json = "{\"format\": \"autodiag-response/1\", \"questionnaire\": {\"id\": \"mini\", \"version\": \"1.0.\\r\"},"
                     " \"status\": \"in_progress\", \"created\": \"2026-11-20T09:30:00Z\","
                     " \"answers\": {\"training\": [\"plan\\r\", \"a\\nb\", \"tab\\t\"], \"ag_rate\": \"1\\r\"}}";
  Diagnostics diagnostics;
  auto r = load::load_response(json, diagnostics);
  REQUIRE(r.has_value());
  std::string once = load::write_response(*r);
  CHECK(once == R"(format: autodiag-response/1
questionnaire:
  id: mini
  version: "1.0.\r"
status: in_progress
created: 2026-11-20T09:30:00Z
answers:
  training: ["plan\r", "a\nb", "tab\t"]
  ag_rate: "1\r"
)");
  Diagnostics again;
  auto back = load::load_response(once, again);
  REQUIRE(back.has_value());
  CHECK(back->questionnaire_version == "1.0.\r");
  CHECK(back->find_value("training")->items == std::vector<std::string>{"plan\r", "a\nb", "tab\t"});
  CHECK(load::write_response(*back) == once);
}

TEST_CASE("round trip: hidden characters are written as escapes and read back as they were") {
  // Bidi override, zero-width space, BOM, C1 next line (which yaml-cpp
  // escapes itself), line separator: a terminal or an editor showing the
  // file would reorder or hide text.
  const std::string text = "a\u202eb\u200bc\ufeffd\u0085e\u2028f\U0001F600";
  model::Response r = with_remarks(text);
  r.set_comment("remarks", text);
  std::string written = load::write_response(r);
  CHECK(written == "format: autodiag-response/1\nquestionnaire:\n  id: mini\n  version: 1.0.0\nstatus: in_progress\n"
                   "answers:\n  remarks: \"a\\u202eb\\u200bc\\ufeffd\\x85e\\u2028f\U0001F600\"\n"
                   "comments:\n  remarks: \"a\\u202eb\\u200bc\\ufeffd\\x85e\\u2028f\U0001F600\"\n");
  model::Response back = read(written);
  REQUIRE(back.find_value("remarks") != nullptr);
  CHECK(back.find_value("remarks")->scalar == text);
  REQUIRE(back.find_comment("remarks") != nullptr);
  CHECK(*back.find_comment("remarks") == text);
  CHECK(load::write_response(back) == written);
}
