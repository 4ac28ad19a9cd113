#pragma once
#include "load/checked_response.h"
#include "model/questionnaire.h"
#include "report/plan_follow_up.h"
#include "util/files.h"
#include "util/i18n.h"
#include <optional>
#include <string>
#include <vector>
namespace autodiag::report {
struct PlanRequest {
  const model::Questionnaire* questionnaire = nullptr;
  const load::CheckedResponse* response = nullptr;
  const load::CheckedResponse* previous = nullptr;  // last year's response, or nullptr
  Lang lang = Lang::fr;
  std::string organisation_override;  // non-empty: shown instead of the name (batch --anonymize pseudonym)
  bool anonymize = false;             // leave out every free-text answer and comment
  std::string template_text;          // empty: the bundled templates/plan.md.mustache
  std::optional<std::vector<FollowedAction>> followed_actions;  // last year's tracking sheet, when given
};
// Renders the plan and writes `markdown_path` and its SVG chart beside it
// (same stem, .svg), each atomically, as `target` says (util/files.h).
// Returns the paths written. Throws Failure (65 broken template, 73 cannot
// write).
std::vector<std::string> write_plan_files(const PlanRequest& request, const std::string& markdown_path,
                                          Target target = Target::named);
}
