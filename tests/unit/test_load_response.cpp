// One test per diagnostic of the response loader and checker (against
// tests/fixtures/mini.yaml): exact message and exact line:column.

#include "test_helpers.h"

#include "load/response_check.h"
#include "load/response_loader.h"

#include <doctest/doctest.h>

#include <string>

using namespace autodiag;
using test::response_diagnostics;

namespace {

// A response to mini.yaml whose body starts on line 4.
std::string response(const std::string& body, const std::string& status = "in_progress") {
  return "format: autodiag-response/1\nquestionnaire: {id: mini, version: 1.0.0}\nstatus: " + status + "\n" + body;
}

}  // namespace

TEST_CASE("response: a valid response loads and is checked without diagnostics") {
  std::string yaml = response(R"(language: fr
created: 2026-11-20T09:30:00Z
profile:
  name: Club
  legal_form: association
  department: 44
  employees: 3
answers:
  statutes_shared: formalised
  ag_rate: na
  annual_reviews: yes
  training: [plan, budget]
  remarks: "Rien à signaler"
)",
                              "complete");
  Diagnostics diagnostics;
  auto r = load::load_response(yaml, diagnostics);
  REQUIRE(r.has_value());
  auto set = load::check_response(test::mini(), *r, diagnostics);
  REQUIRE(set.has_value());
  CHECK(test::render(diagnostics) == "");
  const auto& q = test::mini();
  const model::Answer* department = set->effective(q.find_question("department")->index);
  REQUIRE(department != nullptr);
  CHECK(department->kind == model::Answer::Kind::option);
  CHECK(department->option == "44");
  const model::Answer* training = set->effective(q.find_question("training")->index);
  REQUIRE(training != nullptr);
  CHECK(training->options == std::vector<std::string>{"plan", "budget"});
  const model::Answer* ag_rate = set->effective(q.find_question("ag_rate")->index);
  REQUIRE(ag_rate != nullptr);
  CHECK(ag_rate->is_na());
  const model::Answer* employees = set->effective(q.find_question("employees")->index);
  REQUIRE(employees != nullptr);
  CHECK(employees->number == 3);
}

TEST_CASE("response: unknown question, unknown profile field") {
  std::string yaml = response(R"(profile:
  size: 3
answers:
  bogus: x
)");
  CHECK(response_diagnostics(yaml) ==
        "5:9: error: unknown profile field 'size'\n"
        "7:10: error: unknown question 'bogus'");
  CHECK(response_diagnostics(yaml, Lang::fr) ==
        "5:9: error: champ de profil « size » inconnu\n"
        "7:10: error: question « bogus » inconnue");
}

TEST_CASE("response: unknown option, for a choice and for a multi") {
  std::string yaml = response(R"(profile:
  legal_form: sarl
answers:
  training: [plan, coaching]
)");
  CHECK(response_diagnostics(yaml) ==
        "5:15: error: answer to 'legal_form': unknown option 'sarl' (options: association, scop)\n"
        "7:13: error: answer to 'training': unknown option 'coaching' (options: plan, budget, volunteers)");
  CHECK(response_diagnostics(yaml, Lang::fr) ==
        "5:15: error: réponse à « legal_form » : option « sarl » inconnue (options : association, scop)\n"
        "7:13: error: réponse à « training » : option « coaching » inconnue (options : plan, budget, volunteers)");
}

TEST_CASE("response: an option given twice to a multi") {
  CHECK(response_diagnostics(response("profile: {employees: 2}\nanswers:\n  training: [plan, plan]\n")) ==
        "6:13: error: answer to 'training': option 'plan' given twice");
}

