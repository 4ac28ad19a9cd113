#pragma once

#include "model/questionnaire.h"
#include "model/response.h"
#include "util/i18n.h"

#include <optional>
#include <string>
#include <string_view>

namespace autodiag::session {

// Where `autodiag run` saves when neither -o nor --resume says: one file per
// year in the current directory, so that coming back another day finds the
// same file (and resumes it), and next year starts a new one.
std::string default_output_path(std::string_view timestamp);

// Last year's default file (autodiag-2026.yaml in 2027), to be offered when
// this year's does not exist yet: a session started in December and taken up
// again in January must not look lost.
std::string last_year_output_path(std::string_view timestamp);

// Whether a response was made on the short path: answers in the themes, all
// of them to core questions. Going over it again keeps to that path.
bool answered_on_short_path(const model::Questionnaire& questionnaire, const model::Response& response);

// The plan written at the end, beside the response: autodiag-2026.yaml gives
// autodiag-2026-plan.md (and its chart, autodiag-2026-plan.svg).
std::string plan_path_for(const std::string& response_path);

// An empty response to `questionnaire`, in progress.
model::Response new_response(const model::Questionnaire& questionnaire, Lang lang);

// Copies what `source` (an --answers file) holds into `target`: profile,
// answers, comments, themes left aside and targets.
void prefill(model::Response& target, const model::Response& source);

// Applies --themes (comma-separated theme ids): every other theme is not
// addressed. False and `why` when an id is unknown or none is given.
bool choose_themes(const model::Questionnaire& questionnaire, std::string_view ids, model::Response& response,
                   Message& why);

}  // namespace autodiag::session
