// The questionnaire keys of issue 11 (support scope and dates, migrations)
// and the reading of last year's 1.0.0 responses through `migrations:`.

#include "load/checked_response.h"
#include "load/migrate.h"
#include "load/response_loader.h"

#include "test_report_fixtures.h"

#include <doctest/doctest.h>

using namespace autodiag;
using test::questionnaire_diagnostics;

namespace {

const char* head = R"(format: autodiag-questionnaire/1
id: t
version: 2.0.0
title: T
languages: [fr]
profile:
  - id: department
    role: department
    type: choice
    text: Département
    options: [{id: "72", label: Sarthe, region: pays-de-la-loire}, {id: "53", label: Mayenne, region: pays-de-la-loire}]
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - id: th
    title: Thème
    questions:
      - {id: q1, type: choice, text: Q1, options: [{id: a, score: 0, label: A}, {id: b, score: 1, label: B}], actions: {0: Faire}}
)";

// The notes of reading a 1.0.0 persona with the 2.0.0 questionnaire.
std::pair<model::Response, std::string> migrated(const std::string& name) {
  std::string path = "tests/fixtures/persona-1.0.0/" + name + ".yaml";
  Diagnostics notes(path);
  auto response = load::load_response(test::read_source_file(path), notes);
  REQUIRE(response);
  CHECK(load::migrate_response(test::guide(), *response, notes));
  return {std::move(*response), test::render(notes)};
}

}  // namespace

TEST_CASE("support: scope, checked date and region are checked where they are written") {
  std::string yaml = std::string(head) + R"(support:
  - id: s
    name: S
    description: D
    scope: city
    checked: 2026-02-30
    regions: [bretagne]
  - {id: ok, name: O, description: D, scope: department, checked: 2026-11-27, regions: [pays-de-la-loire], verified: false}
)";
  CHECK(questionnaire_diagnostics(yaml) ==
        "23:12: error: unknown scope 'city' (sector, network, department, region, national)\n"
        "24:14: error: 'checked' expects a YYYY-MM-DD date, not '2026-02-30'\n"
        "20:5: error: support option 's': no department or region option leads to region 'bretagne'");
  CHECK(questionnaire_diagnostics(yaml, Lang::fr) ==
        "23:12: error: portée « city » inconnue (sector, network, department, region, national)\n"
        "24:14: error: « checked » attend une date AAAA-MM-JJ, pas « 2026-02-30 »\n"
        "20:5: error: accompagnement « s » : aucune option de département ou de région ne mène à la région « bretagne »");
}

TEST_CASE("migrations: current ids and options must exist, and only earlier versions are read") {
  std::string yaml = std::string(head) + R"(migrations:
  - from: 1
    rename: {old: q2}
    split: {both: [q1]}
    remove: {gone: {fr: parti}}
    options: {q1: {x: a, y: c, z: ~}}
  - from: 2
)";
  CHECK(questionnaire_diagnostics(yaml) ==
        "22:19: error: 'split' needs at least two questions\n"
        "20:5: error: migration from 1: question 'q2' is unknown in this version\n"
        "20:5: error: migration from 1: 'q1' has no option 'c'\n"
        "25:5: error: a migration reads an earlier version: 'from' must be less than 2");
}

TEST_CASE("persona A of last year: service civique dropped, split questions carry the old answer") {
  auto [response, notes] = migrated("persona-a-association-sportive");
  CHECK(notes ==
        "3:3: warning: response made with version 1.0.0 of the questionnaire, read with version 2.1.0\n"
        "13:20: warning: 'service_civique' (version 1.0.0) is not carried over: the number of service civique volunteers "
        "no longer changes the headcount used since 2018\n"
        "36:22: warning: 'user_satisfaction' (version 1.0.0) became 2 questions (user_satisfaction, complaints_handling): "
        "the same answer is carried over to each, check it\n"
        "37:19: warning: 'access_for_all' (version 1.0.0) became 2 questions (access_low_income, access_disability): "
        "the same answer is carried over to each, check it");
  CHECK(response.questionnaire_version == "2.1.0");
  CHECK(response.find_value("service_civique") == nullptr);
  CHECK(response.find_value("user_satisfaction")->scalar == "not_started");
  CHECK(response.find_value("complaints_handling")->scalar == "not_started");
  CHECK(response.find_value("access_low_income")->scalar == "formalised");
  CHECK(response.find_value("access_disability")->scalar == "formalised");
  CHECK(response.find_value("access_for_all") == nullptr);
  REQUIRE(response.find_comment("access_low_income") != nullptr);
  CHECK(*response.find_comment("access_low_income") ==
        "Tarif réduit pour les familles au quotient familial bas ; nous acceptons le Pass'Sport.");
  // And it is then a valid 2.1.0 response.
  Diagnostics d;
  CHECK(load::check_response(test::guide(), response, d));
  CHECK_FALSE(d.has_errors());
}

TEST_CASE("persona D of last year: 'another region' has no equivalent among the 101 departments") {
  auto [response, notes] = migrated("persona-d-banque-cooperative");
  CHECK(notes.find("15:15: warning: answer 'other' to 'department' (version 1.0.0) has no equivalent and is not carried over") !=
        std::string::npos);
  CHECK(response.find_value("department") == nullptr);
}

TEST_CASE("a response of the current version, or of a version no migration reads, is left alone") {
  Diagnostics notes;
  auto current = load::load_response(test::read_source_file("examples/persona-a-association-sportive.yaml"), notes);
  REQUIRE(current);
  CHECK_FALSE(load::migrate_response(test::guide(), *current, notes));
  auto future = load::load_response(test::read_source_file("tests/fixtures/score/other-major.yaml"), notes);
  REQUIRE(future);
  future->questionnaire_version = "4.0.0";
  CHECK_FALSE(load::migrate_response(test::guide(), *future, notes));
  CHECK(future->questionnaire_version == "4.0.0");
  CHECK(notes.items().empty());
}
