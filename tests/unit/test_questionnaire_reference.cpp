// Checks on the bundled reference questionnaire (issue 3): its shape, its
// actions, and that it respects the profile of an organisation without
// employees.
#include "load/checked_response.h"
#include "load/questionnaire_loader.h"
#include "model/presence.h"
#include "report/support_match.h"
#include "score/result.h"

#include "test_helpers.h"

#include <doctest/doctest.h>

#include <set>

using namespace autodiag;

namespace {

const model::Questionnaire& reference() {
  static const model::Questionnaire q = [] {
    Diagnostics d("guide-bonnes-pratiques-ess.yaml");
    auto loaded = load::load_questionnaire(test::read_source_file("questionnaires/guide-bonnes-pratiques-ess.yaml"), d);
    REQUIRE(loaded);
    // validate must report nothing at all: no error, no warning.
    CHECK(d.items().empty());
    return std::move(*loaded);
  }();
  return q;
}

load::CheckedResponse persona(const std::string& name) {
  Diagnostics d(name);
  auto checked = load::load_checked_response(test::read_source_file("examples/" + name + ".yaml"), reference(), d);
  REQUIRE(checked);
  CHECK(d.items().empty());
  return std::move(*checked);
}

}  // namespace

TEST_SUITE("reference questionnaire") {
  TEST_CASE("the eight themes of the guide, in order") {
    std::vector<std::string> ids;
    for (const auto& theme : reference().themes) ids.push_back(theme.id);
    CHECK(ids == std::vector<std::string>{"governance", "strategy", "territory", "employment", "users", "diversity",
                                          "environment", "ethics"});
    CHECK(reference().themes[0].title.get("fr") == "Les modalités effectives de gouvernance démocratique");
    CHECK(reference().languages == std::vector<std::string>{"fr", "en"});
  }

  // Theme 4 has 8: its volunteers' question is asked only without employees,
  // when most of the other seven are not (review 2026-11, B3). Theme 1 has 9
  // since 2.1.0 (review B2: transparency of decisions, employees' place):
  // only a cooperative with employees is asked all nine, as the cooperative
  // review is for cooperatives and the employees' question for employers.
  TEST_CASE("35 to 55 questions, 4 to 8 per theme (9 in governance), about 15 on the short path with one per theme at least") {
    size_t questions = 0;
    size_t core = 0;
    for (const auto& theme : reference().themes) {
      CAPTURE(theme.id);
      CHECK(theme.questions.size() >= 4);
      CHECK(theme.questions.size() <= (theme.id == "governance" ? 9u : 8u));
      size_t theme_core = 0;
      for (const auto& q : theme.questions) theme_core += q.core ? 1 : 0;
      CHECK(theme_core >= 1);
      questions += theme.questions.size();
      core += theme_core;
    }
    CHECK(questions == 54);
    CHECK(core == 15);
  }

  TEST_CASE("every scored question has an action for each score it can reach below its maximum") {
    for (size_t i = 0; i < reference().question_count(); ++i) {
      const auto& q = reference().question(i);
      if (!q.scored()) continue;
      CAPTURE(q.id);
      std::set<double> reachable;
      for (const auto& o : q.options) reachable.insert(o.score);
      for (const auto& b : q.bands) reachable.insert(b.score);
      if (q.type == model::QuestionType::yesno) reachable = {q.yes_score, q.no_score};
      if (q.type == model::QuestionType::multi) reachable.insert(0);
      for (double points : reachable) {
        if (points < q.max_points()) CHECK(q.action_for(points) != nullptr);
      }
    }
  }

  TEST_CASE("every theme has a message for every level, every support option names known themes") {
    for (const auto& theme : reference().themes) {
      for (const auto& level : reference().levels) {
        CAPTURE(theme.id);
        CAPTURE(level.id);
        CHECK(theme.messages.count(level.id) == 1);
      }
    }
    std::set<std::string> ids;
    for (const auto& s : reference().support) {
      CHECK(ids.insert(s.id).second);
      for (const auto& t : s.themes) CHECK(reference().find_theme(t) != nullptr);
    }
    CHECK(ids.count("dla") == 1);
  }

  TEST_CASE("no 'compliance' anywhere: an obligation of means, not a pass or fail") {
    std::string text = test::read_source_file("questionnaires/guide-bonnes-pratiques-ess.yaml");
    for (const char* word : {"conformité", "conforme", "compliance", "compliant"}) {
      CAPTURE(word);
      CHECK(text.find(word) == std::string::npos);
    }
  }

  TEST_CASE("persona A, no employees: no employer question is asked and the DLA is never suggested") {
    load::CheckedResponse a = persona("persona-a-association-sportive");
    for (size_t i = 0; i < reference().question_count(); ++i) {
      const auto& q = reference().question(i);
      if (q.when_source.find("employees >=") == std::string::npos &&
          q.when_source.find("has_union_delegate") == std::string::npos) {
        continue;
      }
      CAPTURE(q.id);
      CHECK(a.answers.presence[i] == model::Presence::hidden);
    }
    std::vector<const model::Theme*> all;
    for (const auto& theme : reference().themes) all.push_back(&theme);
    for (const auto& match : report::match_support(reference(), a.answers, all)) {
      CHECK(match.option->id != "dla");
      CHECK(match.option->id != "blab");
    }
  }

  TEST_CASE("an employer with a union delegate and 60 employees is asked the CSE, NAO and equality index questions") {
    load::CheckedResponse b = persona("persona-b-medico-social");
    for (const char* id : {"cse_involvement", "equality_index_published", "disability_employment_rate", "pay_ratio"}) {
      CAPTURE(id);
      CHECK(b.answers.presence[reference().find_question(id)->index] == model::Presence::shown);
    }
    CHECK(b.answers.presence[reference().find_question("coop_revision")->index] == model::Presence::hidden);
    load::CheckedResponse c = persona("persona-c-scic-tiers-lieu");
    CHECK(c.answers.presence[reference().find_question("coop_revision")->index] == model::Presence::shown);
    CHECK(c.answers.presence[reference().find_question("cse_involvement")->index] == model::Presence::hidden);
  }

  TEST_CASE("2.1.0's questions are put only to whom they apply (review B2, E3; issue 11's Gérontopôle)") {
    auto shown = [](const load::CheckedResponse& r, const char* id) {
      return r.answers.presence[reference().find_question(id)->index] == model::Presence::shown;
    };
    load::CheckedResponse a = persona("persona-a-association-sportive");
    load::CheckedResponse b = persona("persona-b-medico-social");
    load::CheckedResponse c = persona("persona-c-scic-tiers-lieu");
    load::CheckedResponse e = persona("persona-e-sas-ess-nantes");
    load::CheckedResponse f = persona("persona-f-fondation");
    // Decisions shared: everyone (N/A without a board); employees' place: employers.
    CHECK(shown(a, "decisions_shared"));
    CHECK_FALSE(shown(a, "employees_in_governance"));
    CHECK(shown(b, "employees_in_governance"));
    // One person, one vote: cooperatives and ESS companies, in the profile (a legal floor).
    CHECK_FALSE(shown(a, "voting_power"));
    CHECK_FALSE(shown(b, "voting_power"));
    CHECK(shown(c, "voting_power"));
    CHECK(shown(e, "voting_power"));
    CHECK(reference().find_question("voting_power")->is_profile());
    // Older people: asked in health and social care only.
    CHECK(shown(b, "older_people"));
    CHECK(shown(f, "older_people"));
    CHECK_FALSE(shown(c, "older_people"));
    // Rounds: employers only; B and E work on rounds, C does not.
    CHECK_FALSE(shown(a, "field_rounds"));
    CHECK(shown(b, "mobility_rounds"));
    CHECK_FALSE(shown(b, "mobility"));
    CHECK(shown(e, "mobility_rounds"));
    CHECK(shown(c, "mobility"));
    CHECK_FALSE(shown(c, "mobility_rounds"));
  }

  TEST_CASE("a 2.0.0 response is read by 2.1.0 and scores as it did") {
    // Persona B as landed in 2.0.0. Scores measured with the 2.0.0
    // questionnaire (git show 2fad873:questionnaires/…, autodiag score -q):
    // overall 67.0748…, governance 77.78, users 76.19, environment 33.33.
    Diagnostics d("persona-b-2.0.0");
    auto r = load::load_checked_response(test::read_source_file("tests/fixtures/persona-2.0.0/persona-b-medico-social.yaml"),
                                         reference(), d);
    REQUIRE(r);
    CHECK(r->response.questionnaire_version == "2.0.0");
    score::Result result = score::compute(reference(), r->response, r->answers);
    CHECK(result.overall == doctest::Approx(67.07482993197279));
    CHECK(result.themes[0].score == doctest::Approx(700.0 / 9));
    CHECK(result.themes[4].score == doctest::Approx(76.19047619047619));
    CHECK(result.themes[6].score == doctest::Approx(100.0 / 3));
    // Its mobility answer still counts: it never said it works on rounds.
    CHECK(r->answers.presence[reference().find_question("mobility")->index] == model::Presence::shown);
  }

  TEST_CASE("version 2.1.0; the frozen 1.0.0 stays bundled beside it") {
    CHECK(reference().version.text == "2.1.0");
    Diagnostics d("guide-bonnes-pratiques-ess-1.0.0.yaml");
    auto old = load::load_questionnaire(test::read_source_file("questionnaires/guide-bonnes-pratiques-ess-1.0.0.yaml"), d);
    REQUIRE(old);
    CHECK(d.items().empty());
    CHECK(old->version.text == "1.0.0");
    CHECK(old->question_count() == 56);
    CHECK(old->find_question("access_for_all") != nullptr);
  }

  TEST_CASE("every support option is dated and every region has its CRESS except Normandie") {
    std::set<std::string> regions_with_cress;
    for (const auto& s : reference().support) {
      CAPTURE(s.id);
      CHECK(s.checked == "2026-11-27");
      if (s.id.starts_with("cress_")) regions_with_cress.insert(s.regions.begin(), s.regions.end());
    }
    std::set<std::string> regions;
    for (const auto& o : reference().field_with_role(model::Role::department)->options) {
      if (!o.region.empty()) regions.insert(o.region);
    }
    CHECK(regions.size() == 18);
    regions.erase("normandie");  // CRESS in liquidation since 11 July 2025
    CHECK(regions_with_cress == regions);
  }
}
