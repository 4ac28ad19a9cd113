#pragma once

#include "report/plan_files.h"

#include <nlohmann/json.hpp>

#include <string>

namespace autodiag::report {

struct RenderedPlan {
  nlohmann::json model;  // what the template received
  std::string markdown;
  std::string svg;       // "" when no chart file is linked
};

// Renders the plan without writing anything. `chart_file`: the SVG's file
// name as linked from the plan, "" for no chart file. `template_name` names
// the custom template in error messages. Throws Failure(65).
RenderedPlan render_plan(const PlanRequest& request, const std::string& chart_file, const std::string& template_name);

// The SVG path that goes with a plan: same stem, .svg ("plan.svg.svg" for
// a plan named "plan.svg").
std::string chart_path_for(const std::string& markdown_path);

}  // namespace autodiag::report
