#pragma once

#include "cohort/evolution.h"
#include "model/questionnaire.h"

#include <string>
#include <vector>

namespace autodiag::batch {

// batch --previous DIR: last year's cohort, from DIR/scores.json when DIR is
// last year's output folder, else from the responses DIR holds (scored
// against this year's questionnaire; those that do not fit it are left out).
// Only complete responses, unless `include_in_progress`. Throws Failure when
// DIR does not exist (66) or its scores.json is not autodiag's (65).
std::vector<cohort::YearScores> read_previous(const std::string& dir, const model::Questionnaire& questionnaire,
                                              bool include_in_progress);

}  // namespace autodiag::batch
