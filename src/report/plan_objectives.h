#pragma once

#include "model/answer.h"
#include "model/questionnaire.h"
#include "score/result.h"
#include "util/i18n.h"

#include <map>
#include <string>
#include <vector>

namespace autodiag::report {

// An answer worth more points than the current one, as an objective.
struct Step {
  double points = 0;
  std::string label;  // the answer to aim for, as people read it
};

// The achievable point values above `answer`'s, lowest first, each with the
// answer that reaches it (for a multiple choice: the options to add).
std::vector<Step> steps_above(const model::Question& question, const model::Answer& answer, double points, Lang lang,
                              const std::string& fallback);

// What reaching `target` points means, as an objective people can adopt: the
// questionnaire's `objective` for the action taken on the way, else the
// answer to aim for ("au moins 40 %", « Formalisé et appliqué »). "" when
// `target` is not a step above `points`.
std::string objective_text(const model::Question& question, const model::Answer& answer, double points, double target,
                           Lang lang, const std::string& fallback);

// The objective whose action led to `points`: how an answer at that level
// reads as a plain statement; nullptr without one.
const model::Text* reached_statement(const model::Question& question, double points);

// The theme score if the questions in `raised` reached those points (others
// unchanged): what a set of objectives would give.
double projected_score(const score::ThemeScore& theme, const std::map<const model::Question*, double>& raised);

}  // namespace autodiag::report
