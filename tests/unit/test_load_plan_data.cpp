// The questionnaire sections only the plan reads: action objectives, `terms`
// and `obligations`, with exact messages and line:column.

#include "test_helpers.h"

#include "load/questionnaire_loader.h"

#include <doctest/doctest.h>

using namespace autodiag;
using test::questionnaire_diagnostics;

namespace {

// Lines 1-20; the sections under test start on line 21.
const std::string head = R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: T
languages: [fr, en]
profile:
  - {id: employees, role: employees, type: number, text: Salariés}
  - {id: cse, type: yesno, text: CSE}
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - id: th
    title: Thème
    questions:
      - id: q1
        type: yesno
        text: Q1
        actions:
          0: {fr: "Faites-le.", en: "Do it.", objective: {fr: "c'est fait", en: "it is done"}}
      - {id: q2, type: text, text: Q2, role: debate_topics}
)";

model::Questionnaire load_ok(const std::string& yaml) {
  Diagnostics diagnostics;
  auto q = load::load_questionnaire(yaml, diagnostics);
  REQUIRE_MESSAGE(q.has_value(), test::render(diagnostics));
  CHECK(test::render(diagnostics) == "");
  return std::move(*q);
}

}  // namespace

TEST_SUITE("load::plan_data") {
  TEST_CASE("an action's objective, terms and obligations are read") {
    model::Questionnaire q = load_ok(head + R"(terms:
  employees:
    - when: "employees >= 1"
      text: {fr: "les salariés", en: "the employees"}
    - text: ""
obligations:
  - id: cse
    applies_when: "employees >= 11"
    question: cse
    met: ["yes"]
    text: {fr: "CSE", en: "Works council"}
    source: "Code du travail, art. L2311-2"
)");
    const model::Question& q1 = *q.find_question("q1");
    CHECK(q1.actions.at(0).get("en") == "Do it.");
    CHECK(q1.objectives.at(0).get("fr") == "c'est fait");
    CHECK(q.question_with_role(model::Role::debate_topics) == q.find_question("q2"));
    REQUIRE(q.terms.size() == 1);
    CHECK(q.terms[0].variants.size() == 2);
    CHECK(q.terms[0].variants[0].when.has_value());
    CHECK_FALSE(q.terms[0].variants[1].when.has_value());
    REQUIRE(q.obligations.size() == 1);
    CHECK(q.obligations[0].met == std::vector<std::string>{"yes"});
    CHECK(q.obligations[0].applies_when.has_value());
    CHECK(q.find_question("cse")->obligation);
  }

  TEST_CASE("a term must end with its default, and only there") {
    CHECK(questionnaire_diagnostics(head + R"(terms:
  assembly:
    - text: "assemblée générale"
    - when: "employees >= 1"
      text: "conseil"
)") == "23:7: error: term 'assembly': only the last text may go without 'when'\n"
       "24:7: error: term 'assembly' must end with a text without 'when' (the default)");
  }

  TEST_CASE("a term's condition may only name profile fields") {
    CHECK(questionnaire_diagnostics(head + R"(terms:
  assembly:
    - when: "q1 == yes"
      text: "x"
    - text: "y"
)") == "23:14: error: eligibility may only refer to profile fields, not 'q1'");
  }

  TEST_CASE("an obligation names a known question, answers it has, and a source") {
    CHECK(questionnaire_diagnostics(head + R"(obligations:
  - id: a
    question: nope
    met: ["yes"]
    text: A
    source: S
  - id: b
    question: cse
    met: [maybe]
    text: B
    source: S
  - id: c
    question: q2
    met: [x]
    text: C
    source: S
  - id: d
    question: cse
    text: D
)") == "37:5: error: 'question' and 'met' go together: the question, and the answers that meet the obligation\n"
       "37:5: error: missing required key 'source'\n"
       "23:15: error: unknown question 'nope'\n"
       "29:11: error: 'cse' has no answer 'maybe'\n"
       "33:15: error: 'q2' must be a choice, yes/no or number question to tell whether the obligation is met");
  }

  TEST_CASE("a quota obligation is met by a number within its bounds, and only a number question takes bounds") {
    std::string number = R"(      - id: share
        type: number
        text: Part
        bands:
          - {from: 0, to: 40, score: 0}
          - {from: 40, to: 100, score: 1}
        actions:
          0: Faites.
)";
    model::Questionnaire q = load_ok(head + number + R"(obligations:
  - id: parity
    question: share
    met: {min: 40, max: 60}
    text: {fr: "Parité", en: "Parity"}
    source: S
)");
    CHECK(q.obligations[0].met_min == 40);
    CHECK(q.obligations[0].met_max == 60);
    CHECK(q.obligations[0].met.empty());
    CHECK(q.find_question("share")->obligation);

    CHECK(questionnaire_diagnostics(head + number + R"(obligations:
  - id: a
    question: share
    met: ["yes"]
    text: A
    source: S
  - id: b
    question: cse
    met: {min: 1}
    text: B
    source: S
  - id: c
    question: share
    met: {}
    text: C
    source: S
  - id: d
    question: share
    met: {min: 60, max: 40, above: 3}
    text: D
    source: S
)") == "42:10: error: 'met' expects 'min', 'max' or both (e.g. {min: 40})\n"
       "47:29: error: unknown key 'above'\n"
       "47:10: error: 'met': 'min' (60) is greater than 'max' (40)\n"
       "32:10: error: 'share' is a number question: 'met' gives the bounds that meet the obligation, e.g. {min: 40}\n"
       "37:10: error: 'met' as {min, max} only goes with a number question; for 'cse', list the answers");
  }

  TEST_CASE("a {{term}} in an action, an objective or a theme message names a declared term, never empty") {
    const std::string terms = R"(terms:
  users:
    - when: "employees >= 1"
      text: {fr: "usagers", en: "users"}
    - text: {fr: "licenciés", en: "members"}
  employees:
    - when: "employees >= 1"
      text: {fr: "les salariés", en: "the employees"}
    - text: ""
)";
    std::string yaml = head;
    yaml.replace(yaml.find("\"Faites-le.\""), 12, "\"Invitez des {{users}}.\"");
    model::Questionnaire q = load_ok(yaml + terms);
    CHECK(q.find_question("q1")->actions.at(0).get("fr") == "Invitez des {{users}}.");

    yaml = head;
    yaml.replace(yaml.find("\"Faites-le.\""), 12, "\"Invitez des {{usagers}} et {{employees}}.\"");
    yaml.replace(yaml.find("\"it is done\""), 12, "\"{{users\"");
    CHECK(questionnaire_diagnostics(yaml + terms) ==
          "19:34: error: unknown term 'usagers' (declared in 'terms': users, employees)\n"
          "19:49: error: term 'employees' is empty for some profiles (line 26): it cannot be used in a sentence\n"
          "19:113: error: '{{' without '}}': a profile word is written {{id}}");

    yaml = head;
    yaml.replace(yaml.find("    title: Thème\n"), 17, "    title: Thème\n    messages: {low: \"Vos {{gens}}.\"}\n");
    CHECK(questionnaire_diagnostics(yaml + terms) ==
          "14:28: error: unknown term 'gens' (declared in 'terms': users, employees)");
  }

  TEST_CASE("the debate_topics role goes on one theme question, in free text") {
    CHECK(questionnaire_diagnostics(head + R"(      - {id: q3, type: yesno, text: Q3, role: debate_topics}
)").find("role 'debate_topics' needs a question of type text") != std::string::npos);
  }

  TEST_CASE("an action entry keeps its languages apart from its objective") {
    std::string yaml = head;
    yaml.replace(yaml.find("objective:"), 10, "Objective:");
    CHECK(questionnaire_diagnostics(yaml) == "19:47: error: invalid language code in 'actions' (or 'objective')");
  }
}
