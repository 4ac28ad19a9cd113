#include "load/checked_response.h"
#include "load/questionnaire_loader.h"
#include "report/explain_text.h"
#include "report/numbers.h"
#include "score/result.h"

#include <doctest/doctest.h>

#include <fstream>
#include <random>
#include <regex>
#include <sstream>

using namespace autodiag;

namespace {

const char* scoring_questionnaire = R"(format: autodiag-questionnaire/1
id: scoring
version: 2.3.0
title: Scoring
languages: [fr]
profile:
  - {id: employees, type: number, text: Salariés, min: 0}
scales:
  - id: m
    options:
      - {id: a, label: A, score: 0}
      - {id: b, label: B, score: 1}
      - {id: c, label: C, score: 2}
      - {id: d, label: D, score: 3}
levels:
  - {id: low, from: 0, to: 50, label: Bas}
  - {id: high, from: 50, to: 100, label: Haut}
themes:
  - id: t1
    title: T1
    weight: 2
    questions:
      - {id: q1, type: choice, scale: m, text: Q1, required: true}
      - {id: q2, type: choice, scale: m, text: Q2, weight: 3, na: true}
      - id: q3
        type: multi
        text: Q3
        cap: 2
        options: [{id: x, label: X, score: 1}, {id: y, label: Y, score: 1}, {id: z, label: Z, score: 1}]
      - id: q4
        type: number
        text: Q4
        min: 0
        max: 100
        bands: [{from: 0, to: 20, score: 0}, {from: 20, to: 50, score: 1}, {from: 50, to: 100, score: 2}]
      - {id: q5, type: yesno, text: Q5, when: "employees >= 1"}
      - {id: q6, type: text, text: Q6}
  - id: t2
    title: T2
    questions:
      - {id: r1, type: choice, scale: m, text: R1}
      - {id: r2, type: yesno, text: R2, scores: {yes: 0, no: 2}}
)";

model::Questionnaire scoring() {
  Diagnostics d("scoring.yaml");
  auto q = load::load_questionnaire(scoring_questionnaire, d);
  REQUIRE(q);
  return std::move(*q);
}

std::string response_text(const std::string& body, const std::string& status = "complete",
                          const std::string& version = "2.3.0") {
  return "format: autodiag-response/1\nquestionnaire: {id: scoring, version: " + version + "}\nstatus: " + status +
         "\n" + body;
}

const char* base_answers = R"(profile: {employees: 0}
answers:
  q1: c
  q2: na
  q3: [x, y, z]
  q4: 35
  q5: "yes"
  q6: "libre"
  r1: d
  r2: "no"
)";

struct Scored {
  load::CheckedResponse checked;
  score::Result result;
};

Scored score_of(const model::Questionnaire& q, const std::string& text, Diagnostics& d) {
  auto checked = load::load_checked_response(text, q, d);
  REQUIRE(checked);
  score::Result result = score::compute(q, checked->response, checked->answers);
  return {std::move(*checked), std::move(result)};
}

}  // namespace

