#pragma once

#include "model/presence.h"
#include "model/questionnaire.h"

#include <vector>

namespace autodiag::report {

struct SupportMatch {
  const model::SupportOption* option = nullptr;
  std::vector<const model::Theme*> themes;  // the gap themes it helps with, in questionnaire order
  bool all_themes = false;                  // the option lists no theme: it covers every one
  bool regional = false;                    // limited to regions, the organisation's among them
  bool legal_form_limited = false;          // limited to legal forms, the organisation's among them
  bool conditional = false;                 // has an `eligible` condition, true for this profile
};

// The questionnaire's support options that are open to this organisation
// (region, legal form and `eligible` condition checked against the profile)
// and share a theme with `gap_themes`, in the catalogue's order. An unknown
// region or legal form excludes the options limited to some.
std::vector<SupportMatch> match_support(const model::Questionnaire& questionnaire, const model::AnswerSet& answers,
                                        const std::vector<const model::Theme*>& gap_themes);

}  // namespace autodiag::report
