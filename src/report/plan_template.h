#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace autodiag::report {

// Renders a Mustache template with `model` (see docs/templates.md): `{{x}}`
// is escaped for Markdown, `{{{x}}}` is inserted as is. Numbers appear as
// written in the model; null and "" are false in sections and print nothing.
// Runs of blank lines become one. Throws Failure(65) naming
// `template_name`:line:col when the template is broken.
std::string render_template(std::string_view template_text, const nlohmann::json& model,
                            const std::string& template_name);

// The bundled plan template for `lang_code` ("fr", "en").
std::string_view bundled_plan_template(std::string_view lang_code);

}  // namespace autodiag::report
