#include "cohort/evolution.h"

#include "report/numbers.h"

namespace autodiag::cohort {

namespace {

// Keys given once in the year: two organisations of one name cannot be told
// apart, so neither is followed.
std::map<std::string, const YearScores*> unique_keys(const std::vector<YearScores>& year) {
  std::map<std::string, const YearScores*> out;
  std::map<std::string, size_t> seen;
  for (const YearScores& s : year) {
    if (!s.key.empty()) ++seen[s.key];
  }
  for (const YearScores& s : year) {
    if (!s.key.empty() && seen[s.key] == 1) out[s.key] = &s;
  }
  return out;
}

std::optional<double> score_of(const YearScores& s, const std::string& theme) {
  if (theme.empty()) return s.overall;
  auto it = s.themes.find(theme);
  return it == s.themes.end() ? std::nullopt : std::optional(it->second);
}

}  // namespace

size_t Evolution::matched() const {
  auto previous = unique_keys(m_previous);
  size_t n = 0;
  for (const auto& [key, scores] : unique_keys(m_current)) n += previous.contains(key);
  return n;
}

std::vector<Evolution::Row> Evolution::rows() const {
  auto previous = unique_keys(m_previous);
  auto current = unique_keys(m_current);
  std::vector<Row> out;
  std::vector<std::string> themes = {""};
  themes.insert(themes.end(), m_theme_ids.begin(), m_theme_ids.end());
  for (const std::string& theme : themes) {
    Row row{theme, 0, 0, 0, 0, 0, 0};
    double sum = 0;
    for (const YearScores& s : m_previous) {
      if (auto v = score_of(s, theme)) ++row.previous_count, sum += *v;
    }
    row.previous_mean = row.previous_count ? sum / static_cast<double>(row.previous_count) : 0;
    sum = 0;
    for (const YearScores& s : m_current) {
      if (auto v = score_of(s, theme)) ++row.current_count, sum += *v;
    }
    row.current_mean = row.current_count ? sum / static_cast<double>(row.current_count) : 0;
    for (const auto& [key, now] : current) {
      auto before = previous.find(key);
      if (before == previous.end()) continue;
      auto a = score_of(*before->second, theme);
      auto b = score_of(*now, theme);
      if (!a || !b) continue;
      ++row.followed;
      if (report::round_score(*b) > report::round_score(*a)) ++row.progressed;
    }
    out.push_back(row);
  }
  return out;
}

}  // namespace autodiag::cohort
