#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace autodiag::cohort {

// One organisation's scores in one year, by theme id (themes keep their ids
// across questionnaire versions): what batch --previous compares.
struct YearScores {
  std::string key;  // model::organisation_key of its name; "" when unnamed (never matched)
  std::optional<double> overall;
  std::map<std::string, double> themes;
};

// The cohort from one year to the next (docs/batch.md, "Compared with last
// year"): each year's mean over all its organisations, and among the
// organisations found in both years (same key, given once in each), how
// many progressed: a higher score once both are rounded as shown.
class Evolution {
 public:
  explicit Evolution(std::vector<std::string> theme_ids) : m_theme_ids(std::move(theme_ids)) {}
  void add_previous(YearScores scores) { m_previous.push_back(std::move(scores)); }
  void add_current(YearScores scores) { m_current.push_back(std::move(scores)); }

  struct Row {
    std::string theme;  // "" for the overall score
    size_t previous_count = 0, current_count = 0;
    double previous_mean = 0, current_mean = 0;
    size_t followed = 0;    // matched organisations scored both years
    size_t progressed = 0;  // of them, with a higher score this year
  };
  std::vector<Row> rows() const;  // overall first, then the themes in order
  size_t previous_organisations() const { return m_previous.size(); }
  size_t matched() const;         // organisations found in both years

 private:
  std::vector<std::string> m_theme_ids;
  std::vector<YearScores> m_previous;
  std::vector<YearScores> m_current;
};

}  // namespace autodiag::cohort
