#pragma once

#include <nlohmann/json.hpp>

#include <string>

namespace autodiag::form {

// JSON text that can sit inside a <script> element: every '<' is written
// \u003c, so that no questionnaire text can close the element.
std::string script_json(const nlohmann::json& value);

}  // namespace autodiag::form
