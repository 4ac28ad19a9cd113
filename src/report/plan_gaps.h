#pragma once

#include "score/result.h"

#include <vector>

namespace autodiag::report {

// A counted answer below the top of its scale.
struct PlanGap {
  const score::ThemeScore* theme = nullptr;
  const score::QuestionScore* question = nullptr;
  double priority = 0;                  // (1 − ratio) × question weight × theme weight
  const model::Text* action = nullptr;  // nullptr when the questionnaire gives none
};

enum class Targets { first, ignored };

// Every gap of the addressed themes, highest priority first; between equal
// priorities the lower theme score first, then the questionnaire's order.
// The first `spread` places go to the best gap of as many different themes
// (an assembly gets more from three priorities on three themes than from
// three on one), with `Targets::first` the themes where the organisation set
// a target it has not reached first; the rest follow in order.
std::vector<PlanGap> ranked_gaps(const score::Result& result, size_t spread, Targets targets = Targets::first);

// The theme's counted answers at the top of their scale.
std::vector<const score::QuestionScore*> strengths_of(const score::ThemeScore& theme);

}  // namespace autodiag::report
