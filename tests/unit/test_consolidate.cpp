// Consolidation of hand-made responses to tests/fixtures/mini.yaml: every
// expected value below is computed by hand in the comments.

#include "consolidate/comments.h"
#include "consolidate/consolidate.h"
#include "load/checked_response.h"
#include "load/response_writer.h"
#include "util/errors.h"

#include "test_helpers.h"

#include <doctest/doctest.h>

using namespace autodiag;
using namespace autodiag::test;
using consolidate::Position;

namespace {

std::string response(const std::string& group, const std::string& profile, const std::string& answers,
                     const std::string& extra = "") {
  return "format: autodiag-response/1\nquestionnaire: {id: mini, version: 1.0.0}\nstatus: complete\n"
         "updated: 2026-11-20T10:00:00Z\n" +
         (group.empty() ? "" : "respondent: {group: " + group + "}\n") + "profile:\n" + profile + (answers.empty() ? "" : "answers:\n" + answers) +
         extra;
}

consolidate::Input input(const std::string& file, const std::string& text) {
  Diagnostics d(file);
  auto checked = load::load_checked_response(text, mini(), d);
  REQUIRE_MESSAGE(checked, render(d));
  return {file, std::move(*checked)};
}

consolidate::Consolidation run(std::vector<consolidate::Input> inputs, bool names = false) {
  return consolidate::consolidate(mini(), std::move(inputs), {names, "2026-11-27T08:00:00Z", Lang::fr});
}

const consolidate::QuestionView& view(const consolidate::Consolidation& c, std::string_view id) {
  return c.questions[mini().find_question(id)->index];
}

std::string failure_of(const std::function<void()>& f, Lang lang = Lang::en) {
  try {
    f();
  } catch (const Failure& e) {
    return std::to_string(e.exit_code()) + " " + e.message().in(lang);
  }
  return "no failure";
}

const std::string club = "  name: Club du Maine\n";

// Four people: two board members, two employees. The third says there are no
// employees, so the employer questions are hidden for them.
std::vector<consolidate::Input> four() {
  return {input("r1.yaml", response("board", club + "  employees: 2\n",
                                    "  statutes_shared: improved\n  ag_rate: 40\n  annual_reviews: yes\n"
                                    "  training: [plan, budget]\n  remarks: \"Plus de jeunes au bureau.\"\n",
                                    "comments:\n  statutes_shared: \"Remis à chaque adhésion.\"\n")),
          input("r2.yaml", response("board", club + "  employees: 2\n",
                                    "  statutes_shared: informal\n  ag_rate: na\n  annual_reviews: yes\n"
                                    "  training: [plan]\n",
                                    "comments:\n  statutes_shared: \"Pas toujours, | *selon* qui accueille.\"\n")),
          input("r3.yaml", response("employees", "  name: club du  MAINE \n  employees: 0\n",
                                    "  statutes_shared: formalised\n")),
          input("r4.yaml", response("employees", club + "  employees: 2\n",
                                    "  statutes_shared: formalised\n  ag_rate: 20\n  annual_reviews: no\n"
                                    "  training: [plan, volunteers]\n"))};
}

}  // namespace

