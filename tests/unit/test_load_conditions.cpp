// Conditions (`when`, `eligible`) as the questionnaire loader reads them:
// parse errors point at the offending token inside the condition, wherever
// and however the condition is written in the file; references are checked.

#include "test_helpers.h"

#include "load/condition_parser.h"
#include "load/questionnaire_loader.h"

#include <doctest/doctest.h>

#include <string>

using namespace autodiag;

namespace {

// `when_lines` replaces line 20 (`when:` starts at column 9); a quoted
// condition starts at column 16, an unquoted one at column 15.
std::string with_when(const std::string& when_lines) {
  return R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: T
languages: [fr]
profile:
  - {id: employees, type: number, text: Salariés}
  - {id: department, type: choice, text: Dép, options: [{id: "44", label: L-A}, {id: other, label: Autre}]}
  - {id: member, type: yesno, text: Membre}
  - {id: tools, type: multi, text: Outils, options: [{id: crm, label: CRM}, {id: erp, label: ERP}]}
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - id: th
    title: Thème
    questions:
      - id: q1
        type: text
        text: Q1
        )" + when_lines + R"(
      - {id: q2, type: text, text: Q2}
)";
}

std::string when_diagnostics(const std::string& when_lines, Lang lang = Lang::en) {
  return test::questionnaire_diagnostics(with_when(when_lines), lang);
}

}  // namespace

TEST_CASE("conditions: the test questionnaire loads with a valid condition") {
  Diagnostics diagnostics;
  auto q = load::load_questionnaire(with_when(R"~(when: "employees >= 1 and member == yes")~"), diagnostics);
  REQUIRE(q.has_value());
  CHECK(diagnostics.items().empty());
  const model::Question* q1 = q->find_question("q1");
  REQUIRE(q1 != nullptr);
  CHECK(q1->when_source == "employees >= 1 and member == yes");
  REQUIRE(q1->when.has_value());
  CHECK(q1->when->op == model::Condition::Op::all_of);
  REQUIRE(q1->when->operands.size() == 2);
  CHECK(q1->when->operands[0].field_index == 0);
  CHECK(q1->when->operands[1].field_index == 2);
}

TEST_CASE("conditions: parse errors point at the offending token, quoted and unquoted") {
  CHECK(when_diagnostics(R"~(when: "employees >> 1")~") == "20:27: error: invalid condition: value expected");
  CHECK(when_diagnostics(R"~(when: employees >> 1)~") == "20:26: error: invalid condition: value expected");
  CHECK(when_diagnostics(R"~(when: "employees ! 1")~") == "20:26: error: invalid condition: unexpected character '!'");
  CHECK(when_diagnostics(R"~(when: employees ! 1)~") == "20:25: error: invalid condition: unexpected character '!'");
  CHECK(when_diagnostics(R"~(when: 'employees == 1 or member = yes')~") ==
        "20:41: error: invalid condition: unexpected character '='");
  CHECK(when_diagnostics(R"~(when: "Employees >= 1")~") ==
        "20:16: error: invalid condition: question id expected, not 'Employees'");
  CHECK(when_diagnostics(R"~(when: "employees >= 1 and or member == yes")~") ==
        "20:35: error: invalid condition: question id expected, not 'or'");
  CHECK(when_diagnostics(R"~(when: "employees >= 1 member == yes")~") ==
        "20:31: error: invalid condition: unexpected 'member'");
  CHECK(when_diagnostics(R"~(when: "employees >= é")~") == "20:29: error: invalid condition: unexpected character 'é'");
}

TEST_CASE("conditions: parse errors in French") {
  CHECK(when_diagnostics(R"~(when: "employees >> 1")~", Lang::fr) == "20:27: error: condition invalide : valeur attendue");
  CHECK(when_diagnostics(R"~(when: employees ! 1)~", Lang::fr) ==
        "20:25: error: condition invalide : caractère inattendu « ! »");
  CHECK(when_diagnostics(R"~(when: "employees")~", Lang::fr) ==
        "20:25: error: condition invalide : opérateur attendu après « employees » (==, !=, <, <=, >, >=, in, contains)");
}

