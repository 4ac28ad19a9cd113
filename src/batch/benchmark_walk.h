#pragma once

#include "batch/scored_row.h"
#include "cohort/benchmark.h"
#include "model/questionnaire.h"
#include "report/benchmark.h"

#include <cstddef>
#include <optional>
#include <unordered_map>

namespace autodiag::batch {

// batch --plans --benchmark in two walks (docs/batch.md, "Memory and
// speed"): a plan's benchmark needs the whole cohort, and keeping every
// parsed response until the end made memory grow with the responses' text.
// The first walk records here what a benchmark needs of each counted
// organisation (its groups, theme scores and the share of each question's
// points) and where each row stands among them; the plan walk reads every
// response again and asks for its benchmark.
class BenchmarkWalk {
 public:
  BenchmarkWalk(const model::Questionnaire& questionnaire, size_t min_group) : m_peers(questionnaire, min_group) {}

  // First walk: one row in input order; `counted` when it is in the statistics.
  void add(const ScoredRow& row, bool counted);

  // Plan walk: whether the row was seen by the first walk (a file added or
  // changed in between is not: it has no line in scores.csv, so it gets no
  // plan either), and its benchmark when its peers are enough.
  struct Found {
    bool seen = false;
    std::optional<report::Benchmark> benchmark;
  };
  Found find(const ScoredRow& row) const;

 private:
  struct Place {
    std::optional<size_t> self;  // its index among the peers; none when not counted
    bool ambiguous = false;      // two rows with the same source: neither can be told apart
  };
  static cohort::Member member_of(const ScoredRow& row);

  cohort::Peers m_peers;
  std::unordered_map<std::string, Place> m_places;  // by source (a path, file.csv:ROW or a pseudonym)
};

}  // namespace autodiag::batch
