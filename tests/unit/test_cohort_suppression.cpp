#include "cohort/suppression.h"

#include <doctest/doctest.h>

#include <random>

using namespace autodiag;
using cohort::Criterion;

namespace {

cohort::GroupKeys keys(const std::string& legal_form, const std::string& department, const std::string& region) {
  cohort::GroupKeys k;
  k[Criterion::legal_form] = legal_form;
  k[Criterion::department] = department;
  k[Criterion::region] = region;
  return k;
}

size_t hidden_total(const std::vector<size_t>& counts, const std::vector<bool>& shown) {
  size_t hidden = 0;
  for (size_t i = 0; i < counts.size(); ++i) hidden += shown[i] ? 0 : counts[i];
  return hidden;
}

}  // namespace

TEST_SUITE("cohort::shown_cells") {
  TEST_CASE("a cell under the threshold is hidden, and so is the next smallest when the rest would isolate it") {
    CHECK(cohort::shown_cells({10, 4, 3}, 5) == std::vector<bool>{true, false, false});  // 7 hidden together
    CHECK(cohort::shown_cells({10, 6, 4}, 5) == std::vector<bool>{true, false, false});  // 10 − … would give the 4
    CHECK(cohort::shown_cells({10, 4}, 5) == std::vector<bool>{false, false});         // total − 10 = the 4
    CHECK(cohort::shown_cells({5, 5, 5, 1}, 5) == std::vector<bool>{true, true, false, false});  // ties: the later goes
    CHECK(cohort::shown_cells({5, 0, 7}, 5) == std::vector<bool>{true, false, true});  // an empty cell hides nobody
    CHECK(cohort::shown_cells({3, 3}, 3) == std::vector<bool>{true, true});
    CHECK(cohort::shown_cells({8, 9}, 5, {false, true}) == std::vector<bool>{true, false});  // 9 hidden: enough
  }

  TEST_CASE("whatever the cohort, no shown cell and no difference covers 1 to k - 1 organisations") {
    std::mt19937 random(19);
    for (int trial = 0; trial < 2000; ++trial) {
      size_t k = 3 + random() % 5;
      std::vector<size_t> counts(1 + random() % 8);
      for (size_t& c : counts) c = random() % 12;
      std::vector<bool> shown = cohort::shown_cells(counts, k);
      for (size_t i = 0; i < counts.size(); ++i) {
        if (shown[i]) CHECK(counts[i] >= k);
      }
      // Nothing shown at all: the column's total is below k and not shown either.
      bool none = std::find(shown.begin(), shown.end(), true) == shown.end();
      size_t hidden = hidden_total(counts, shown);
      CHECK((hidden == 0 || hidden >= k || none));
    }
  }
}

