#include "report/numbers.h"

#include <cmath>

namespace autodiag::report {

long round_score(double score) { return std::lround(score); }

std::string show_score(double score) { return std::to_string(round_score(score)); }

std::string show_percent(double ratio, bool french) {
  return std::to_string(std::lround(ratio * 100)) + unit_suffix("%", french);
}

std::string unit_suffix(const std::string& unit, bool french) {
  if (unit.empty()) return "";
  if (unit == "%") return french ? "\u202f%" : "%";
  return " " + unit;
}

}  // namespace autodiag::report
