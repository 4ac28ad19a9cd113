#pragma once

#include "model/questionnaire.h"
#include "model/response.h"
#include "score/result.h"
#include "util/i18n.h"

#include <string>

namespace autodiag::report {

struct TextStyle {
  Lang lang = Lang::fr;
  bool utf8 = true;   // Unicode block bars; ASCII otherwise
  size_t width = 0;   // columns of the terminal; 0 when unknown (laid out for 80 columns)
  bool bars = true;   // false in plain mode: each score is a sentence, read out without "# # # #"
};

// A 0..100 score as a bar of `width` cells.
std::string score_bar(double score, size_t width, bool utf8);

// One response's scores for the terminal: overall, then one line per theme
// with its bar and its level, and under it what was counted. Every line fits
// `style.width`, broken between words only: a bar gets narrower, or goes,
// before a title is cut.
std::string score_text(const model::Questionnaire& questionnaire, const model::Response& response,
                       const score::Result& result, const std::string& organisation, const TextStyle& style);

}  // namespace autodiag::report