TEST_SUITE("cohort::publish") {
  TEST_CASE("a group of four is merged into autres, never a row of its own") {
    cohort::Population p(1);
    for (int i = 0; i < 6; ++i) p.add(keys("association", "72", "pays-de-la-loire"), {true});
    for (int i = 0; i < 5; ++i) p.add(keys("scic", "72", "pays-de-la-loire"), {true});
    for (int i = 0; i < 4; ++i) p.add(keys("scop", "72", "pays-de-la-loire"), {true});
    cohort::Publication pub = cohort::publish(p, 5);
    const cohort::PublishedTable& forms = pub.tables[static_cast<size_t>(Criterion::legal_form)];
    // The 4 Scop alone would be total − 11: the Scic (5) join them.
    CHECK(forms.rows.shown == std::vector<std::string>{"association"});
    CHECK(forms.rows.others == 9);
    CHECK(forms.cells[0] == std::vector<bool>{true, true});
    CHECK(pub.columns == std::vector<bool>{true});
  }

  TEST_CASE("a department inside its region: the region minus the department would be one organisation") {
    cohort::Population p(2);
    for (int i = 0; i < 6; ++i) p.add(keys("association", "44", "pays-de-la-loire"), {true, true});
    p.add(keys("association", "72", "pays-de-la-loire"), {true, true});
    for (int i = 0; i < 6; ++i) p.add(keys("association", "75", "ile-de-france"), {true, false});
    cohort::Publication pub = cohort::publish(p, 5);
    const cohort::PublishedTable& departments = pub.tables[static_cast<size_t>(Criterion::department)];
    const cohort::PublishedTable& regions = pub.tables[static_cast<size_t>(Criterion::region)];
    // Within the table: 44 (6), 75 (6), 72 (1) → 72 alone would be total − 12,
    // so 75 (the later of the two sixes) joins it in autres.
    CHECK(departments.rows.shown == std::vector<std::string>{"44"});
    CHECK(departments.rows.others == 7);
    CHECK(regions.rows.shown == std::vector<std::string>{"ile-de-france", "pays-de-la-loire"});
    // Overall column: Pays de la Loire (7) minus Loire-Atlantique (6) is the
    // organisation of the Sarthe: 44's cell is hidden. Then the department's
    // autres (72 and 75: 7) minus Île-de-France (6) is that same
    // organisation: Île-de-France's cell is hidden too.
    CHECK(departments.cells[0] == std::vector<bool>{false, true});
    CHECK(regions.cells[0] == std::vector<bool>{false, true, false});  // (no autres row: empty)
    // Second column: only the 7 of Pays de la Loire scored: the region's
    // cell is the whole column (shown); the department's 6 would leave 1.
    CHECK(departments.counts[1] == std::vector<size_t>{6, 1});
    CHECK(departments.cells[1] == std::vector<bool>{false, false});
    CHECK(regions.counts[1] == std::vector<size_t>{0, 7, 0});
    CHECK(regions.cells[1] == std::vector<bool>{false, true, false});
  }

  TEST_CASE("a column scored by fewer than min_group organisations shows nothing") {
    cohort::Population p(2);
    for (int i = 0; i < 8; ++i) p.add(keys("association", "44", "pays-de-la-loire"), {true, i < 4});
    cohort::Publication pub = cohort::publish(p, 5);
    CHECK(pub.columns == std::vector<bool>{true, false});
    CHECK(pub.tables[0].cells[1] == std::vector<bool>{false, false});
  }

  TEST_CASE("random cohorts: no shown cell, no nested or complementary difference isolates 1 to k - 1") {
    std::mt19937 random(2026);
    const char* forms[] = {"association", "scic", "scop", "mutual"};
    const char* departments[] = {"44", "49", "72", "75", "13"};
    auto region_of = [](const std::string& d) { return d == "75" ? "ile-de-france" : d == "13" ? "paca" : "pdl"; };
    for (int trial = 0; trial < 200; ++trial) {
      cohort::Population p(1);
      std::vector<cohort::GroupKeys> orgs;
      size_t n = 3 + random() % 30;
      for (size_t i = 0; i < n; ++i) {
        std::string d = departments[random() % 5];
        orgs.push_back(keys(forms[random() % 4], d, region_of(d)));
        p.add(orgs.back(), {true});
      }
      const size_t k = 5;
      cohort::Publication pub = cohort::publish(p, k);
      // Every shown cell as the set of organisations behind it, by table.
      std::vector<std::vector<std::vector<bool>>> tables(cohort::criterion_count);
      for (size_t t = 0; t < cohort::criterion_count; ++t) {
        const cohort::PublishedTable& table = pub.tables[t];
        for (size_t row = 0; row <= table.rows.shown.size(); ++row) {
          if (!table.cells[0][row]) continue;
          std::vector<bool> members(n);
          for (size_t i = 0; i < n; ++i) {
            const std::string& key = orgs[i][static_cast<Criterion>(t)];
            auto at = std::find(table.rows.shown.begin(), table.rows.shown.end(), key) - table.rows.shown.begin();
            members[i] = static_cast<size_t>(at) == row;
          }
          tables[t].push_back(members);
        }
      }
      auto size = [&](const std::vector<bool>& s) { return static_cast<size_t>(std::count(s.begin(), s.end(), true)); };
      auto common = [&](const std::vector<bool>& x, const std::vector<bool>& y) {
        size_t c = 0;
        for (size_t i = 0; i < n; ++i) c += x[i] && y[i];
        return c;
      };
      auto safe = [&](size_t rest) { return rest == 0 || rest >= k; };
      for (size_t a = 0; a < tables.size(); ++a) {
        for (const auto& cell : tables[a]) {
          CHECK(size(cell) >= k);
          CHECK(pub.columns[0]);
          for (size_t b = 0; b < tables.size(); ++b) {
            if (b == a) continue;
            size_t inside = 0, outside = 0;
            for (const auto& other : tables[b]) {
              if (common(cell, other) == size(other)) inside += size(other);
              if (common(cell, other) == 0) outside += size(other);
            }
            CHECK(safe(size(cell) - inside));
            CHECK(safe(n - size(cell) - outside));
          }
        }
      }
    }
  }
}
