#pragma once

#include "model/diagnostic.h"
#include "model/questionnaire.h"

#include <optional>
#include <string_view>

#include "load/yaml_tree.h"

namespace autodiag::load {

inline constexpr std::string_view questionnaire_format = "autodiag-questionnaire/1";

// Reads and checks a questionnaire, reporting every problem found. Returns
// nullopt when there was at least one error (warnings alone do not stop it).
std::optional<model::Questionnaire> load_questionnaire(std::string_view text, Diagnostics& diagnostics);
std::optional<model::Questionnaire> load_questionnaire(const YamlNode& root, Diagnostics& diagnostics);

}  // namespace autodiag::load
