#pragma once

#include "batch/scored_row.h"
#include "cohort/improvement.h"
#include "cohort/suppression.h"
#include "model/questionnaire.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace autodiag::batch {

// Order statistics over any number of scores (0–100) in fixed memory: a
// count per thousandth of a point. Mean, minimum and maximum are exact;
// quantiles are exact to 0.001 point, far below the whole points shown.
class Distribution {
 public:
  void add(double value);
  size_t count() const { return m_count; }
  double mean() const;
  double min() const;
  double max() const;
  // Linear interpolation between the two nearest ranks (spreadsheets'
  // QUARTILE.INC, R type 7): p = 0.25, 0.5, 0.75 give Q1, median, Q3.
  double quantile(double p) const;

 private:
  double value_at(size_t rank) const;  // 0-based rank in sorted order

  std::vector<std::uint32_t> m_counts;  // by thousandth of a point, allocated on first use
  size_t m_count = 0;
  double m_sum = 0;
  double m_min = 0;
  double m_max = 0;
};

// A mean in constant memory.
class Mean {
 public:
  void add(double value) {
    ++m_count;
    m_sum += value;
  }
  void merge(const Mean& other) {
    m_count += other.m_count;
    m_sum += other.m_sum;
  }
  size_t count() const { return m_count; }
  double value() const { return m_count == 0 ? 0 : m_sum / static_cast<double>(m_count); }

 private:
  size_t m_count = 0;
  double m_sum = 0;
};

// Means by group (a legal form, a department…).
struct GroupStats {
  size_t responses = 0;
  Mean overall;
  std::vector<Mean> themes;
};

// A response left out of the statistics because it is not finished.
struct InProgress {
  std::string source;
  double completion = 0;
};

// Everything summary.md says, fed one row at a time in input order. Only
// complete responses count, unless `include_in_progress`.
class Statistics {
 public:
  Statistics(const model::Questionnaire& questionnaire, bool include_in_progress);

  void add(const ScoredRow& row);
  bool counts(const ScoredRow& row) const { return row.status == model::Status::complete || m_include_in_progress; }
  void add_invalid(InvalidInput invalid) { m_invalid.push_back(std::move(invalid)); }

  size_t responses() const { return m_responses; }  // scored, counted or not
  size_t complete() const { return m_complete; }
  size_t counted() const { return m_population.organisations(); }
  bool includes_in_progress() const { return m_include_in_progress; }
  const std::vector<InProgress>& in_progress() const { return m_in_progress; }
  const Distribution& overall() const { return m_overall; }
  const std::vector<Distribution>& themes() const { return m_themes; }
  // Responses per level index of the questionnaire; [0] overall, [1 + t] theme t.
  const std::vector<std::vector<size_t>>& levels() const { return m_levels; }
  // Per question index: responses where it was a gap, and where it was counted.
  const std::vector<size_t>& gap_counts() const { return m_gaps; }
  const std::vector<size_t>& counted_questions() const { return m_counted; }
  const std::map<std::string, GroupStats>& by(cohort::Criterion c) const { return m_groups[static_cast<size_t>(c)]; }
  // Who counted, for the publication rule: columns [0] overall, [1 + t] theme t.
  const cohort::Population& population() const { return m_population; }
  const std::vector<InvalidInput>& invalid() const { return m_invalid; }
  // For improvement.md: each question's shortfall and who each support is open to.
  const cohort::SharedGaps& shared_gaps() const { return m_shared_gaps; }

 private:
  void add_to_group(GroupStats& group, const ScoredRow& row);

  const model::Questionnaire& m_q;
  bool m_include_in_progress;
  size_t m_responses = 0;
  size_t m_complete = 0;
  Distribution m_overall;
  std::vector<Distribution> m_themes;
  std::vector<std::vector<size_t>> m_levels;
  std::vector<size_t> m_gaps;
  std::vector<size_t> m_counted;
  std::array<std::map<std::string, GroupStats>, cohort::criterion_count> m_groups;
  cohort::Population m_population;
  cohort::SharedGaps m_shared_gaps;
  std::vector<InProgress> m_in_progress;
  std::vector<InvalidInput> m_invalid;
};

}  // namespace autodiag::batch
