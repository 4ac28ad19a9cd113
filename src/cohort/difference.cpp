#include "cohort/difference.h"

#include <numeric>
#include <optional>

namespace autodiag::cohort {

namespace {

// Cells that overlap, directly or through others, form a group: what is
// chosen in one group does not change what may be chosen in another, so each
// is searched alone and their leftovers added up. A department and its
// region make a small group; legal forms and size bands, one large one.
std::vector<std::vector<CellRef>> overlapping_groups(const Inside& inside) {
  size_t first = inside.cells[0].size();
  std::vector<size_t> parent(first + inside.cells[1].size());
  std::iota(parent.begin(), parent.end(), 0);
  auto root = [&](size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (size_t i = 0; i < first; ++i) {
    for (size_t j = 0; j < inside.cells[1].size(); ++j) {
      if (inside.common[i][j] > 0) parent[root(i)] = root(first + j);
    }
  }
  std::vector<std::vector<CellRef>> groups;
  std::vector<size_t> group_of(parent.size(), parent.size());
  for (size_t x = 0; x < parent.size(); ++x) {
    size_t r = root(x);
    if (group_of[r] == parent.size()) {
      group_of[r] = groups.size();
      groups.emplace_back();
    }
    groups[group_of[r]].push_back(x < first ? CellRef{0, x} : CellRef{1, x - first});
  }
  return groups;
}

// One group of overlapping cells: which leftovers under min_group its
// choices can give. A choice is the cells taken on the group's smaller side;
// on the other side every cell disjoint from them is taken too (any
// isolating choice takes them: each covers min_group organisations, more
// than an isolated rest could hold).
class GroupSearch {
 public:
  GroupSearch(const Inside& inside, const std::vector<CellRef>& group, size_t min_group, size_t free)
      : m_k(min_group), m_free(free) {
    size_t in_first = 0;
    for (const CellRef& cell : group) in_first += cell.side == 0 ? 1 : 0;
    m_side = in_first <= group.size() - in_first ? 0 : 1;
    for (const CellRef& cell : group) (cell.side == m_side ? m_small : m_other).push_back(cell.index);
    m_overlap.assign(m_small.size(), std::vector<size_t>(m_other.size()));
    m_rest_small.resize(m_small.size());
    m_rest_other.resize(m_other.size());
    for (size_t j = 0; j < m_other.size(); ++j) m_rest_other[j] = inside.cells[1 - m_side][m_other[j]];
    for (size_t i = 0; i < m_small.size(); ++i) {
      m_rest_small[i] = inside.cells[m_side][m_small[i]];
      for (size_t j = 0; j < m_other.size(); ++j) {
        size_t both = m_side == 0 ? inside.common[m_small[i]][m_other[j]] : inside.common[m_other[j]][m_small[i]];
        m_overlap[i][j] = both;
        m_rest_small[i] -= both;
        m_rest_other[j] -= both;
      }
    }
    m_taken.assign(m_small.size(), false);
    m_left.assign(m_small.size(), false);
    m_blocked.assign(m_other.size(), 0);
    m_choices.resize(m_k);
  }

  // Organisations of the group, in at least one of its cells.
  size_t population(const Inside& inside) const {
    size_t n = std::accumulate(m_rest_other.begin(), m_rest_other.end(), size_t{0});
    for (size_t index : m_small) n += inside.cells[m_side][index];
    return n;
  }

  // False when the choices are too many to go through.
  bool run() {
    search(0, 0);
    return m_visited <= max_choices;
  }

  // The choice leaving `left` organisations of the group, if any.
  const std::optional<std::vector<bool>>& choice(size_t left) const { return m_choices[left]; }

  std::vector<CellRef> cells(const std::vector<bool>& taken) const {
    std::vector<CellRef> out;
    for (size_t i = 0; i < m_small.size(); ++i) {
      if (taken[i]) out.push_back({m_side, m_small[i]});
    }
    for (size_t j = 0; j < m_other.size(); ++j) {
      bool free = true;
      for (size_t i = 0; i < m_small.size(); ++i) free = free && !(taken[i] && m_overlap[i][j] > 0);
      if (free) out.push_back({1 - m_side, m_other[j]});
    }
    return out;
  }

  std::vector<CellRef> smaller_side() const {
    std::vector<CellRef> out;
    for (size_t index : m_small) out.push_back({m_side, index});
    return out;
  }

 private:
  // `left`: organisations already known to stay out of every cell taken
  // (it only grows, so a branch stops once the leftover cannot be small).
  void search(size_t i, size_t left) {
    ++m_visited;
    if (m_free + left >= m_k || m_visited > max_choices) return;
    if (i == m_small.size()) {
      if (!m_choices[left]) m_choices[left] = m_taken;
      return;
    }
    // Take cell i: the other side's cells it overlaps cannot be taken.
    size_t more = 0;
    for (size_t j = 0; j < m_other.size(); ++j) {
      if (m_overlap[i][j] == 0 || m_blocked[j]++ > 0) continue;
      more += m_rest_other[j];
      for (size_t l = 0; l < i; ++l) more += m_left[l] ? m_overlap[l][j] : 0;
    }
    m_taken[i] = true;
    search(i + 1, left + more);
    m_taken[i] = false;
    for (size_t j = 0; j < m_other.size(); ++j) m_blocked[j] -= m_overlap[i][j] > 0 ? 1 : 0;
    // Leave it: its organisations in no cell of the other side, or in one
    // that cannot be taken, stay out.
    more = m_rest_small[i];
    for (size_t j = 0; j < m_other.size(); ++j) more += m_blocked[j] > 0 ? m_overlap[i][j] : 0;
    m_left[i] = true;
    search(i + 1, left + more);
    m_left[i] = false;
  }

  size_t m_k, m_free;
  size_t m_side = 0;
  std::vector<size_t> m_small, m_other;
  std::vector<std::vector<size_t>> m_overlap;
  std::vector<size_t> m_rest_small, m_rest_other;
  std::vector<bool> m_taken, m_left;
  std::vector<size_t> m_blocked;
  std::vector<std::optional<std::vector<bool>>> m_choices;  // by leftover, under min_group
  size_t m_visited = 0;
};

}  // namespace

Difference isolating_difference(const Inside& inside, size_t min_group) {
  std::vector<std::vector<CellRef>> groups = overlapping_groups(inside);
  std::vector<GroupSearch> searches;
  size_t covered = 0;
  for (const auto& group : groups) {
    searches.emplace_back(inside, group, min_group, 0);
    covered += searches.back().population(inside);
  }
  // Organisations of the container in no cell: never subtracted.
  size_t free = inside.container - covered;
  if (free >= min_group) return {};
  std::optional<size_t> undecided;
  for (size_t g = 0; g < groups.size(); ++g) {
    searches[g] = GroupSearch(inside, groups[g], min_group, free);
    if (!searches[g].run()) undecided = g;
    bool any = false;
    for (size_t left = 0; left < min_group; ++left) any = any || searches[g].choice(left).has_value();
    if (!any && !undecided) return {};  // this group alone leaves min_group or more
  }
  if (undecided) return {Difference::Kind::undecided, searches[*undecided].smaller_side()};
  // Leftovers the groups can add up to (under min_group), and how.
  std::vector<std::vector<std::optional<size_t>>> from(groups.size() + 1,
                                                       std::vector<std::optional<size_t>>(min_group));
  from[0][free] = free;
  for (size_t g = 0; g < groups.size(); ++g) {
    for (size_t sum = 0; sum < min_group; ++sum) {
      if (!from[g][sum]) continue;
      for (size_t left = 0; sum + left < min_group; ++left) {
        if (searches[g].choice(left) && !from[g + 1][sum + left]) from[g + 1][sum + left] = sum;
      }
    }
  }
  for (size_t sum = 1; sum < min_group; ++sum) {
    if (!from[groups.size()][sum]) continue;
    Difference out{Difference::Kind::isolating, {}};
    for (size_t g = groups.size(); g-- > 0;) {
      size_t before = *from[g + 1][sum];
      for (const CellRef& cell : searches[g].cells(*searches[g].choice(sum - before))) out.cells.push_back(cell);
      sum = before;
    }
    return out;
  }
  return {};
}

}  // namespace autodiag::cohort
