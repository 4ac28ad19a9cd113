// model::compute_presence: hidden questions hide what depends on them;
// themes not addressed leave their questions out.

#include "test_helpers.h"

#include "load/questionnaire_loader.h"
#include "load/response_check.h"
#include "load/response_loader.h"
#include "model/presence.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using namespace autodiag;
using model::Presence;

namespace {

const char* chain_yaml = R"~(format: autodiag-questionnaire/1
id: chain
version: 1.0.0
title: Chaîne
languages: [fr]
profile:
  - {id: employees, type: number, text: Salariés, min: 0}
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - id: one
    title: Un
    questions:
      - {id: has_plan, type: yesno, text: Plan, when: "employees >= 1", actions: {0: Faire}}
      - {id: plan_date, type: text, text: Date, when: "has_plan == yes"}
      - {id: plan_review, type: text, text: Revue, when: "answered(plan_date)"}
      - {id: why_not, type: text, text: Pourquoi, when: "not answered(plan_date)", required: true}
  - id: two
    title: Deux
    questions:
      - {id: budget, type: yesno, text: Budget, actions: {0: Faire}}
      - {id: budget_detail, type: text, text: Détail, when: "budget == yes", required: true}
  - id: three
    title: Trois
    questions:
      - {id: after_budget, type: text, text: Après, when: "budget == yes or employees > 10"}
)~";

const model::Questionnaire& chain() {
  static const model::Questionnaire questionnaire = [] {
    Diagnostics diagnostics;
    auto q = load::load_questionnaire(chain_yaml, diagnostics);
    REQUIRE_MESSAGE(q.has_value(), test::render(diagnostics));
    CHECK(test::render(diagnostics) == "");
    return std::move(*q);
  }();
  return questionnaire;
}

// Answers from a response body (profile: / answers:).
model::AnswerSet answers(const std::string& body, const std::vector<std::string>& not_addressed = {}) {
  std::string yaml = "format: autodiag-response/1\nquestionnaire: {id: chain, version: 1.0.0}\nstatus: in_progress\n" +
                     body;
  Diagnostics diagnostics;
  auto r = load::load_response(yaml, diagnostics);
  REQUIRE_MESSAGE(r.has_value(), test::render(diagnostics));
  r->not_addressed = not_addressed;
  r->not_addressed_marks.assign(not_addressed.size(), Mark{});
  auto set = load::check_response(chain(), *r, diagnostics);
  REQUIRE_MESSAGE(set.has_value(), test::render(diagnostics));
  return *set;
}

// One letter per question, in order: s(hown), h(idden), n(ot addressed).
std::string presence_string(const model::AnswerSet& set) {
  std::string out;
  for (Presence p : set.presence) out += p == Presence::shown ? 's' : p == Presence::hidden ? 'h' : 'n';
  return out;
}

}  // namespace

// Order: employees | has_plan plan_date plan_review why_not | budget budget_detail | after_budget

TEST_CASE("presence: nothing answered") {
  auto set = answers("");
  CHECK(presence_string(set) == "s" "hhhs" "sh" "h");
}

TEST_CASE("presence: a chain of conditions, all true") {
  auto set = answers("profile: {employees: 3}\nanswers: {has_plan: yes, plan_date: \"2026\"}\n");
  CHECK(presence_string(set) == "s" "sssh" "sh" "h");
}

TEST_CASE("presence: a hidden question hides what depends on it, even when answered") {
  // plan_date is answered, but has_plan == no hides it: plan_review, which
  // depends on plan_date being answered, is hidden too, and why_not shows.
  auto set = answers("profile: {employees: 3}\nanswers: {has_plan: no, plan_date: \"2026\"}\n");
  CHECK(presence_string(set) == "s" "shhs" "sh" "h");
  const auto& q = chain();
  size_t plan_date = q.find_question("plan_date")->index;
  CHECK(set.answers[plan_date].has_value());
  CHECK(set.effective(plan_date) == nullptr);
  // Three levels down: no employees hides has_plan, so plan_date and
  // plan_review too, whatever was answered.
  auto none = answers("profile: {employees: 0}\nanswers: {has_plan: yes, plan_date: \"2026\", plan_review: ok}\n");
  CHECK(presence_string(none) == "s" "hhhs" "sh" "h");
}

TEST_CASE("presence: themes not addressed") {
  auto set = answers("profile: {employees: 3}\nanswers: {has_plan: yes, budget: yes}\n", {"two"});
  CHECK(presence_string(set) == "s" "sshs" "nn" "h");
  // A question of another theme that depends on a not-addressed answer
  // does not see it.
  const auto& q = chain();
  CHECK(set.presence[q.find_question("after_budget")->index] == Presence::hidden);
  CHECK(set.effective(q.find_question("budget")->index) == nullptr);
  // Without "two" in not_addressed, budget == yes shows both.
  auto addressed = answers("profile: {employees: 3}\nanswers: {has_plan: yes, budget: yes}\n");
  CHECK(presence_string(addressed) == "s" "sshs" "ss" "s");
  // The other condition of after_budget still works.
  auto big = answers("profile: {employees: 11}\n", {"two"});
  CHECK(presence_string(big) == "s" "shhs" "nn" "s");
  auto everything = answers("profile: {employees: 11}\n", {"one", "two", "three"});
  CHECK(presence_string(everything) == "s" "nnnn" "nn" "n");
}

TEST_CASE("presence: compute_presence directly, with answers of any origin") {
  const auto& q = chain();
  std::vector<std::optional<model::Answer>> given(q.question_count());
  model::Answer employees{model::Answer::Kind::number};
  employees.number = 12;
  given[q.find_question("employees")->index] = employees;
  model::Answer yes{model::Answer::Kind::option};
  yes.option = "yes";
  given[q.find_question("budget")->index] = yes;
  auto presence = model::compute_presence(q, given, {});
  std::string out;
  for (Presence p : presence) out += p == Presence::shown ? 's' : p == Presence::hidden ? 'h' : 'n';
  CHECK(out == "s" "shhs" "ss" "s");
  // N/A counts as not answered for the conditions.
  given[q.find_question("employees")->index] = model::Answer{model::Answer::Kind::na};
  presence = model::compute_presence(q, given, {});
  out.clear();
  for (Presence p : presence) out += p == Presence::shown ? 's' : p == Presence::hidden ? 'h' : 'n';
  CHECK(out == "s" "hhhs" "ss" "s");
}

TEST_CASE("presence: missing required questions are the shown ones only") {
  const auto& q = chain();
  auto names = [&](const model::AnswerSet& set) {
    std::string out;
    for (size_t i : model::missing_required(q, set)) out += (out.empty() ? "" : " ") + q.question(i).id;
    return out;
  };
  CHECK(names(answers("")) == "why_not");
  CHECK(names(answers("answers: {budget: yes}\n")) == "why_not budget_detail");
  CHECK(names(answers("answers: {budget: yes}\n", {"two"})) == "why_not");
  CHECK(names(answers("profile: {employees: 3}\nanswers: {has_plan: yes, plan_date: x, budget: no}\n")) == "");
  CHECK(names(answers("answers: {why_not: \"pas le temps\"}\n")) == "");
}