TEST_CASE("response: number out of range, not a number, not an integer") {
  std::string yaml = response(R"(profile:
  employees: 2.5
answers:
  ag_rate: 150
  statutes_shared: informal
)");
  CHECK(response_diagnostics(yaml) ==
        "5:14: error: answer to 'employees': a whole number is expected, not 2.5\n"
        "7:12: error: answer to 'ag_rate': 150 is outside the allowed range (0 … 100)");
  CHECK(response_diagnostics(yaml, Lang::fr) ==
        "5:14: error: réponse à « employees » : un nombre entier est attendu, pas 2.5\n"
        "7:12: error: réponse à « ag_rate » : 150 est hors de l'intervalle permis (0 … 100)");
  CHECK(response_diagnostics(response("profile:\n  employees: -1\nanswers:\n  ag_rate: lots\n")) ==
        "5:14: error: answer to 'employees': -1 is outside the allowed range (0 … 999999999999999)\n"
        "7:12: error: answer to 'ag_rate': a number is expected, not 'lots'");
}

TEST_CASE("response: a number answer has the session's bounds: 15 digits where the question sets none") {
  // What the session refuses to type is refused in a file too, with the range.
  std::string huge(300, '1');
  std::string yaml = response("profile:\n  employees: 1.1e299\nanswers:\n  ag_rate: 1e3\n");
  CHECK(response_diagnostics(yaml) ==
        "5:14: error: answer to 'employees': 1.1e299 is outside the allowed range (0 … 999999999999999)\n"
        "7:12: error: answer to 'ag_rate': 1e3 is outside the allowed range (0 … 100)");
  CHECK(response_diagnostics(yaml, Lang::fr) ==
        "5:14: error: réponse à « employees » : 1.1e299 est hors de l'intervalle permis (0 … 999999999999999)\n"
        "7:12: error: réponse à « ag_rate » : 1e3 est hors de l'intervalle permis (0 … 100)");
  // Too long for a double, or only for the 15 digits; the message quotes 80 of the 300 digits.
  CHECK(response_diagnostics(response("profile:\n  employees: 1e400\n")) ==
        "5:14: error: answer to 'employees': 1e400 is outside the allowed range (0 … 999999999999999)");
  CHECK(response_diagnostics(response("profile:\n  employees: " + huge + "\n")) ==
        "5:14: error: answer to 'employees': " + huge.substr(0, 80) + "… is outside the allowed range (0 … 999999999999999)");
  CHECK(response_diagnostics(response("profile:\n  employees: 1000000000000000\n")) ==
        "5:14: error: answer to 'employees': 1000000000000000 is outside the allowed range (0 … 999999999999999)");
  // The largest allowed, and the way earlier versions wrote 100000.
  CHECK(response_diagnostics(response("profile:\n  employees: 999999999999999\n")) == "");
  CHECK(response_diagnostics(response("profile:\n  employees: 1e+05\n")) == "");
}

TEST_CASE("response: a number is written back in digits, never as 1e+05") {
  model::Answer a{model::Answer::Kind::number};
  a.number = 100000;
  CHECK(load::to_raw(a).scalar == "100000");
  a.number = 999999999999999;
  CHECK(load::to_raw(a).scalar == "999999999999999");
  a.number = 18.5;
  CHECK(load::to_raw(a).scalar == "18.5");
  a.number = 0.000001;
  CHECK(load::to_raw(a).scalar == "0.000001");
}

TEST_CASE("response: a list given to a single choice, a scalar given to a multi") {
  std::string yaml = response(R"(profile: {employees: 2}
answers:
  statutes_shared: [informal]
  training: plan
)");
  CHECK(response_diagnostics(yaml) ==
        "6:20: error: answer to 'statutes_shared': a single value is expected, not a list\n"
        "7:13: error: answer to 'training': a list of options is expected, e.g. [plan]");
  CHECK(response_diagnostics(yaml, Lang::fr) ==
        "6:20: error: réponse à « statutes_shared » : une seule valeur est attendue, pas une liste\n"
        "7:13: error: réponse à « training » : une liste d'options est attendue, ex. [plan]");
}

