#include "cohort/difference.h"
#include "cohort/suppression.h"

#include <doctest/doctest.h>

#include <array>
#include <bit>
#include <cstdint>
#include <random>

using namespace autodiag;
using cohort::Criterion;

namespace {

cohort::GroupKeys keys(const std::string& legal_form, const std::string& department, const std::string& region,
                       const std::string& size_band = "", const std::string& sector = "") {
  cohort::GroupKeys k;
  k[Criterion::legal_form] = legal_form;
  k[Criterion::department] = department;
  k[Criterion::region] = region;
  k[Criterion::size_band] = size_band;
  k[Criterion::sector] = sector;
  return k;
}

// Whether some choice of pairwise disjoint cells among `cells[at..]` (each
// inside `container`) leaves 1 to k - 1 of its organisations.
bool isolates(std::uint64_t container, const std::vector<std::uint64_t>& cells, size_t at, std::uint64_t taken,
              size_t k) {
  auto rest = static_cast<size_t>(std::popcount(container & ~taken));
  if (taken != 0 && rest > 0 && rest < k) return true;
  for (size_t i = at; i < cells.size(); ++i) {
    if ((cells[i] & taken) == 0 && isolates(container, cells, i + 1, taken | cells[i], k)) return true;
  }
  return false;
}

// The rows of a published table whose cell (column 0) is withheld, by id
// ("autres" for the merged row).
std::vector<std::string> withheld(const cohort::PublishedTable& table) {
  std::vector<std::string> out;
  for (size_t row = 0; row < table.cells[0].size(); ++row) {
    if (!table.cells[0][row]) out.push_back(row < table.rows.shown.size() ? table.rows.shown[row] : "autres");
  }
  return out;
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

  TEST_CASE("random cohorts: no shown cell, and no shown cell or total minus cells of one or two other tables, isolates 1 to k - 1") {
    std::mt19937 random(2026);
    const char* forms[] = {"association", "scic", "scop", "mutual"};
    const char* departments[] = {"44", "49", "72", "75", "13"};
    const char* bands[] = {"1-10", "11-49", "50-249"};
    auto region_of = [](const std::string& d) { return d == "75" ? "ile-de-france" : d == "13" ? "paca" : "pdl"; };
    size_t mixed = 0;  // differences that could take cells of two tables
    for (int trial = 0; trial < 200; ++trial) {
      cohort::Population p(1);
      std::vector<cohort::GroupKeys> orgs;
      size_t n = 3 + random() % 30;
      for (size_t i = 0; i < n; ++i) {
        // Drawn one statement each: the order of a call's arguments is the
        // compiler's choice, and gcc and clang must draw the same cohorts.
        std::string d = departments[random() % 5];
        std::string form = forms[random() % 4];
        std::string band = bands[random() % 3];
        orgs.push_back(keys(form, d, region_of(d), band));
        p.add(orgs.back(), {true});
      }
      const size_t k = 5;
      cohort::Publication pub = cohort::publish(p, k);
      // Every shown cell as the set of organisations behind it (a bit each), by table.
      std::vector<std::vector<std::uint64_t>> tables(cohort::criterion_count);
      for (size_t t = 0; t < cohort::criterion_count; ++t) {
        const cohort::PublishedTable& table = pub.tables[t];
        for (size_t row = 0; row <= table.rows.shown.size(); ++row) {
          if (!table.cells[0][row]) continue;
          std::uint64_t members = 0;
          for (size_t i = 0; i < n; ++i) {
            const std::string& key = orgs[i][static_cast<Criterion>(t)];
            auto at = std::find(table.rows.shown.begin(), table.rows.shown.end(), key) - table.rows.shown.begin();
            if (static_cast<size_t>(at) == row) members |= std::uint64_t{1} << i;
          }
          CHECK(static_cast<size_t>(std::popcount(members)) >= k);
          CHECK(pub.columns[0]);
          tables[t].push_back(members);
        }
      }
      // Containers: each shown cell, then the total (as table criterion_count).
      std::vector<std::pair<size_t, std::uint64_t>> containers;
      for (size_t t = 0; t < tables.size(); ++t) {
        for (std::uint64_t cell : tables[t]) containers.emplace_back(t, cell);
      }
      if (pub.columns[0]) containers.emplace_back(cohort::criterion_count, (std::uint64_t{1} << n) - 1);
      for (const auto& [a, container] : containers) {
        for (size_t b = 0; b < tables.size(); ++b) {
          for (size_t c = b + 1; c < tables.size(); ++c) {
            if (a == b || a == c) continue;
            std::vector<std::uint64_t> inside;
            std::array<bool, 2> found{};
            for (size_t side = 0; side < 2; ++side) {
              for (std::uint64_t cell : tables[side == 0 ? b : c]) {
                if ((cell & ~container) == 0 && cell != container) {
                  inside.push_back(cell);
                  found[side] = true;
                }
              }
            }
            mixed += found[0] && found[1] ? 1 : 0;
            CHECK_FALSE(isolates(container, inside, 0, 0, k));
          }
        }
      }
    }
    CHECK(mixed == 1505);
  }

  TEST_CASE("the total minus two legal forms and two size bands would leave four (bench/audit_cost.sh)") {
    // The cohort the pairwise rule let through: 1 in 1,000 random small
    // cohorts of bench/audit_cost.sh (seed 19, cohort 247).
    const char* members[][5] = {
        {"form-0", "band-4", "sector-0", "region-0", "department-0"},
        {"form-1", "band-0", "sector-5", "region-0", "department-6"},
        {"form-0", "band-1", "sector-0", "region-2", "department-5"},
        {"form-2", "band-4", "sector-4", "region-0", "department-0"},
        {"form-0", "band-3", "sector-3", "region-0", "department-0"},
        {"form-2", "band-4", "sector-0", "region-2", "department-2"},
        {"form-0", "band-1", "sector-5", "region-2", "department-2"},
        {"form-1", "band-0", "sector-1", "region-1", "department-1"},
        {"form-3", "band-0", "sector-2", "region-0", "department-0"},
        {"form-4", "band-0", "sector-0", "region-1", "department-1"},
        {"form-0", "band-1", "sector-1", "region-0", "department-0"},
        {"form-2", "band-1", "sector-1", "region-2", "department-5"},
        {"form-0", "band-4", "sector-1", "region-2", "department-5"},
        {"form-4", "band-3", "sector-0", "region-0", "department-3"},
        {"form-0", "band-1", "sector-0", "region-0", "department-0"},
        {"form-0", "band-1", "sector-0", "region-0", "department-6"},
        {"form-2", "band-4", "sector-1", "region-2", "department-5"},
        {"form-5", "band-2", "sector-2", "region-0", "department-0"},
        {"form-1", "band-2", "sector-2", "region-0", "department-9"},
        {"form-1", "band-2", "sector-2", "region-0", "department-9"},
        {"form-0", "band-1", "sector-5", "region-1", "department-4"},
        {"form-3", "band-2", "sector-2", "region-1", "department-1"},
        {"form-1", "band-3", "sector-2", "region-2", "department-8"},
        {"form-2", "band-3", "sector-0", "region-1", "department-1"},
        {"form-1", "band-3", "sector-2", "region-0", "department-0"},
        {"form-2", "band-0", "sector-1", "region-1", "department-1"},
        {"form-2", "band-1", "sector-1", "region-2", "department-11"},
        {"form-2", "band-1", "sector-1", "region-1", "department-1"},
        {"form-0", "band-2", "sector-1", "region-0", "department-0"},
    };
    cohort::Population p(1);
    for (const auto& m : members) p.add(keys(m[0], m[4], m[3], m[1], m[2]), {true});
    cohort::Publication pub = cohort::publish(p, 5);
    auto table = [&](Criterion c) -> const cohort::PublishedTable& { return pub.tables[static_cast<size_t>(c)]; };
    // Rows: form-0 10, form-1 6, form-2 8, autres 5 (form-3, -4, -5);
    // band-0 5, band-1 9, band-2 5, band-3 5, band-4 5; sector-0 8,
    // sector-1 9, sector-2 7, autres 5; region-0 14, region-1 7, region-2 8;
    // department-0 9, department-1 6, autres 14.
    CHECK(table(Criterion::legal_form).rows.shown == std::vector<std::string>{"form-0", "form-1", "form-2"});
    CHECK(table(Criterion::legal_form).counts[0] == std::vector<size_t>{10, 6, 8, 5});
    CHECK(table(Criterion::size_band).counts[0] == std::vector<size_t>{5, 9, 5, 5, 5, 0});
    // 1. 29 − form-1 (6) − autres (5) − band-1 (9) − band-4 (5) = 4: the
    //    form-1 and other forms have no one in bands 1 and 4; the four left
    //    are form-0 in bands 2 and 3, form-2 in bands 0 and 3. The smallest
    //    cell subtracted goes: band-4 (the later of the fives).
    CHECK(withheld(table(Criterion::size_band)) == std::vector<std::string>{"band-4", "autres"});
    CHECK(withheld(table(Criterion::legal_form)).empty());
    // 2. 29 − form-0 (10) − form-2 (8) − sector-2 (7) = 4: no one of
    //    sector-2 is of form-0 or form-2. sector-2 goes.
    CHECK(withheld(table(Criterion::sector)) == std::vector<std::string>{"sector-2"});
    // 3. region-1 (7) − department-1 (6) = 1 (the pairwise rule saw that one).
    CHECK(withheld(table(Criterion::department)) == std::vector<std::string>{"department-1"});
    CHECK(withheld(table(Criterion::region)) == std::vector<std::string>{"autres"});  // empty row
  }

  TEST_CASE("a group of cells with too many choices to search is undecided (publish then withholds one)") {
    // A grid: each cell of the first breakdown meets each cell of the second
    // in one organisation. With min_group above the container, no choice is
    // cut early: 13 cells a side are searched in full (2^14 - 1 steps), 14 are not.
    auto grid = [](size_t side) {
      cohort::Inside inside;
      inside.container = side * side;
      inside.cells = {std::vector<size_t>(side, side), std::vector<size_t>(side, side)};
      inside.common.assign(side, std::vector<size_t>(side, 1));
      return inside;
    };
    cohort::Difference thirteen = cohort::isolating_difference(grid(13), 200);
    CHECK(thirteen.kind == cohort::Difference::Kind::isolating);
    // Taking rows blocks every column: 169 − 12 rows of 13 leaves 13, the
    // smallest leftover above 0 (the first found takes rows 0 to 11).
    REQUIRE(thirteen.cells.size() == 12);
    for (size_t i = 0; i < 12; ++i) CHECK((thirteen.cells[i].side == 0 && thirteen.cells[i].index == i));
    cohort::Difference fourteen = cohort::isolating_difference(grid(14), 300);
    CHECK(fourteen.kind == cohort::Difference::Kind::undecided);
    CHECK(fourteen.cells.size() == 14);
    CHECK(std::all_of(fourteen.cells.begin(), fourteen.cells.end(), [](const cohort::CellRef& c) { return c.side == 0; }));
  }
}
