#pragma once

#include "util/i18n.h"

#include <string>
#include <vector>

namespace autodiag::report {

// "A, B et C" / "A, B and C".
std::string join_words(const std::vector<std::string>& items, Lang lang);

// « text » in French, "text" in English.
std::string quote(const std::string& text, Lang lang);

// The date part of an ISO 8601 timestamp as people write it: "19 mai 2026",
// "19 May 2026"; the text unchanged when it is not a date.
std::string long_date(const std::string& timestamp, Lang lang);

// "+5", "−3" (minus sign), "0": a change in score points, rounded for display.
std::string signed_delta(double delta);

}  // namespace autodiag::report