TEST_CASE("consolidate: medians, spreads and flags of four hand-made responses") {
  consolidate::Consolidation c = run(four());

  SUBCASE("scale: improved, informal, formalised, formalised") {
    // Ranks 3 1 2 2 → sorted 1 2 2 3 → lower middle 2 (formalised); spread
    // 3 − 1 = 2 steps; mode 2 of 4 = 50 %.
    const auto& v = view(c, "statutes_shared");
    CHECK(v.retained->option == "formalised");
    CHECK(v.agreement.spread() == 2);
    CHECK(v.agreement.mode_count == 2);
    CHECK(v.agreement.wide_spread);
    CHECK(v.divergent);
  }
  SUBCASE("number with N/A and a skip: 40, na, (skipped), 20") {
    // Three answers (two values, one N/A); the skip does not count. Bands:
    // 40 in 30–50, 20 in 15–30: one step. Each category has 1 of 3 = 33 %.
    // Median of 20 and 40: the lower, 20 (its band also scores lower).
    const auto& v = view(c, "ag_rate");
    CHECK(v.count(Position::skipped) == 1);
    CHECK(v.count(Position::not_applicable) == 1);
    CHECK(v.agreement.answers == 3);
    CHECK(v.agreement.spread() == 1);
    CHECK(v.agreement.mode_count == 1);
    CHECK(v.retained->number == 20);
    CHECK(v.divergent);
  }
  SUBCASE("a question hidden for one respondent's profile counts only the others") {
    // r3 has no employees: not asked. yes yes no → ranks 1 1 0 → median 1
    // (yes); 2 of 3 = 67 % < 70 %.
    const auto& v = view(c, "annual_reviews");
    CHECK(v.count(Position::not_asked) == 1);
    CHECK(v.shown);
    CHECK(v.asked_to_some());
    CHECK(v.agreement.answers == 3);
    CHECK(v.retained->option == "yes");
    CHECK(v.agreement.mode_count == 2);
    CHECK(v.divergent);
  }
  SUBCASE("multiple choice: options ticked by more than half; one option splits 1 to 2") {
    // plan 3 of 3, budget 1 of 3, volunteers 1 of 3 → [plan]; budget: 2 of 3
    // agree it is not there = 67 % < 70 % → divergent.
    const auto& v = view(c, "training");
    CHECK(v.retained->options == std::vector<std::string>{"plan"});
    CHECK(v.divergent);
  }
  SUBCASE("profile facts: employees 2 2 0 2 → 2, and flagged to check") {
    const auto& v = view(c, "employees");
    CHECK(v.retained->number == 2);
    CHECK(v.divergent);
    CHECK_FALSE(view(c, "legal_form").divergent);
  }
  SUBCASE("the consolidated response, byte for byte") {
    CHECK(load::write_response(c.result.response) == R"(format: autodiag-response/1
questionnaire:
  id: mini
  version: 1.0.0
status: complete
language: fr
created: 2026-11-27T08:00:00Z
updated: 2026-11-27T08:00:00Z
consensus_of:
  respondents: 4
  groups: {board: 2, employees: 2}
  divergent: [statutes_shared, ag_rate, annual_reviews, training]
profile:
  name: "Club du Maine"
  employees: 2
answers:
  statutes_shared: formalised
  ag_rate: 20
  annual_reviews: yes
  training: [plan]
comments:
  statutes_shared: "Pas toujours, | *selon* qui accueille. / Remis à chaque adhésion."
)");
  }
  SUBCASE("it reads back and checks cleanly, as any response") {
    Diagnostics d;
    auto again = load::load_checked_response(load::write_response(c.result.response), mini(), d);
    REQUIRE(again);
    CHECK(render(d).empty());
    CHECK(again->response.consensus->divergent.size() == 4);
  }
}

TEST_CASE("consolidate: a question hidden by the consolidated profile is left out") {
  // employees 0 0 3 → median 0: the employer questions are hidden in the
  // consolidated response, and the one person who answered them is not
  // counted (their answers would be ignored by every score).
  consolidate::Consolidation c =
      run({input("a.yaml", response("board", club + "  employees: 0\n", "  statutes_shared: informal\n")),
           input("b.yaml", response("board", club + "  employees: 0\n", "  statutes_shared: informal\n")),
           input("c.yaml", response("employees", club + "  employees: 3\n",
                                    "  statutes_shared: informal\n  annual_reviews: yes\n"))});
  const auto& v = view(c, "annual_reviews");
  CHECK_FALSE(v.shown);
  CHECK(v.asked_to_some());
  CHECK(c.result.response.find_value("annual_reviews") == nullptr);
  CHECK(c.result.response.consensus->divergent.empty());
  CHECK_FALSE(view(c, "statutes_shared").divergent);
}

TEST_CASE("consolidate: names and sources only with --names") {
  auto with_names = [] {
    std::vector<consolidate::Input> in = four();
    in[0].response.response.respondent->name = "Claire";
    return in;
  };
  consolidate::Consolidation hidden = run(with_names());
  CHECK(hidden.result.response.consensus->sources.empty());
  CHECK(load::write_response(hidden.result.response).find("Claire") == std::string::npos);
  consolidate::Consolidation named = run(with_names(), true);
  REQUIRE(named.result.response.consensus->sources.size() == 4);
  CHECK(named.result.response.consensus->sources[0].file == "r1.yaml");
  CHECK(named.result.response.consensus->sources[0].name == "Claire");
  CHECK(consolidate::joined_comments(named, mini().find_question("statutes_shared")->index, Lang::fr) ==
        "Pas toujours, | *selon* qui accueille. / Claire : Remis à chaque adhésion.");
}