TEST_CASE("response: a mapping given as an answer") {
  CHECK(response_diagnostics(response("answers:\n  statutes_shared: {level: informal}\n")) ==
        "5:20: error: answer to 'statutes_shared': a value or a list is expected, not a mapping");
}

TEST_CASE("response: yes or no expected") {
  CHECK(response_diagnostics(response("profile: {employees: 2}\nanswers:\n  annual_reviews: oui\n")) ==
        "6:19: error: answer to 'annual_reviews': yes or no is expected, not 'oui'");
}

TEST_CASE("response: na where the question does not offer it") {
  std::string yaml = response("answers:\n  statutes_shared: na\n");
  CHECK(response_diagnostics(yaml) ==
        "5:20: error: answer to 'statutes_shared': 'not applicable' is not offered for this question");
  CHECK(response_diagnostics(yaml, Lang::fr) ==
        "5:20: error: réponse à « statutes_shared » : « non applicable » n'est pas proposé pour cette question");
}

TEST_CASE("response: an answer to a hidden question is a warning, and is not used") {
  std::string yaml = response(R"(profile:
  employees: 0
answers:
  annual_reviews: yes
  training: []
)");
  Diagnostics diagnostics;
  auto r = load::load_response(yaml, diagnostics);
  REQUIRE(r.has_value());
  auto set = load::check_response(test::mini(), *r, diagnostics);
  REQUIRE(set.has_value());
  CHECK(test::render(diagnostics) ==
        "7:19: warning: 'annual_reviews' is answered but its condition (employees >= 1) is false: the answer is "
        "ignored\n"
        "8:13: warning: 'training' is answered but its condition (employees >= 1) is false: the answer is ignored");
  CHECK(test::render_fr(diagnostics) ==
        "7:19: warning: « annual_reviews » a une réponse mais sa condition (employees >= 1) est fausse : la réponse "
        "est ignorée\n"
        "8:13: warning: « training » a une réponse mais sa condition (employees >= 1) est fausse : la réponse est "
        "ignorée");
  size_t index = test::mini().find_question("annual_reviews")->index;
  CHECK(set->presence[index] == model::Presence::hidden);
  CHECK(set->answers[index].has_value());
  CHECK(set->effective(index) == nullptr);
}

TEST_CASE("response: an answer in a theme not addressed is a warning") {
  std::string yaml = response("answers:\n  remarks: \"x\"\nnot_addressed: [employer]\n");
  CHECK(response_diagnostics(yaml) ==
        "5:12: warning: 'remarks' is answered but its theme is not addressed this year: the answer is ignored");
}

TEST_CASE("response: complete with a required question unanswered") {
  std::string yaml = response("answers:\n  statutes_shared: informal\n", "complete");
  CHECK(response_diagnostics(yaml) ==
        "3:9: error: the response is marked complete but required question 'name' is unanswered");
  CHECK(response_diagnostics(yaml, Lang::fr) ==
        "3:9: error: la réponse est marquée complète mais la question obligatoire « name » n'a pas de réponse");
  // The same response in progress is fine.
  CHECK(response_diagnostics(response("answers:\n  statutes_shared: informal\n")) == "");
}