TEST_SUITE("score::compute") {
  TEST_CASE("N/A, hidden, cap, bands, yes/no scores and theme weights, computed by hand") {
    auto q = scoring();
    Diagnostics d("r.yaml");
    Scored s = score_of(q, response_text(base_answers), d);
    const auto& t1 = s.result.themes[0];
    // q1 2/3, q3 min(3, cap 2)/2 = 1, q4 35 in [20, 50) = 1/2; q2 N/A and q5
    // hidden are outside the maximum; q6 is free text.
    CHECK(t1.score == doctest::Approx((2.0 / 3 + 1 + 0.5) / 3 * 100));
    CHECK(t1.counted_weight == 3);
    CHECK(t1.total_weight == 6 + 1);  // q1 1 + q2 3 + q3 1 + q4 1 + q5 1
    CHECK(t1.level->id == "high");
    CHECK(t1.counts.total == 6);
    CHECK(t1.counts.applicable == 4);
    CHECK(t1.counts.answered == 4);
    CHECK(t1.counts.not_applicable == 1);
    CHECK(t1.counts.hidden == 1);
    CHECK(t1.counts.unanswered == 0);
    CHECK(t1.questions[1].exclusion == score::Exclusion::not_applicable);
    CHECK(t1.questions[2].points == 2);
    CHECK(t1.questions[4].exclusion == score::Exclusion::hidden);
    CHECK(t1.questions[5].exclusion == score::Exclusion::unscored);
    // r1 3/3, r2 "no" scores 2 of 2.
    CHECK(s.result.themes[1].score == 100);
    CHECK(s.result.overall == doctest::Approx((2 * 72.2222222222 + 100) / 3));
    CHECK(report::show_score(s.result.overall) == "81");
    CHECK(s.result.level->id == "high");
    CHECK(s.result.completion == 1.0);
    // The answer to the hidden q5 is reported, not counted.
    REQUIRE(d.items().size() == 1);
    CHECK(d.items()[0].severity == Severity::warning);
    CHECK(d.items()[0].message.en == "'q5' is answered but its condition (employees >= 1) is false: the answer is ignored");
  }

  TEST_CASE("question weights inside a theme") {
    auto q = scoring();
    Diagnostics d;
    std::string body = base_answers;
    body.replace(body.find("q2: na"), 6, "q2: b");
    Scored s = score_of(q, response_text(body), d);
    // (1×2/3 + 3×1/3 + 1×1 + 1×1/2) / (1+3+1+1)
    CHECK(s.result.themes[0].score == doctest::Approx((2.0 / 3 + 1 + 1 + 0.5) / 6 * 100));
    CHECK(report::show_score(s.result.themes[0].score) == "53");
    CHECK(s.result.themes[0].level->id == "high");
    CHECK(s.result.themes[0].questions[1].contribution == doctest::Approx(3 * (1.0 / 3) / 6 * 100));
  }

  TEST_CASE("a theme not addressed this year is left out of the overall score") {
    auto q = scoring();
    Diagnostics d;
    Scored s = score_of(q, response_text(std::string(base_answers) + "not_addressed: [t2]\n"), d);
    CHECK_FALSE(s.result.themes[1].addressed);
    CHECK_FALSE(s.result.themes[1].scored);
    CHECK(s.result.overall == doctest::Approx(s.result.themes[0].score));
    CHECK(s.result.counted_weight == 2);
    // r1 and r2 answered in a theme not addressed: two warnings, plus q5.
    CHECK(d.count(Severity::warning) == 3);
  }

  TEST_CASE("a theme scored on a single answer is a fragile indication, left out of the overall score") {
    auto q = scoring();
    Diagnostics d;
    std::string body = base_answers;
    body.erase(body.find("  r2: \"no\"\n"), std::string("  r2: \"no\"\n").size());
    Scored s = score_of(q, response_text(body, "in_progress"), d);
    // t2 rests on r1 alone (3 of 3: 100); t1 on three answers (72.2).
    CHECK(s.result.themes[1].score == 100);
    CHECK(s.result.themes[1].fragile);
    CHECK_FALSE(s.result.themes[0].fragile);
    // Without the rule the overall would be (2 × 72.2 + 100) ÷ 3 = 81.5.
    CHECK(s.result.overall == doctest::Approx((2.0 / 3 + 1 + 0.5) / 3 * 100));
    CHECK(report::show_score(s.result.overall) == "72");
    CHECK(s.result.counted_weight == 2);
  }

  TEST_CASE("on the short path, the questions not asked are neither unanswered nor counted") {
    auto q = scoring();
    Diagnostics d;
    std::string text = response_text("path: short\nprofile: {employees: 0}\nanswers:\n  q1: c\n  r1: d\n  r2: \"no\"\n",
                                     "complete");
    Scored s = score_of(q, text, d);
    const auto& t1 = s.result.themes[0];
    CHECK(t1.counts.not_asked == 4);  // q2, q3, q4, q6: none is core; q5 is hidden
    CHECK(t1.counts.unanswered == 0);
    CHECK(t1.questions[2].exclusion == score::Exclusion::not_asked);
    CHECK(t1.fragile);  // q1 alone
    CHECK(s.result.completion == 1.0);
    CHECK(s.result.overall == 100);  // t2 only: r1 3/3, r2 2/2
  }

  TEST_CASE("targets: gap and percent of target") {
    auto q = scoring();
    Diagnostics d;
    Scored s = score_of(q, response_text(std::string(base_answers) + "targets:\n  t1: {one_year: 80, three_years: 60}\n"), d);
    const auto& t1 = s.result.themes[0];
    REQUIRE(t1.one_year);
    CHECK(t1.one_year->gap == doctest::Approx(80 - t1.score));
    CHECK(t1.one_year->percent_of_target == doctest::Approx(t1.score / 80 * 100));
    REQUIRE(t1.three_years);
    CHECK(t1.three_years->gap == doctest::Approx(60 - t1.score));  // already passed: negative
    CHECK(t1.three_years->gap < 0);
    CHECK_FALSE(s.result.themes[1].one_year);
  }

  TEST_CASE("an in-progress response counts what is missing; a complete one is refused") {
    auto q = scoring();
    std::string body = base_answers;
    body.replace(body.find("  q1: c\n"), 8, "");
    Diagnostics d;
    Scored s = score_of(q, response_text(body, "in_progress"), d);
    REQUIRE(s.result.missing_required.size() == 1);
    CHECK(s.result.missing_required[0]->id == "q1");
    CHECK(s.result.themes[0].counts.unanswered == 1);
    CHECK(s.result.themes[0].score == doctest::Approx((1 + 0.5) / 2 * 100));
    CHECK(s.result.completion == doctest::Approx(6.0 / 7));

    Diagnostics refused("r.yaml");
    CHECK_FALSE(load::load_checked_response(response_text(body, "complete"), q, refused));
    REQUIRE(refused.count(Severity::error) == 1);
    CHECK(refused.items().back().message.en ==
          "the response is marked complete but required question 'q1' is unanswered");
    CHECK(refused.items().back().mark.line == 3);
  }

  TEST_CASE("another major version or questionnaire is refused, another minor version warns") {
    auto q = scoring();
    Diagnostics major("r.yaml");
    CHECK_FALSE(load::load_checked_response(response_text(base_answers, "complete", "3.0.0"), q, major));
    CHECK(major.items().at(0).message.en ==
          "this response was made with version 3.0.0 of the questionnaire, which is incompatible with the loaded "
          "version 2.3.0 (different major version)");
    CHECK(major.items().at(0).mark.line == 2);
    CHECK(major.items().at(0).mark.column == 16);

    Diagnostics minor("r.yaml");
    CHECK(load::load_checked_response(response_text(base_answers, "complete", "2.1.0"), q, minor));
    CHECK(minor.items().at(0).severity == Severity::warning);
    CHECK(minor.items().at(0).message.en ==
          "this response was made with version 2.1.0 of the questionnaire; the loaded version is 2.3.0");

    std::string other = response_text(base_answers);
    other.replace(other.find("id: scoring"), 11, "id: autre");
    Diagnostics wrong_id("r.yaml");
    CHECK_FALSE(load::load_checked_response(other, q, wrong_id));
    CHECK(wrong_id.items().at(0).message.en == "this response is for questionnaire 'autre', not 'scoring'");
  }
}

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

