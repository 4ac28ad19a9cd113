#pragma once

#include "model/questionnaire.h"
#include "score/result.h"
#include "util/i18n.h"

#include <string>

namespace autodiag::report {

// How each score was obtained: per question the answer, its points, weight
// and contribution, or why it was left out; then the arithmetic of each theme
// score and of the overall score. `theme_id` empty: every theme.
std::string explain_text(const model::Questionnaire& questionnaire, const score::Result& result, Lang lang,
                         const std::string& theme_id);

// The answer as a person reads it: the option label, the number with its
// unit, the list of labels, or the text.
std::string answer_label(const model::Question& question, const model::Answer& answer, const std::string& lang,
                         const std::string& fallback);

}  // namespace autodiag::report
