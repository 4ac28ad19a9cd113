#pragma once

#include <array>
#include <cstddef>
#include <vector>

namespace autodiag::cohort {

// The publication rule's search (publish(), docs/batch.md "Safe to share"):
// the shown cells of two breakdowns that lie inside one container (a shown
// cell of a third breakdown, or a column's total), and how they overlap.
// Every cell covers at least min_group organisations.
struct Inside {
  size_t container = 0;                     // organisations in the container
  std::array<std::vector<size_t>, 2> cells;  // organisations in each cell of each breakdown
  std::vector<std::vector<size_t>> common;  // [cell of the first][cell of the second]: in both
};

// A cell of one of the two breakdowns: side 0 or 1, index in `cells[side]`.
struct CellRef {
  size_t side = 0, index = 0;
};

// What the search found. `isolating`: cells, pairwise disjoint, whose union
// leaves 1 to min_group - 1 organisations of the container (any choice of
// the cells, of one breakdown or both, is considered). `undecided`: a group
// of overlapping cells has too many choices to go through: the search takes
// at most `max_choices` steps per group, enough for every choice of 13 cells
// on the group's smaller side (2^14 - 1 steps), and more when choices that
// already leave min_group out are cut early; `cells` are that side's cells,
// the caller withholds one and searches again.
struct Difference {
  enum class Kind { none, isolating, undecided } kind = Kind::none;
  std::vector<CellRef> cells;
};

inline constexpr size_t max_choices = size_t{1} << 14;

Difference isolating_difference(const Inside& inside, size_t min_group);

}  // namespace autodiag::cohort