model::Questionnaire bundled() {
  Diagnostics d;
  auto q = load::load_questionnaire(read_file(std::string(AUTODIAG_SOURCE_DIR) + "/questionnaires/guide-bonnes-pratiques-ess.yaml"), d);
  REQUIRE(q);
  return std::move(*q);
}

const char* personas[] = {"persona-a-association-sportive", "persona-b-medico-social", "persona-c-scic-tiers-lieu",
                          "persona-d-banque-cooperative", "persona-e-sas-ess-nantes", "in-progress"};

load::CheckedResponse example(const model::Questionnaire& q, const std::string& persona) {
  Diagnostics d;
  auto checked = load::load_checked_response(
      read_file(std::string(AUTODIAG_SOURCE_DIR) + "/examples/" + persona + ".yaml"), q, d);
  REQUIRE(checked);
  return std::move(*checked);
}

void check_bounds(const score::Result& r) {
  CHECK(r.overall >= 0);
  CHECK(r.overall <= 100);
  for (const auto& t : r.themes) {
    CHECK(t.score >= 0);
    CHECK(t.score <= 100);
    double sum = 0;
    for (const auto& s : t.questions) sum += s.contribution;
    if (t.scored) CHECK(sum == doctest::Approx(t.score));
  }
}

}  // namespace

