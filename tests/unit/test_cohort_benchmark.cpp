// batch --plans --benchmark: one organisation's position among its peers,
// computed by hand.
#include "batch/runner.h"

#include "cohort/benchmark.h"
#include "util/files.h"

#include "test_helpers.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace autodiag;

namespace {

using autodiag::test::TempDir;

std::string response(const std::string& name, const std::string& form, int employees, const std::string& statutes, int ag_rate,
                     const std::string& reviews, const std::string& training) {
  return fmt::format(
      "format: autodiag-response/1\nquestionnaire: {{id: mini, version: 1.0.0}}\nstatus: complete\n"
      "profile:\n  name: {}\n  legal_form: {}\n  department: \"44\"\n  employees: {}\n"
      "answers:\n  statutes_shared: {}\n  ag_rate: {}\n  annual_reviews: \"{}\"\n  training: [{}]\n",
      name, form, employees, statutes, ag_rate, reviews, training);
}

}  // namespace

TEST_SUITE("cohort benchmark") {
  TEST_CASE("quantile: QUARTILE.INC") {
    CHECK(cohort::quantile({0, 50.0 / 3, 50, 200.0 / 3, 200.0 / 3, 100}, 0.25) == doctest::Approx(25));
    CHECK(cohort::quantile({1, 2, 3, 4}, 0.75) == doctest::Approx(3.25));
    CHECK(cohort::quantile({7}, 0.25) == 7);
  }

  TEST_CASE("one organisation placed by hand among the six of its size band") {
    TempDir in("bench-in");
    TempDir out("bench-out");
    // Cible, 3 employees (1 to 10): statutes informal 1/3, turnout 20 % (15–30: 1/3),
    // no annual review 0, a training plan 2/3 → governance 33.3, pay policy 33.3.
    write_atomically(in / "0-cible.yaml", response("Cible", "association", 3, "informal", 20, "no", "plan"));
    // Six peers of 1 to 10 employees: governance (statutes, turnout) and pay policy (review, training).
    write_atomically(in / "p1.yaml", response("P1", "association", 5, "improved", 60, "yes", "plan, budget"));  // 100, 100
    write_atomically(in / "p2.yaml", response("P2", "association", 5, "formalised", 35, "yes", "plan"));  // 66.7, 83.3
    write_atomically(in / "p3.yaml", response("P3", "association", 5, "formalised", 20, "yes", "plan"));  // 50, 83.3
    write_atomically(in / "p4.yaml", response("P4", "association", 5, "formalised", 35, "yes", "budget"));  // 66.7, 66.7
    write_atomically(in / "p5.yaml", response("P5", "association", 5, "informal", 10, "yes", "budget"));  // 16.7, 66.7
    write_atomically(in / "p6.yaml", response("P6", "association", 5, "not_started", 10, "yes", "plan, budget"));  // 0, 100
    // Five larger organisations, all at the top: not in Cible's peers.
    for (int i = 1; i <= 5; ++i) {
      write_atomically(in / fmt::format("s{}.yaml", i),
                       response(fmt::format("S{}", i), "scop", 100, "improved", 80, "yes", "plan, budget"));
    }
    batch::BatchOptions options;
    options.inputs = {in.path().string()};
    options.out_dir = out.path().string();
    options.lang = Lang::en;
    options.plans = true;
    options.benchmark = true;
    std::ostringstream silent;
    batch::Progress progress(silent, false, false);
    CHECK(batch::run_batch(options, test::batch_questionnaire(), progress).responses == 12);
    std::string plan = read_input(out / "plans/cible.md");
    INFO(plan);
    CHECK(plan.find("### Among comparable organisations\n\nWe compared our scores with those of 6 organisations of the "
                    "same size (1 to 10) that answered") != std::string::npos);
    // Governance of the peers: 0, 16.7, 50, 66.7, 66.7, 100 → Q1 = 16.7 + 0.25 × 33.3 = 25,
    // Q3 = 66.7 + 0.75 × 0 = 66.7: 33.3 is in the middle half.
    CHECK(plan.find("| Democratic governance | 33 | in the middle half | 25 to 67 |\n") != std::string::npos);
    // Pay policy: 66.7, 66.7, 83.3, 83.3, 100, 100 → Q1 = 66.7 + 0.25 × 16.7 = 70.8,
    // Q3 = 83.3 + 0.75 × 16.7 = 95.8.
    CHECK(plan.find("| Pay policy | 33 | lower than three quarters of them | 71 to 96 |\n") != std::string::npos);
    // Reviews: all six do better; statutes: P1 to P4; turnout: P1, P2, P4
    // (3 of 6, not most); training: P1, P6.
    CHECK(plan.find("The questions where most comparable organisations do better than we do:\n\n"
                    "- Does every employee have an annual review? *(Pay policy)*: 6 out of 6 get more of its points than "
                    "we do.\n"
                    "- Are the statutes given to every new member? *(Democratic governance)*: 4 out of 6 get more of its "
                    "points than we do.\n\n") != std::string::npos);
    // A peer's plan leaves itself out: P1 is compared with Cible and P2 to P6.
    std::string p1 = read_input(out / "plans/p1.md");
    CHECK(p1.find("with those of 6 organisations of the same size (1 to 10)") != std::string::npos);
    CHECK(p1.find("| Democratic governance | 100 | higher than three quarters of them |") != std::string::npos);
    // The five Scop (50 to 249) are only 4 others each: their legal form neither;
    // the whole batch (11 others) then.
    std::string s1 = read_input(out / "plans/s1.md");
    CHECK(s1.find("with those of 11 organisations of the same batch") != std::string::npos);
  }

  TEST_CASE("the plan walk gives the same plans with --group-by organisation and with four jobs") {
    // Plans with --benchmark are written by a walk of their own once the
    // cohort is known; with --group-by it replays the grouping.
    TempDir in("bench-in");
    write_atomically(in / "0-cible.yaml", response("Cible", "association", 3, "informal", 20, "no", "plan"));
    const char* statutes[] = {"improved", "formalised", "formalised", "formalised", "informal", "not_started"};
    for (int i = 0; i < 6; ++i) {
      write_atomically(in / fmt::format("p{}.yaml", i + 1),
                       response(fmt::format("P{}", i + 1), "association", 5, statutes[i], 35, "yes", "plan"));
    }
    auto plans = [&](bool grouped, unsigned jobs) {
      TempDir out("bench-out");
      batch::BatchOptions options;
      options.inputs = {in.path().string()};
      options.out_dir = out.path().string();
      options.lang = Lang::en;
      options.plans = true;
      options.benchmark = true;
      options.group_by_organisation = grouped;
      options.jobs = jobs;
      std::ostringstream silent;
      batch::Progress progress(silent, false, false);
      batch::run_batch(options, test::batch_questionnaire(), progress);
      std::string all;
      for (const char* name : {"cible", "p1", "p2", "p3", "p4", "p5", "p6"}) {
        all += read_input(out / fmt::format("plans/{}.md", name));
      }
      return all;
    };
    std::string one = plans(false, 1);
    // Statutes of the peers: 100, 66.7 ×3, 33.3, 0 (turnout 35 %: 2/3) → governance 83.3, 66.7 ×3, 50,
    // 33.3: Q1 = 50 + 0.25 × 16.7 = 54.2, Q3 = 66.7; Cible has 33.3.
    CHECK(one.find("| Democratic governance | 33 | lower than three quarters of them | 54 to 67 |\n") !=
          std::string::npos);
    CHECK(plans(true, 1) == one);
    CHECK(plans(false, 4) == one);
  }

  TEST_CASE("no benchmark when the batch has fewer than min_group other organisations") {
    cohort::Peers peers(test::batch_questionnaire(), 5);
    cohort::Member m;
    m.themes = {50.0, std::nullopt};
    for (int i = 0; i < 5; ++i) peers.add(m);
    CHECK_FALSE(peers.benchmark(m, 0).has_value());  // 4 others
    CHECK(peers.benchmark(m, std::nullopt).has_value());  // not counted itself: 5 others
    CHECK(peers.benchmark(m, std::nullopt)->themes.size() == 1);
  }
}

