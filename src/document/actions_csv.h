#pragma once

#include "report/plan_follow_up.h"
#include "util/i18n.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace autodiag::document {

// The tracking sheet beside a plan: "asso-plan.md" → "asso-actions.csv",
// "bilan.md" → "bilan-actions.csv".
std::string actions_path_for(const std::string& plan_path);

// One row per proposed action (the plan model's `actions[]`): Thème; Action;
// Priorité; Objectif à 1 an; Objectif à 3 ans; Responsable; Échéance; Statut
// ("à faire"); Commentaire; Référence (the question id, to find the action
// again next year). `;`-separated, UTF-8 with a BOM, CRLF: what LibreOffice
// and a French Excel open without an import dialog.
std::string actions_csv(const nlohmann::json& plan_model, Lang lang);

// False when a sheet is already there and the board has started filling it
// (a status other than "à faire", a name, a date or a comment): their work is
// never written over.
bool should_write_sheet(const std::string& path);

// Reads a sheet back, as a spreadsheet may have saved it: with or without
// BOM, `;`, `,` or tab, UTF-8 or Windows-1252, French or English headers,
// rows deleted or moved. Throws Failure: 66 unreadable, 65 with
// FILE:line:col for a missing column or an unknown status.
std::vector<report::FollowedAction> read_actions(const std::string& path);

// The same from text already read (`name` for messages).
std::vector<report::FollowedAction> parse_actions(std::string_view text, const std::string& name);

}  // namespace autodiag::document