TEST_CASE("response: another major version is refused, another minor version gives a warning") {
  std::string major = "format: autodiag-response/1\nquestionnaire: {id: mini, version: 2.0.0}\nstatus: in_progress\n";
  CHECK(response_diagnostics(major) ==
        "2:16: error: this response was made with version 2.0.0 of the questionnaire, which is incompatible with the "
        "loaded version 1.0.0 (different major version)");
  CHECK(response_diagnostics(major, Lang::fr) ==
        "2:16: error: cette réponse a été faite avec la version 2.0.0 du questionnaire, incompatible avec la version "
        "1.0.0 chargée (version majeure différente)");
  std::string minor = "format: autodiag-response/1\nquestionnaire:\n  id: mini\n  version: 1.3.0\nstatus: in_progress\n";
  Diagnostics diagnostics;
  auto r = load::load_response(minor, diagnostics);
  REQUIRE(r.has_value());
  CHECK(load::check_response(test::mini(), *r, diagnostics).has_value());
  CHECK(test::render(diagnostics) ==
        "3:3: warning: this response was made with version 1.3.0 of the questionnaire; the loaded version is 1.0.0");
  CHECK(test::render_fr(diagnostics) ==
        "3:3: warning: cette réponse a été faite avec la version 1.3.0 du questionnaire ; la version chargée est "
        "1.0.0");
  // Another patch version says nothing.
  CHECK(response_diagnostics("format: autodiag-response/1\nquestionnaire: {id: mini, version: 1.0.7}\n"
                             "status: in_progress\n") == "");
}

TEST_CASE("response: another questionnaire id is refused") {
  std::string yaml = "format: autodiag-response/1\nquestionnaire: {id: other, version: 1.0.0}\nstatus: in_progress\n";
  CHECK(response_diagnostics(yaml) == "2:16: error: this response is for questionnaire 'other', not 'mini'");
  CHECK(response_diagnostics(yaml, Lang::fr) ==
        "2:16: error: cette réponse concerne le questionnaire « other », pas « mini »");
}

TEST_CASE("response: a version that is not a version") {
  CHECK(response_diagnostics("format: autodiag-response/1\nquestionnaire: {id: mini, version: latest}\n"
                             "status: in_progress\n") == "2:16: error: invalid version 'latest'");
}

TEST_CASE("response: unknown theme in not_addressed, comments and targets on unknown ids") {
  std::string yaml = response(R"(not_addressed: [governance, finance]
comments:
  nothing: "x"
targets:
  finance: {one_year: 50}
)");
  CHECK(response_diagnostics(yaml) ==
        "4:29: error: unknown theme 'finance'\n"
        "6:3: error: comment on 'nothing', which does not exist\n"
        "8:3: error: target for theme 'finance', which does not exist");
  CHECK(response_diagnostics(yaml, Lang::fr) ==
        "4:29: error: thème « finance » inconnu\n"
        "6:3: error: commentaire sur « nothing », qui n'existe pas\n"
        "8:3: error: objectif pour le thème « finance », qui n'existe pas");
}

TEST_CASE("response: targets outside 0-100") {
  std::string yaml = response(R"(targets:
  governance: {one_year: 120, three_years: -5}
  employer:
    one_year: "50"
)");
  CHECK(response_diagnostics(yaml) ==
        "5:26: error: 'one_year' must be between 0 and 100\n"
        "5:44: error: 'three_years' must be between 0 and 100\n"
        "7:15: error: 'one_year' must be a number written without quotes: 50");
  CHECK(response_diagnostics(yaml, Lang::fr) ==
        "5:26: error: « one_year » doit être entre 0 et 100\n"
        "5:44: error: « three_years » doit être entre 0 et 100\n"
        "7:15: error: « one_year » doit être un nombre écrit sans guillemets : 50");
}

TEST_CASE("response: a profile field under answers, a question under profile") {
  std::string yaml = response(R"(profile:
  statutes_shared: informal
answers:
  name: Club
)");
  CHECK(response_diagnostics(yaml) ==
        "5:20: error: 'statutes_shared' is a question, not a profile field: put it under 'answers'\n"
        "7:9: error: 'name' is a profile field: put it under 'profile'");
  CHECK(response_diagnostics(yaml, Lang::fr) ==
        "5:20: error: « statutes_shared » est une question, pas un champ du profil : placez-la sous « answers »\n"
        "7:9: error: « name » est un champ du profil : placez-le sous « profile »");
}