TEST_SUITE("score properties") {
  TEST_CASE("marking a question N/A never changes the other questions' points, and scores stay in 0..100") {
    auto q = bundled();
    for (const char* persona : personas) {
      CAPTURE(persona);
      load::CheckedResponse checked = example(q, persona);
      score::Result before = score::compute(q, checked.response, checked.answers);
      check_bounds(before);
      for (size_t i = 0; i < q.question_count(); ++i) {
        if (!checked.answers.effective(i) || !q.question(i).scored()) continue;
        model::AnswerSet changed = checked.answers;
        changed.answers[i] = model::Answer(model::Answer::Kind::na);
        score::Result after = score::compute(q, checked.response, changed);
        check_bounds(after);
        for (size_t t = 0; t < after.themes.size(); ++t) {
          for (size_t k = 0; k < after.themes[t].questions.size(); ++k) {
            const auto& a = after.themes[t].questions[k];
            const auto& b = before.themes[t].questions[k];
            if (a.question->index == i) {
              CHECK(a.exclusion == score::Exclusion::not_applicable);
              continue;
            }
            CHECK(a.points == b.points);
            CHECK(a.max_points == b.max_points);
            CHECK(a.weight == b.weight);
            CHECK(a.exclusion == b.exclusion);
          }
        }
      }
    }
  }

  TEST_CASE("random answers always give scores within 0..100") {
    auto q = bundled();
    std::mt19937 rng(20261126);
    for (int round = 0; round < 200; ++round) {
      model::Response response;
      model::AnswerSet set;
      set.answers.resize(q.question_count());
      for (size_t i = 0; i < q.question_count(); ++i) {
        const auto& question = q.question(i);
        if (rng() % 5 == 0) continue;
        if (question.na_allowed && rng() % 6 == 0) {
          set.answers[i] = model::Answer(model::Answer::Kind::na);
          continue;
        }
        model::Answer a;
        switch (question.type) {
          case model::QuestionType::choice:
            a = model::Answer(model::Answer::Kind::option);
            a.option = question.options[rng() % question.options.size()].id;
            break;
          case model::QuestionType::multi:
            a = model::Answer(model::Answer::Kind::options);
            for (const auto& o : question.options) {
              if (rng() % 2) a.options.push_back(o.id);
            }
            break;
          case model::QuestionType::yesno:
            a = model::Answer(model::Answer::Kind::option);
            a.option = rng() % 2 ? "yes" : "no";
            break;
          case model::QuestionType::number: {
            a = model::Answer(model::Answer::Kind::number);
            double lo = question.min.value_or(0);
            double hi = question.max.value_or(lo + 500);
            if (!question.bands.empty()) {
              lo = std::max(lo, question.bands.front().from);
              hi = std::min(hi, question.bands.back().to);
            }
            a.number = lo + (hi - lo) * static_cast<double>(rng() % 1001) / 1000;
            break;
          }
          case model::QuestionType::text:
            a = model::Answer(model::Answer::Kind::text);
            a.text = "x";
            break;
        }
        set.answers[i] = a;
      }
      set.presence = model::compute_presence(q, set.answers, {});
      check_bounds(score::compute(q, response, set));
    }
  }

  TEST_CASE("explain reproduces the score numbers exactly") {
    auto q = bundled();
    for (const char* persona : personas) {
      CAPTURE(persona);
      load::CheckedResponse checked = example(q, persona);
      score::Result result = score::compute(q, checked.response, checked.answers);
      std::string text = report::explain_text(q, result, Lang::fr, "");
      std::vector<std::string> shown;
      std::regex final_number("→ ([0-9]+)/100");
      for (auto it = std::sregex_iterator(text.begin(), text.end(), final_number); it != std::sregex_iterator(); ++it) {
        shown.push_back((*it)[1]);
      }
      std::vector<std::string> expected;
      for (const auto& t : result.themes) {
        if (t.scored) expected.push_back(report::show_score(t.score));
      }
      if (result.scored) expected.push_back(report::show_score(result.overall));
      CHECK(shown == expected);
    }
  }
}

