#include "document/actions_csv.h"

#include "util/csv.h"
#include "util/errors.h"
#include "util/files.h"

#include <filesystem>

namespace autodiag::document {

namespace {

std::vector<std::string> header(Lang lang) {
  if (lang == Lang::en) {
    return {"Theme", "Action", "Priority", "Objective at 1 year", "Objective at 3 years", "Owner", "Due date", "Status",
            "Comment", "Reference"};
  }
  return {"Thème", "Action", "Priorité", "Objectif à 1 an", "Objectif à 3 ans", "Responsable", "Échéance", "Statut",
          "Commentaire", "Référence"};
}

std::string text(const nlohmann::json& value) { return value.is_string() ? value.get<std::string>() : ""; }

}  // namespace

std::string actions_path_for(const std::string& plan_path) {
  std::filesystem::path path(plan_path);
  std::string stem = path.stem().string();
  constexpr std::string_view suffix = "-plan";
  if (stem.size() > suffix.size() && stem.compare(stem.size() - suffix.size(), suffix.size(), suffix) == 0) {
    stem.resize(stem.size() - suffix.size());
  }
  return (path.parent_path() / (stem + "-actions.csv")).string();
}

std::string actions_csv(const nlohmann::json& plan_model, Lang lang) {
  std::string out = "\xEF\xBB\xBF" + csv_row(header(lang), ';');
  for (const nlohmann::json& action : plan_model["actions"]) {
    out += csv_row({text(action["theme"]), text(action["action"]), text(action["priority"]),
                    text(action["objective_one_year"]), text(action["objective_three_years"]), "", "",
                    std::string(report::status_label(report::ActionStatus::to_do, lang)), "",
                    text(action["question_id"])},
                   ';');
  }
  return out;
}

bool should_write_sheet(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return true;
  try {
    for (const report::FollowedAction& a : read_actions(path)) {
      if (a.status != report::ActionStatus::to_do || !a.owner.empty() || !a.due.empty() || !a.comment.empty()) {
        return false;
      }
    }
  } catch (const Failure&) {
    // Unreadable as a sheet: someone else's file, or one edited beyond
    // recognition. Either way, not ours to replace.
    return false;
  }
  return true;
}

std::vector<report::FollowedAction> read_actions(const std::string& path) { return parse_actions(read_input(path), path); }

}  // namespace autodiag::document
