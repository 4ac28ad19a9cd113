#pragma once

#include <string>

namespace autodiag::report {

// The one rounding rule for numbers shown to people (docs/scoring.md): scores
// are computed at full precision and rounded once, at display, to the nearest
// integer, halves away from zero. JSON keeps full precision.
long round_score(double score);
std::string show_score(double score);

// A ratio 0..1 as a whole percentage ("83 %" in French, "83%" in English).
std::string show_percent(double ratio, bool french);

// What follows a number given in `unit`: "%" sticks to the number in English
// ("18%") and takes a narrow no-break space in French ("18 %"), so that a
// table cell never wraps between them; other units follow a space.
std::string unit_suffix(const std::string& unit, bool french);

}  // namespace autodiag::report