TEST_SUITE("score::compute") {
  // An obligation on q1 from 11 employees (docs/scoring.md): a floor recalled
  // in the plan, not a practice to score.
  model::Questionnaire with_obligation() {
    std::string yaml = std::string(scoring_questionnaire) +
                       "obligations:\n"
                       "  - {id: o1, applies_when: \"employees >= 11\", question: q1, met: [c, d], text: O1, source: Loi}\n";
    Diagnostics d("scoring.yaml");
    auto q = load::load_questionnaire(yaml, d);
    REQUIRE(q);
    return std::move(*q);
  }

  TEST_CASE("the question of an obligation that applies is left out of the score, computed by hand") {
    auto q = with_obligation();
    std::string body = base_answers;
    body.replace(body.find("{employees: 0}"), 14, "{employees: 20}");
    Diagnostics d;
    Scored s = score_of(q, response_text(body), d);
    const auto& t1 = s.result.themes[0];
    // q1 ("c", 2 of 3) is the obligation's: out. q3 1, q4 1/2, and q5 "yes"
    // 1/1 (shown from 1 employee): (1 + 0.5 + 1) / 3.
    CHECK(t1.questions[0].exclusion == score::Exclusion::obligation);
    CHECK(t1.score == doctest::Approx(2.5 / 3 * 100));
    CHECK(report::show_score(t1.score) == "83");
    CHECK(t1.counted_weight == 3);
    CHECK(t1.counts.applicable == 5);  // q1, q3, q4, q5, q6: answered, but q1 is not a gap
    CHECK(t1.counts.answered == 5);
    CHECK(t1.counts.unanswered == 0);
    // (2 × 83.3 + 100) / 3 = 88.9.
    CHECK(s.result.overall == doctest::Approx((2 * 2.5 / 3 * 100 + 100) / 3));
    CHECK(s.result.completion == 1.0);

    // Below 11 employees it does not apply: q1 counts, (2/3 + 1 + 0.5 + 1) / 4.
    body.replace(body.find("{employees: 20}"), 15, "{employees: 5}");
    Diagnostics d5;
    Scored five = score_of(q, response_text(body), d5);
    CHECK(five.result.themes[0].questions[0].exclusion == score::Exclusion::counted);
    CHECK(five.result.themes[0].score == doctest::Approx((2.0 / 3 + 1 + 0.5 + 1) / 4 * 100));
  }

  TEST_CASE("an obligation's question left unanswered is not a gap, and not settled either") {
    auto q = with_obligation();
    std::string body = base_answers;
    body.replace(body.find("{employees: 0}"), 14, "{employees: 20}");
    body.erase(body.find("  q1: c\n"), std::string("  q1: c\n").size());
    Diagnostics d;
    Scored s = score_of(q, response_text(body, "in_progress"), d);
    const auto& t1 = s.result.themes[0];
    CHECK(t1.questions[0].exclusion == score::Exclusion::obligation);
    CHECK(t1.questions[0].answer == nullptr);
    CHECK(t1.counts.unanswered == 0);
    CHECK(t1.counts.applicable == 5);
    CHECK(t1.counts.answered == 4);
    CHECK(t1.score == doctest::Approx(2.5 / 3 * 100));
    // Eight theme questions shown (q2 N/A counts as settled), q1 not settled.
    CHECK(s.result.completion == doctest::Approx(7.0 / 8));
  }
}
