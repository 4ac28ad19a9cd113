#pragma once

#include "model/diagnostic.h"
#include "model/response.h"

#include <optional>
#include <string_view>

#include "load/yaml_tree.h"

namespace autodiag::load {

inline constexpr std::string_view response_format = "autodiag-response/1";

// Reads the structure of a response (YAML or JSON). Whether its answers fit
// the questionnaire is checked separately (response_check.h).
std::optional<model::Response> load_response(std::string_view text, Diagnostics& diagnostics);
std::optional<model::Response> load_response(const YamlNode& root, Diagnostics& diagnostics);

}  // namespace autodiag::load