TEST_SUITE("cohort evolution") {
  TEST_CASE("batch --previous: last year's outputs or responses, organisations matched by name") {
    TempDir last("evolution-last");
    TempDir now("evolution-now");
    TempDir out_last("evolution-out-last");
    TempDir out_now("evolution-out-now");
    // Governance (statutes, turnout) last year → this year; pay policy 83.3 both years.
    const char* statutes_last[] = {"informal", "informal", "formalised", "formalised", "not_started", "improved"};
    int turnout_last[] = {20, 10, 35, 20, 10, 60};  // 33.3, 16.7, 66.7, 50, 0, 100: mean 44.4
    const char* statutes_now[] = {"formalised", "informal", "improved", "informal", "informal", "improved", "formalised"};
    int turnout_now[] = {35, 10, 60, 20, 10, 60, 35};  // 66.7, 16.7, 100, 33.3, 16.7, 100 (+ O7 66.7): mean 57.1
    for (int i = 0; i < 6; ++i) {
      write_atomically(last / fmt::format("o{}.yaml", i + 1),
                       response(fmt::format("O{}", i + 1), "association", 5, statutes_last[i], turnout_last[i], "yes", "plan"));
    }
    for (int i = 0; i < 7; ++i) {
      // Names typed differently this year still match (case, spaces).
      write_atomically(now / fmt::format("o{}.yaml", i + 1),
                       response(fmt::format("\" o{} \"", i + 1), "association", 5, statutes_now[i], turnout_now[i], "yes", "plan"));
    }
    auto run = [](const std::string& in, const std::string& out, const std::string& previous) {
      batch::BatchOptions options;
      options.inputs = {in};
      options.out_dir = out;
      options.lang = Lang::en;
      options.previous = previous;
      std::ostringstream silent;
      batch::Progress progress(silent, false, false);
      batch::run_batch(options, test::batch_questionnaire(), progress);
      return read_input(out + "/summary.md");
    };
    run(last.path().string(), out_last.path().string(), "");
    // From last year's output folder (its scores.json), then from its responses.
    for (const std::string& previous : {out_last.path().string(), last.path().string()}) {
      INFO(previous);
      std::string summary = run(now.path().string(), out_now.path().string(), previous);
      CHECK(summary.find("## Compared with last year\n\nLast year: 6 organisations. Followed both years (same organisation "
                         "name): 6.") != std::string::npos);
      // Overall = (governance + pay policy) / 2: (44.4 + 83.3) / 2 = 63.9 → 64; (57.1 + 83.3) / 2 = 70.2 → 70.
      // O1, O3 and O5 progressed; O2 and O6 the same; O4 went down.
      CHECK(summary.find("| **Overall** | 64 | 70 | 6 | 3 (50%) |\n"
                         "| Democratic governance | 44 | 57 | 6 | 3 (50%) |\n"
                         "| Pay policy | 83 | 83 | 6 | 0 (0%) |\n") != std::string::npos);
    }
  }
}
