#pragma once
#include "load/checked_response.h"
#include "model/questionnaire.h"
#include "report/benchmark.h"
#include "report/plan_follow_up.h"
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
  const Benchmark* benchmark = nullptr;  // batch --benchmark: the organisation among comparable ones
};
}
