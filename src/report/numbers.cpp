#include "report/numbers.h"

#include <cmath>

namespace autodiag::report {

long round_score(double score) { return std::lround(score); }

std::string show_score(double score) { return std::to_string(round_score(score)); }

std::string show_percent(double ratio, bool french) {
  return std::to_string(std::lround(ratio * 100)) + (french ? "\u202f%" : "%");
}

}  // namespace autodiag::report