TEST_CASE("consolidate: refusals") {
  SUBCASE("another organisation") {
    std::vector<consolidate::Input> in = four();
    in.push_back(input("r5.yaml", response("board", "  name: Club de Sarthe\n  employees: 2\n", "")));
    CHECK(failure_of([&] { run(std::move(in)); }) ==
          "65 these responses are not for the same organisation:\n"
          "  \"Club de Sarthe\": r5.yaml\n  \"Club du Maine\": r1.yaml, r2.yaml, r3.yaml, r4.yaml\n"
          "Correct the name in the profile of the responses concerned, or consolidate each organisation on its own.");
  }
  SUBCASE("no name") {
    std::vector<consolidate::Input> in = four();
    in.push_back(input("r5.yaml", "format: autodiag-response/1\nquestionnaire: {id: mini, version: 1.0.0}\n"
                                  "status: in_progress\nprofile:\n  employees: 2\n"));
    CHECK(failure_of([&] { run(std::move(in)); }) ==
          "65 r5.yaml: the organisation's name is missing (profile): cannot check that every response is for the "
          "same organisation");
  }
  SUBCASE("a consolidated response among the inputs") {
    consolidate::Consolidation c = run(four());
    std::vector<consolidate::Input> in = four();
    in.push_back({"consolide.yaml", c.result});
    CHECK(failure_of([&] { run(std::move(in)); }) ==
          "65 consolide.yaml is already a consolidated response: give the individual responses");
  }
  SUBCASE("another questionnaire or major version; a minor version is accepted") {
    auto parsed = [](const std::string& id, const std::string& version) {
      model::Response r;
      r.questionnaire_id = id;
      r.questionnaire_version = version;
      return r;
    };
    CHECK(failure_of([&] {
            consolidate::check_same_questionnaire({"a.yaml", "b.yaml"}, {parsed("mini", "1.0.0"), parsed("mini", "2.0.0")});
          }) == "65 these responses are not for the same questionnaire (or not the same major version): they cannot be "
                "consolidated\n  a.yaml: mini 1.0.0\n  b.yaml: mini 2.0.0");
    CHECK(failure_of([&] {
            consolidate::check_same_questionnaire({"a.yaml", "b.yaml"}, {parsed("mini", "1.0.0"), parsed("autre", "1.0.0")});
          }).starts_with("65 these responses are not for the same questionnaire"));
    CHECK(failure_of([&] {
            consolidate::check_same_questionnaire({"a.yaml", "b.yaml"}, {parsed("mini", "1.0.0"), parsed("mini", "1.2.0")});
          }) == "no failure");
  }
}

TEST_CASE("respondent and consensus_of blocks: read, checked, written back") {
  CHECK(response_diagnostics(response("volunteers", club, "")).empty());
  CHECK(response_diagnostics(response("staff", club, "")) ==
        "5:21: error: unknown group 'staff' (groups: board, management, employees, volunteers, beneficiaries, other)");
  CHECK(response_diagnostics(response("others", club, "")).starts_with("5:21: error: unknown group 'others'"));
  std::string consolidated = "format: autodiag-response/1\nquestionnaire: {id: mini, version: 1.0.0}\nstatus: complete\n"
                             "consensus_of:\n  respondents: 4\n  groups: {board: 3, employees: 2}\n"
                             "  divergent: [statutes_shared, name, nothing]\nprofile:\n" + club;
  CHECK(response_diagnostics(consolidated) ==
        "6:11: error: the groups count 5 people, but 'respondents' says 4");
  consolidated.replace(consolidated.find("employees: 2"), 12, "employees: 1");
  CHECK(response_diagnostics(consolidated) ==
        "7:32: error: unknown divergent question 'name'\n7:38: error: unknown divergent question 'nothing'");
  CHECK(response_diagnostics("format: autodiag-response/1\nquestionnaire: {id: mini, version: 1.0.0}\nstatus: complete\n"
                             "respondent: {group: board}\nconsensus_of: {respondents: 2}\nprofile:\n" + club) ==
        "5:15: error: a consolidated response ('consensus_of') cannot have a 'respondent': it gathers the answers of "
        "several people");
  std::string named = response("employees", club, "  statutes_shared: informal\n");
  named.replace(named.find("{group: employees}"), 18, "{group: employees, name: \"Zoé\"}");
  Diagnostics d;
  auto r = load::load_response(named, d);
  REQUIRE(r);
  CHECK(r->respondent->name == "Zoé");
  CHECK(load::write_response(*r).find("respondent:\n  group: employees\n  name: \"Zoé\"\nprofile:") != std::string::npos);
}
