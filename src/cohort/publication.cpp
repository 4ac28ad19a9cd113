#include "cohort/suppression.h"

#include "cohort/difference.h"

#include <algorithm>
#include <optional>

namespace autodiag::cohort {

void Population::add(const GroupKeys& keys, std::vector<bool> scored) {
  scored.resize(m_columns);
  ++m_profiles[{keys, std::move(scored)}];
  ++m_organisations;
}

std::map<std::string, size_t> Population::group_sizes(Criterion criterion) const {
  std::map<std::string, size_t> sizes;
  for (const auto& [profile, count] : m_profiles) sizes[profile.first[criterion]] += count;
  return sizes;
}

namespace {

// One column of every table at once, checked against each other.
class ColumnAudit {
 public:
  ColumnAudit(const Population& population, const std::array<std::vector<size_t>, criterion_count>& rows_of_profile,
              std::array<PublishedTable, criterion_count>& tables, size_t column, size_t min_group)
      : m_population(population), m_rows_of(rows_of_profile), m_tables(tables), m_column(column), m_k(min_group) {}

  // Returns whether the column's cohort-wide figures may be shown.
  bool run() {
    for (size_t t = 0; t < criterion_count; ++t) {
      m_counts[t].assign(row_count(t), 0);
      m_forced[t].assign(row_count(t), false);
    }
    // Every pair of tables crossed once: the audit's passes (one per cell it
    // hides) then read these small tables, not every profile again, which
    // made a heterogeneous cohort of 100,000 cost seconds
    // (bench/audit_cost.sh).
    for (size_t a = 0; a < criterion_count; ++a) {
      for (size_t b = 0; b < criterion_count; ++b) {
        if (a != b) m_both[a][b].assign(row_count(a), std::vector<size_t>(row_count(b)));
      }
    }
    size_t p = 0;
    for (const auto& [profile, count] : m_population.profiles()) {
      if (profile.second[m_column]) {
        for (size_t t = 0; t < criterion_count; ++t) m_counts[t][m_rows_of[t][p]] += count;
        for (size_t a = 0; a < criterion_count; ++a) {
          for (size_t b = 0; b < criterion_count; ++b) {
            if (a != b) m_both[a][b][m_rows_of[a][p]][m_rows_of[b][p]] += count;
          }
        }
        m_total += count;
      }
      ++p;
    }
    bool column_shown = m_total >= m_k;
    for (size_t t = 0; t < criterion_count; ++t) {
      m_shown[t] = column_shown ? shown_cells(m_counts[t], m_k) : std::vector<bool>(row_count(t), false);
    }
    while (column_shown && hide_one_difference()) {
    }
    for (size_t t = 0; t < criterion_count; ++t) {
      m_tables[t].cells[m_column] = m_shown[t];
      m_tables[t].counts[m_column] = m_counts[t];
    }
    return column_shown;
  }

 private:
  size_t row_count(size_t t) const { return m_tables[t].rows.shown.size() + 1; }

  // Finds a container (a shown cell, or the column's total) and shown cells
  // of one or two other tables inside it, pairwise disjoint, whose
  // difference isolates 1 to min_group - 1 organisations, and hides the
  // smallest of those cells (an association minus the sports and the health
  // organisations; the total minus two legal forms and two size bands).
  bool hide_one_difference() {
    for (size_t b = 0; b < criterion_count; ++b) {
      for (size_t c = b + 1; c < criterion_count; ++c) {
        if (hide_in_difference(std::nullopt, b, c)) return true;
        for (size_t a = 0; a < criterion_count; ++a) {
          if (a == b || a == c) continue;
          for (size_t r = 0; r < row_count(a); ++r) {
            if (m_shown[a][r] && hide_in_difference(std::pair{a, r}, b, c)) return true;
          }
        }
      }
    }
    return false;
  }

  bool hide_in_difference(std::optional<std::pair<size_t, size_t>> container, size_t b, size_t c) {
    Inside inside;
    inside.container = container ? m_counts[container->first][container->second] : m_total;
    std::array<size_t, 2> tables{b, c};
    std::array<std::vector<size_t>, 2> rows;
    for (size_t side = 0; side < 2; ++side) {
      size_t t = tables[side];
      for (size_t s = 0; s < row_count(t); ++s) {
        size_t count = m_counts[t][s];
        bool within = !container || m_both[container->first][t][container->second][s] == count;
        // A cell equal to the container subtracts everything: nothing isolated.
        if (m_shown[t][s] && within && count < inside.container) {
          rows[side].push_back(s);
          inside.cells[side].push_back(count);
        }
      }
    }
    for (size_t i : rows[0]) {
      inside.common.emplace_back();
      for (size_t j : rows[1]) inside.common.back().push_back(m_both[b][c][i][j]);
    }
    Difference found = isolating_difference(inside, m_k);
    if (found.kind == Difference::Kind::none) return false;
    // Isolating: the smallest cell subtracted goes. Undecided (too many
    // choices): the smallest cell of the side searched goes, and the search
    // starts again with one fewer.
    const CellRef* smallest = nullptr;
    for (const CellRef& cell : found.cells) {
      if (!smallest || inside.cells[cell.side][cell.index] <= inside.cells[smallest->side][smallest->index]) {
        smallest = &cell;
      }
    }
    hide(tables[smallest->side], rows[smallest->side][smallest->index]);
    return true;
  }

  void hide(size_t t, size_t row) {
    m_forced[t][row] = true;
    m_shown[t] = shown_cells(m_counts[t], m_k, m_forced[t]);
  }

  const Population& m_population;
  const std::array<std::vector<size_t>, criterion_count>& m_rows_of;
  std::array<PublishedTable, criterion_count>& m_tables;
  size_t m_column;
  size_t m_k;
  size_t m_total = 0;
  std::array<std::vector<size_t>, criterion_count> m_counts;
  std::array<std::vector<bool>, criterion_count> m_forced;
  std::array<std::vector<bool>, criterion_count> m_shown;
  // [a][b][row of a][row of b]: organisations of this column in both cells.
  std::array<std::array<std::vector<std::vector<size_t>>, criterion_count>, criterion_count> m_both;
};

}  // namespace

Publication publish(const Population& population, size_t min_group) {
  Publication out;
  // Each profile's row in each table (the "autres" row is the last).
  std::array<std::vector<size_t>, criterion_count> rows_of;
  for (size_t t = 0; t < criterion_count; ++t) {
    auto c = static_cast<Criterion>(t);
    std::vector<std::pair<std::string, size_t>> groups;
    for (const auto& [id, size] : population.group_sizes(c)) groups.emplace_back(id, size);
    PublishedTable& table = out.tables[t];
    table.rows = break_down(groups, min_group);
    table.cells.resize(population.columns());
    table.counts.resize(population.columns());
    for (const auto& [profile, count] : population.profiles()) {
      const auto& shown = table.rows.shown;
      rows_of[t].push_back(static_cast<size_t>(std::find(shown.begin(), shown.end(), profile.first[c]) - shown.begin()));
    }
  }
  for (size_t column = 0; column < population.columns(); ++column) {
    out.columns.push_back(ColumnAudit(population, rows_of, out.tables, column, min_group).run());
  }
  return out;
}

}  // namespace autodiag::cohort
