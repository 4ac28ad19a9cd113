#include "batch/benchmark_walk.h"

namespace autodiag::batch {

cohort::Member BenchmarkWalk::member_of(const ScoredRow& row) {
  return {row.groups, row.themes, row.counted, row.ratios};
}

void BenchmarkWalk::add(const ScoredRow& row, bool counted) {
  Place place;
  if (counted) {
    place.self = m_peers.size();
    m_peers.add(member_of(row));
  }
  auto [at, added] = m_places.emplace(row.source, place);
  if (!added) at->second.ambiguous = true;
}

BenchmarkWalk::Found BenchmarkWalk::find(const ScoredRow& row) const {
  auto at = m_places.find(row.source);
  if (at == m_places.end()) return {};
  // The row's own scores are taken from this walk, its peers from the
  // first: the same unless the file changed in between.
  if (at->second.ambiguous) return {true, std::nullopt};
  return {true, m_peers.benchmark(member_of(row), at->second.self)};
}

}  // namespace autodiag::batch