TEST_CASE("conditions: an error at the end points just after the last word") {
  CHECK(when_diagnostics(R"~(when: "employees >= 1 and")~") ==
        "20:34: error: invalid condition: question id expected at the end of the condition");
  CHECK(when_diagnostics(R"~(when: employees >= 1 and)~") ==
        "20:33: error: invalid condition: question id expected at the end of the condition");
  CHECK(when_diagnostics(R"~(when: "employees >= ")~") == "20:28: error: invalid condition: value expected");
  CHECK(when_diagnostics(R"~(when: "(employees >= 1")~") == "20:31: error: invalid condition: ')' expected");
  CHECK(when_diagnostics(R"~(when: "employees in [1, 2")~") == "20:34: error: invalid condition: ']' expected");
  CHECK(when_diagnostics(R"~(when: "employees")~") ==
        "20:25: error: invalid condition: operator expected after 'employees' (==, !=, <, <=, >, >=, in, contains)");
  CHECK(when_diagnostics(R"~(when: "answered(employees")~") == "20:34: error: invalid condition: ')' expected");
  CHECK(when_diagnostics(R"~(when: "")~") == "20:16: error: invalid condition: question id expected at the end of the condition");
}

TEST_CASE("conditions: unterminated quoted text points at its opening quote") {
  CHECK(when_diagnostics(R"~(when: "department == 'x")~") ==
        "20:30: error: invalid condition: unterminated quoted text");
  // Inside a single-quoted YAML string, '' stands for one quote.
  CHECK(when_diagnostics(R"~(when: 'department == ''x')~") ==
        "20:30: error: invalid condition: unterminated quoted text");
}

TEST_CASE("conditions: positions inside escaped, folded, literal and multi-line conditions") {
  // \t is two characters in the file, one in the condition.
  CHECK(when_diagnostics(R"~(when: "employees\t>= 1 and \"x\" == 2")~") ==
        "20:36: error: invalid condition: unexpected character '\"'");
  CHECK(when_diagnostics("when: |\n          employees >= 1 and\n          foo == 2") ==
        "22:11: error: the condition refers to 'foo', which does not exist");
  CHECK(when_diagnostics("when: >-\n          employees >= 1 and\n            foo == 2") ==
        "22:13: error: the condition refers to 'foo', which does not exist");
  CHECK(when_diagnostics("when: employees >= 1 and\n          foo == 2") ==
        "21:11: error: the condition refers to 'foo', which does not exist");
  CHECK(when_diagnostics("when: \"employees >= 1 and\n          foo == 2\"") ==
        "21:11: error: the condition refers to 'foo', which does not exist");
  CHECK(when_diagnostics("when: |\n          employees >= 1 and\n\n") ==
        "21:29: error: invalid condition: question id expected at the end of the condition");
  CHECK(when_diagnostics(R"~(when: &w "employees >= 1 and foo == 2")~") ==
        "20:38: error: the condition refers to 'foo', which does not exist");
  CHECK(when_diagnostics(R"~(when: !!str employees >= 1 or foo == 2)~") ==
        "20:39: error: the condition refers to 'foo', which does not exist");
}

TEST_CASE("conditions: a condition nested 1,000 times is an error, not a crash") {
  std::string deep = "when: \"" + std::string(1'000, '(') + "employees >= 1" + std::string(1'000, ')') + "\"";
  // The 33rd parenthesis goes one level too deep.
  CHECK(when_diagnostics(deep) == "20:48: error: invalid condition: condition nested too deeply");
  CHECK(when_diagnostics(deep, Lang::fr) == "20:48: error: condition invalide : condition trop imbriquée");
  std::string nots = "when: \"";
  for (int i = 0; i < 1'000; ++i) nots += "not ";
  nots += "answered(employees)\"";
  CHECK(when_diagnostics(nots) == "20:144: error: invalid condition: condition nested too deeply");
  std::string open_only = "when: \"" + std::string(1'000, '(') + "\"";
  CHECK(when_diagnostics(open_only) == "20:48: error: invalid condition: condition nested too deeply");
}

TEST_CASE("conditions: a condition of 20,000 terms is refused at once, at its start") {
  std::string many = "when: \"employees >= 1";
  for (int i = 0; i < 20'000; ++i) many += " or employees >= 1";
  many += "\"";
  CHECK(when_diagnostics(many) == "20:16: error: invalid condition: condition too long (360014 bytes, at most 4096)");
  CHECK(when_diagnostics(many, Lang::fr) ==
        "20:16: error: condition invalide : condition trop longue (360014 octets, 4096 au plus)");
  std::string limit = "when: \"employees >= 1";
  while (limit.size() + 18 < 4096 + 7) limit += " or employees >= 1";
  limit += std::string(4096 + 7 - limit.size(), ' ') + "\"";
  CHECK(when_diagnostics(limit) == "");
}

TEST_CASE("conditions: 32 levels of parentheses are accepted") {
  std::string yaml = with_when("when: \"" + std::string(31, '(') + "employees >= 1" + std::string(31, ')') + "\"");
  Diagnostics diagnostics;
  CHECK(load::load_questionnaire(yaml, diagnostics).has_value());
  CHECK(test::render(diagnostics) == "");
}

TEST_CASE("conditions: reference to an unknown question") {
  CHECK(when_diagnostics(R"~(when: "foo == 1")~") == "20:16: error: the condition refers to 'foo', which does not exist");
  CHECK(when_diagnostics(R"~(when: "foo == 1")~", Lang::fr) == "20:16: error: la condition cite « foo », qui n'existe pas");
  // Every leaf is checked, not only the first one.
  CHECK(when_diagnostics(R"~(when: "foo == 1 or answered(bar)")~") ==
        "20:16: error: the condition refers to 'foo', which does not exist\n"
        "20:37: error: the condition refers to 'bar', which does not exist");
  CHECK(when_diagnostics(R"~(when: "answered(na)")~") == "20:25: error: the condition refers to 'na', which does not exist");
}

TEST_CASE("conditions: reference to a later question, or to the question itself") {
  CHECK(when_diagnostics(R"~(when: "q2 == x")~") ==
        "20:16: error: the condition refers to 'q2', which comes after this question");
  CHECK(when_diagnostics(R"~(when: "q2 == x")~", Lang::fr) ==
        "20:16: error: la condition cite « q2 », qui vient après cette question");
  CHECK(when_diagnostics(R"~(when: "answered(q1)")~") == "20:25: error: the condition refers to 'q1', the question itself");
  CHECK(when_diagnostics(R"~(when: "answered(q1)")~", Lang::fr) ==
        "20:25: error: la condition cite « q1 », c'est-à-dire la question elle-même");
}

TEST_CASE("conditions: <, <=, >, >= on a field that is not a number") {
  CHECK(when_diagnostics(R"~(when: "department < 3")~") ==
        "20:16: error: 'department' is not a number: <, <=, > and >= do not apply");
  CHECK(when_diagnostics(R"~(when: "member >= 1")~", Lang::fr) ==
        "20:16: error: « member » n'est pas un nombre : <, <=, > et >= ne s'appliquent pas");
}

TEST_CASE("conditions: values that do not fit the field") {
  CHECK(when_diagnostics(R"~(when: "department == 45")~") == "20:30: error: 'department' has no option '45'");
  CHECK(when_diagnostics(R"~(when: "department in [44, 45]")~") == "20:35: error: 'department' has no option '45'");
  CHECK(when_diagnostics(R"~(when: "tools contains sap")~") == "20:31: error: 'tools' has no option 'sap'");
  CHECK(when_diagnostics(R"~(when: "employees == abc")~") == "20:29: error: 'employees' expects a number, not 'abc'");
  CHECK(when_diagnostics(R"~(when: "employees < '3'")~") == "20:28: error: 'employees' expects a number, not '3'");
  CHECK(when_diagnostics(R"~(when: "member == oui")~") == "20:26: error: 'member' compares with yes or no, not 'oui'");
  CHECK(when_diagnostics(R"~(when: "member == oui")~", Lang::fr) ==
        "20:26: error: « member » se compare à yes ou no, pas « oui »");
  CHECK(when_diagnostics(R"~(when: "department == 45")~", Lang::fr) ==
        "20:30: error: « department » n'a pas d'option « 45 »");
}

TEST_CASE("conditions: contains is for multiple-choice fields only, and they need it") {
  CHECK(when_diagnostics(R"~(when: "member contains yes")~") ==
        "20:16: error: 'contains' only applies to a multiple-choice question");
  CHECK(when_diagnostics(R"~(when: "tools == crm")~") == "20:16: error: 'tools' is a multiple-choice question: use 'contains'");
}

TEST_CASE("conditions: option ids that look like numbers match with or without quotes") {
  for (const char* when : {R"~(when: "department == 44")~", R"~(when: "department == '44'")~",
                           R"~(when: "department in [other, 44]")~", R"~(when: "tools contains crm")~"}) {
    CAPTURE(when);
    Diagnostics diagnostics;
    CHECK(load::load_questionnaire(with_when(when), diagnostics).has_value());
    CHECK(test::render(diagnostics) == "");
  }
}

TEST_CASE("conditions: a when that is not a text") {
  CHECK(when_diagnostics("when: [employees]") == "20:15: error: 'when' must be a text, not a list");
  CHECK(when_diagnostics("when: 12") ==
        "20:17: error: invalid condition: operator expected after '12' (==, !=, <, <=, >, >=, in, contains)");
}

TEST_CASE("conditions: eligibility may only use profile fields") {
  const char* yaml = R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: T
languages: [fr]
profile:
  - {id: employees, type: number, text: Salariés}
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - id: th
    title: Thème
    questions:
      - {id: q1, type: text, text: Q1}
support:
  - {id: s1, name: S, description: D, eligible: "q1 == x"}
  - {id: s2, name: S, description: D, eligible: "employees >= dix"}
  - {id: s3, name: S, description: D, eligible: employees >>= 1}
)";
  CHECK(test::questionnaire_diagnostics(yaml) ==
        "16:50: error: eligibility may only refer to profile fields, not 'q1'\n"
        "17:63: error: 'employees' expects a number, not 'dix'\n"
        "18:60: error: invalid condition: value expected");
  CHECK(test::questionnaire_diagnostics(yaml, Lang::fr) ==
        "16:50: error: l'éligibilité ne peut citer que des champs du profil, pas « q1 »\n"
        "17:63: error: « employees » attend un nombre, pas « dix »\n"
        "18:60: error: condition invalide : valeur attendue");
}

TEST_CASE("conditions: the parser alone gives the offset of the error in the source") {
  load::ConditionError error;
  CHECK_FALSE(load::parse_condition("a == 1 and (b == 2", error).has_value());
  CHECK(error.offset == 18);
  CHECK(error.message.en == "')' expected");
  CHECK(error.message.fr == "« ) » attendu");

  auto c = load::parse_condition("a == 1 or b == 2 and not c == 3", error);
  REQUIRE(c.has_value());
  // and binds tighter than or.
  CHECK(c->op == model::Condition::Op::any_of);
  REQUIRE(c->operands.size() == 2);
  CHECK(c->operands[0].op == model::Condition::Op::eq);
  CHECK(c->operands[0].field == "a");
  CHECK(c->operands[1].op == model::Condition::Op::all_of);
  REQUIRE(c->operands[1].operands.size() == 2);
  CHECK(c->operands[1].operands[1].op == model::Condition::Op::negation);
  CHECK(c->operands[1].operands[1].operands.front().field_offset == 25);

  auto v = load::parse_condition("x in [44, 'a b', other]", error);
  REQUIRE(v.has_value());
  REQUIRE(v->values.size() == 3);
  CHECK(v->values[0].token == "44");
  CHECK(v->values[0].number == 44.0);
  CHECK(v->values[0].offset == 6);
  CHECK(v->values[1].token == "a b");
  CHECK_FALSE(v->values[1].number.has_value());
  CHECK(v->values[2].token == "other");
  CHECK(v->values[2].offset == 17);
}