TEST_CASE("response: structure errors: format, missing keys, unknown keys, status, timestamps, types") {
  CHECK(response_diagnostics("format: autodiag-response/2\nquestionnaire: {id: mini}\nstate: done\n") ==
        "1:9: error: unsupported format 'autodiag-response/2' (expected autodiag-response/1)\n"
        "2:16: error: missing required key 'version'\n"
        "1:1: error: missing required key 'status'\n"
        "3:1: error: unknown key 'state'");
  CHECK(response_diagnostics(response("created: 26/11/2026\nupdated: [now]\nanswers: [a]\nnot_addressed: employer\n",
                                      "finished")) ==
        "3:9: error: unknown status 'finished' (in_progress or complete)\n"
        "4:10: error: invalid timestamp '26/11/2026' (expected 2026-11-26T09:30:00Z)\n"
        "5:10: error: 'updated' must be a text, not a list\n"
        "6:10: error: 'answers' must be a mapping (key: value), not a list\n"
        "7:16: error: 'not_addressed' must be a list, not a text");
  CHECK(response_diagnostics("- format\n") == "1:1: error: 'response' must be a mapping (key: value), not a list");
}

TEST_CASE("response: an answer left empty is unanswered") {
  Diagnostics diagnostics;
  auto r = load::load_response(response("answers:\n  statutes_shared:\n  remarks: \"\"\n"), diagnostics);
  REQUIRE(r.has_value());
  CHECK(test::render(diagnostics) == "");
  CHECK(r->find_value("statutes_shared") == nullptr);
  REQUIRE(r->find_value("remarks") != nullptr);
  CHECK(r->find_value("remarks")->scalar == "");
}

TEST_CASE("response: JSON, where every string is quoted") {
  const char* json = R"({"format": "autodiag-response/1",
 "questionnaire": {"id": "mini", "version": "1.0.0"},
 "status": "in_progress",
 "profile": {"department": "44", "employees": 12},
 "answers": {"ag_rate": "na", "statutes_shared": "improved", "training": ["plan"], "remarks": "na"}})";
  Diagnostics diagnostics;
  auto r = load::load_response(json, diagnostics);
  REQUIRE(r.has_value());
  auto set = load::check_response(test::mini(), *r, diagnostics);
  REQUIRE(set.has_value());
  CHECK(test::render(diagnostics) == "");
  const auto& q = test::mini();
  CHECK(set->effective(q.find_question("ag_rate")->index)->is_na());
  // For a text question, only the bare word na means N/A.
  const model::Answer* remarks = set->effective(q.find_question("remarks")->index);
  REQUIRE(remarks != nullptr);
  CHECK(remarks->kind == model::Answer::Kind::text);
  CHECK(remarks->text == "na");
  CHECK(set->effective(q.find_question("department")->index)->option == "44");
}

TEST_CASE("response: JSON syntax errors have positions") {
  CHECK(response_diagnostics("{\"format\": \"autodiag-response/1\",\n \"status\": \"complete\" \"x\": 1}\n") ==
        "2:23: error: YAML syntax error: a '{ }' list is not closed properly: a comma or '}' is missing");
}

TEST_CASE("response: interpret() and to_raw() are inverse for every kind of answer") {
  const auto& q = test::mini();
  auto round = [&](const char* id, model::RawValue raw) {
    Message why;
    auto answer = load::interpret(*q.find_question(id), raw, why);
    REQUIRE_MESSAGE(answer.has_value(), why.en);
    model::RawValue back = load::to_raw(*answer);
    CHECK(back.is_list == raw.is_list);
    CHECK(back.scalar == raw.scalar);
    CHECK(back.items == raw.items);
  };
  round("statutes_shared", {false, "informal", false, {}, {}});
  round("ag_rate", {false, "18.5", false, {}, {}});
  round("ag_rate", {false, "na", false, {}, {}});
  round("training", {true, "", false, {"plan", "volunteers"}, {}});
  round("training", {true, "", false, {}, {}});
  round("remarks", {false, "a: b", true, {}, {}});
  round("department", {false, "44", true, {}, {}});
}
