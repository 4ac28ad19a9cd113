#pragma once

#include "cohort/criteria.h"
#include "model/questionnaire.h"
#include "report/benchmark.h"

#include <optional>
#include <vector>

namespace autodiag::cohort {

// What a benchmark needs of one organisation's result.
struct Member {
  GroupKeys keys;
  std::vector<std::optional<double>> themes;  // by questionnaire theme
  std::vector<size_t> counted;                // questions answered and scored…
  std::vector<double> ratios;                 // …and the share of their points reached
};

// The organisations counted in a batch, for batch --benchmark: each plan
// places its organisation among comparable ones (docs/batch.md).
class Peers {
 public:
  Peers(const model::Questionnaire& questionnaire, size_t min_group) : m_q(questionnaire), m_k(min_group) {}
  void add(Member member) { m_members.push_back(std::move(member)); }
  size_t size() const { return m_members.size(); }

  // The peers are the organisations of the same size band when at least
  // min_group others share it, else of the same legal form, else the whole
  // batch; none when even the batch has fewer than min_group others. `self`
  // is the organisation's index among the members (it is never its own
  // peer), or none when it is not counted (a response in progress).
  std::optional<report::Benchmark> benchmark(const Member& organisation, std::optional<size_t> self) const;

 private:
  const model::Questionnaire& m_q;
  size_t m_k;
  std::vector<Member> m_members;
};

// Type 7 quantile (QUARTILE.INC) of sorted values.
double quantile(const std::vector<double>& sorted, double p);

}  // namespace autodiag::cohort
