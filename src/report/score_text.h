#pragma once

#include "model/questionnaire.h"
#include "model/response.h"
#include "score/result.h"
#include "util/i18n.h"

#include <string>

namespace autodiag::report {

struct TextStyle {
  Lang lang = Lang::fr;
  bool utf8 = true;  // Unicode block bars; ASCII otherwise
};

// A 0..100 score as a bar of `width` cells.
std::string score_bar(double score, size_t width, bool utf8);

// One response's scores for the terminal: overall, then one line per theme
// with its bar, its level and what was counted.
std::string score_text(const model::Questionnaire& questionnaire, const model::Response& response,
                       const score::Result& result, const std::string& organisation, const TextStyle& style);

}  // namespace autodiag::report
