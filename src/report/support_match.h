#pragma once

#include "model/presence.h"
#include "model/questionnaire.h"

#include <vector>

namespace autodiag::report {

struct SupportMatch {
  const model::SupportOption* option = nullptr;
  std::vector<const model::Theme*> themes;  // the gap themes it helps with, in questionnaire order
  bool all_themes = false;                  // the option lists no theme: it covers every one
};

// The questionnaire's support options open to this organisation (region,
// legal form and `eligible` condition checked against the profile) that share
// a theme with `gap_themes` (in priority order), most specific first: sector
// and network, then department, then region, then national; within a scope,
// the ones that help with the earliest priority first, then catalogue order.
// An unknown region or legal form excludes the options limited to some.
std::vector<SupportMatch> match_support(const model::Questionnaire& questionnaire, const model::AnswerSet& answers,
                                        const std::vector<const model::Theme*>& gap_themes);

}  // namespace autodiag::report
