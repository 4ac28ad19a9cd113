#pragma once

#include "report/plan_files.h"

#include <nlohmann/json.hpp>

#include <set>
#include <string>

namespace autodiag::report {

// The plan's data model: what the template receives and what
// `autodiag plan --format json` prints (docs/templates.md lists every
// field). Texts are raw (the template escapes them); numbers shown to people
// are strings rounded once (numbers.h), with full-precision `*_exact` twins.
// `chart_file`: the SVG's file name, linked from the plan; "" when there is
// none. Throws Failure(65) when the previous response cannot be compared.
nlohmann::json plan_model(const PlanRequest& request, const std::string& chart_file);

// Every key that appears anywhere in the model, for checking templates
// (a test keeps it complete).
const std::set<std::string>& plan_variable_names();

}  // namespace autodiag::report
