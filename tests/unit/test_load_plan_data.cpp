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
       "33:15: error: 'q2' must be a choice or yes/no question to tell whether the obligation is met");
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
