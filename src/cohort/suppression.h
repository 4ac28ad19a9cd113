#pragma once

#include "cohort/criteria.h"

#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace autodiag::cohort {

// The publication rule of every output a facilitator shares (summary,
// charts, benchmarks; docs/batch.md, "Safe to share"): a figure about
// organisations is shown only when it covers at least `min_group` of them,
// and what is hidden is never so small that subtracting the shown figures
// from a total would isolate fewer than `min_group` organisations.
inline constexpr size_t default_min_group = 5;
// Below three, a group's mean and one member's knowledge of its own score
// give away the other member's.
inline constexpr size_t min_group_floor = 3;

// One column of a table whose cells partition a population (each
// organisation in exactly one cell; `counts[i]` organisations behind cell i):
// which cells may be shown. A cell is shown when it covers at least
// `min_group` organisations; then, while the hidden cells together cover
// between 1 and min_group - 1 organisations (the column's total minus the
// shown cells would reveal them), the smallest shown cell is hidden too.
// Cells in `hidden` (same size as counts, or empty) are hidden whatever
// their size.
std::vector<bool> shown_cells(const std::vector<size_t>& counts, size_t min_group, const std::vector<bool>& hidden = {});

// The rows of a breakdown: the groups that may be shown, in the given order,
// and the organisations of the others, merged into one row "autres" (0, or at
// least min_group). `groups` are (id, organisations) pairs.
struct Breakdown {
  std::vector<std::string> shown;
  size_t others = 0;
};
Breakdown break_down(const std::vector<std::pair<std::string, size_t>>& groups, size_t min_group);

// Who is in the cohort, as far as publication goes: how many organisations
// share each combination of groups and of scored columns (a column is the
// overall score or a theme's). Its size grows with the distinct
// combinations, not with the organisations.
class Population {
 public:
  explicit Population(size_t columns) : m_columns(columns) {}
  void add(const GroupKeys& keys, std::vector<bool> scored);
  size_t columns() const { return m_columns; }
  size_t organisations() const { return m_organisations; }
  // Organisations in each group of `criterion` ("" when not given).
  std::map<std::string, size_t> group_sizes(Criterion criterion) const;
  const std::map<std::pair<GroupKeys, std::vector<bool>>, size_t>& profiles() const { return m_profiles; }

 private:
  size_t m_columns;
  size_t m_organisations = 0;
  std::map<std::pair<GroupKeys, std::vector<bool>>, size_t> m_profiles;
};

// A breakdown table as it may be published: per criterion its rows (shown
// groups, then "autres", empty when `others` is 0) and, per column, which
// cells may show a score. Beyond each table's own rule (shown_cells), the
// tables are checked against each other, column by column: a shown cell (or
// the column's total) minus any union of pairwise disjoint shown cells of
// one or two other tables inside it (a region minus its departments; the
// total minus two legal forms and two size bands) must not leave 1 to
// min_group - 1 organisations; otherwise one more cell is hidden. Where a
// search has too many choices (cohort/difference.h), a cell is hidden
// rather than left unchecked. Differences mixing three tables or more are
// not checked: docs/batch.md.
struct PublishedTable {
  Breakdown rows;
  std::vector<std::vector<bool>> cells;  // [column][row], rows as above
  std::vector<std::vector<size_t>> counts;  // organisations behind each cell, same shape
};
struct Publication {
  std::vector<bool> columns;  // a column's cohort-wide figures may be shown (at least min_group scores)
  std::array<PublishedTable, criterion_count> tables;
};
Publication publish(const Population& population, size_t min_group);

}  // namespace autodiag::cohort
