#pragma once

#include <nlohmann/json.hpp>

#include <set>
#include <string>
#include <string_view>

namespace autodiag::report {

// Bounds on a custom template (docs/limits.md): beyond, a positioned error.
inline constexpr size_t max_template_bytes = size_t{1} << 20;
inline constexpr int max_template_depth = 32;

// Renders a Mustache template with `model` (see docs/templates.md): `{{x}}`
// is escaped for Markdown, `{{{x}}}` is inserted as is. Numbers appear as
// written in the model; null and "" are false in sections and print nothing.
// Runs of blank lines become one. Throws Failure(65) naming
// `template_name`:line:col when the template is broken or beyond the limits.
std::string render_template(std::string_view template_text, const nlohmann::json& model,
                            const std::string& template_name);

// Refuses (Failure 65, every unknown name at its line:col) a template that
// uses a name outside `known`: a typo would otherwise print nothing. Only
// the plain, dotted and section names are checked; a template that changes
// its delimiters is not.
void check_template_names(std::string_view template_text, const std::set<std::string>& known,
                          const std::string& template_name);

// The bundled plan template for `lang_code` ("fr", "en").
std::string_view bundled_plan_template(std::string_view lang_code);

}  // namespace autodiag::report
