#pragma once

#include "util/i18n.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace autodiag::report {

// Last year's actions as the board tracked them in the sheet written beside
// the plan (document/actions_csv.h reads it back).
enum class ActionStatus { to_do, in_progress, done, dropped };

struct FollowedAction {
  std::string question_id;  // "" when the row lost its reference
  std::string theme;
  std::string action;
  ActionStatus status = ActionStatus::to_do;
  std::string owner;
  std::string due;
  std::string comment;
};

std::string_view status_label(ActionStatus status, Lang lang);

// The plan's `follow_up` object: `given`, `text` (the counts in a sentence),
// `actions[]` (those done, in progress or dropped: action, theme, status,
// owner, due, comment), `has_actions`.
nlohmann::json follow_up_section(const std::optional<std::vector<FollowedAction>>& actions, Lang lang);

// The sentence the text read aloud gains ("" without a sheet).
std::string follow_up_read_aloud(const std::optional<std::vector<FollowedAction>>& actions, Lang lang);

}  // namespace autodiag::report
