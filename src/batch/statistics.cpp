#include "batch/statistics.h"

#include <algorithm>
#include <cmath>

namespace autodiag::batch {

namespace {

constexpr double steps_per_point = 1000;
constexpr size_t steps = 100 * 1000 + 1;

}  // namespace

void Distribution::add(double value) {
  if (m_counts.empty()) m_counts.resize(steps);
  auto step = static_cast<size_t>(std::clamp(std::llround(value * steps_per_point), 0LL, static_cast<long long>(steps - 1)));
  ++m_counts[step];
  m_min = m_count == 0 ? value : std::min(m_min, value);
  m_max = m_count == 0 ? value : std::max(m_max, value);
  ++m_count;
  m_sum += value;
}

double Distribution::mean() const { return m_count == 0 ? 0 : m_sum / static_cast<double>(m_count); }
double Distribution::min() const { return m_min; }
double Distribution::max() const { return m_max; }

double Distribution::value_at(size_t rank) const {
  size_t seen = 0;
  for (size_t step = 0; step < m_counts.size(); ++step) {
    seen += m_counts[step];
    if (rank < seen) return static_cast<double>(step) / steps_per_point;
  }
  return m_max;
}

double Distribution::quantile(double p) const {
  if (m_count == 0) return 0;
  double h = static_cast<double>(m_count - 1) * p;
  auto low = static_cast<size_t>(std::floor(h));
  double below = value_at(low);
  if (low + 1 >= m_count) return below;
  return below + (h - static_cast<double>(low)) * (value_at(low + 1) - below);
}

Statistics::Statistics(const model::Questionnaire& questionnaire, bool include_in_progress)
    : m_q(questionnaire),
      m_include_in_progress(include_in_progress),
      m_themes(questionnaire.themes.size()),
      m_levels(1 + questionnaire.themes.size(), std::vector<size_t>(questionnaire.levels.size())),
      m_gaps(questionnaire.question_count()),
      m_counted(questionnaire.question_count()),
      m_population(1 + questionnaire.themes.size()),
      m_shared_gaps(questionnaire) {}

namespace {

size_t level_index(const model::Questionnaire& q, const model::Level* level) {
  return static_cast<size_t>(level - q.levels.data());
}

}  // namespace

void Statistics::add(const ScoredRow& row) {
  ++m_responses;
  if (row.status == model::Status::complete) ++m_complete;
  if (!counts(row)) {
    m_in_progress.push_back({row.source, row.completion});
    return;
  }
  std::vector<bool> scored{row.overall.has_value()};
  for (const auto& theme : row.themes) scored.push_back(theme.has_value());
  m_population.add(row.groups, std::move(scored));
  if (row.overall) {
    m_overall.add(*row.overall);
    if (row.level) ++m_levels[0][level_index(m_q, row.level)];
  }
  for (size_t t = 0; t < row.themes.size(); ++t) {
    if (!row.themes[t]) continue;
    m_themes[t].add(*row.themes[t]);
    if (row.theme_levels[t]) ++m_levels[1 + t][level_index(m_q, row.theme_levels[t])];
  }
  for (size_t index : row.gaps) ++m_gaps[index];
  for (size_t index : row.counted) ++m_counted[index];
  m_shared_gaps.add(row.counted, row.ratios, row.supports, row.groups[cohort::Criterion::region]);
  for (cohort::Criterion c : cohort::all_criteria) add_to_group(m_groups[static_cast<size_t>(c)][row.groups[c]], row);
}

void Statistics::add_to_group(GroupStats& group, const ScoredRow& row) {
  ++group.responses;
  group.themes.resize(m_q.themes.size());
  if (row.overall) group.overall.add(*row.overall);
  for (size_t t = 0; t < row.themes.size(); ++t) {
    if (row.themes[t]) group.themes[t].add(*row.themes[t]);
  }
}

}  // namespace autodiag::batch
