#pragma once

#include "batch/inputs.h"
#include "batch/scored_row.h"
#include "model/questionnaire.h"

namespace autodiag::batch {

struct ScoreSettings {
  const model::Questionnaire* questionnaire = nullptr;
  bool anonymize = false;
  bool keep_responses = false;  // for --plans
};

// Reads, checks and scores one input. Never throws for a problem in the
// input: an unreadable or invalid input becomes an InvalidInput with its
// positioned diagnostics. Safe to call from several threads at once.
UnitResult score_input(const Input& input, const ScoreSettings& settings);

// Under --anonymize, diagnostics must not repeat what the input holds: the
// quoted parts of the message that are not identifiers become "…".
Message mask_quoted_values(const Message& message);

}  // namespace autodiag::batch
