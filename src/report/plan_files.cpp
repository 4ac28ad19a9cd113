#include "report/plan_files.h"

#include "report/plan.h"
#include "util/files.h"

#include <filesystem>

namespace autodiag::report {

std::vector<std::string> write_plan_files(const PlanRequest& request, const std::string& markdown_path,
                                          Target target) {
  std::string svg_path = chart_path_for(markdown_path);
  // Everything is rendered before the first write: a broken template leaves
  // no file behind.
  RenderedPlan plan = render_plan(request, std::filesystem::path(svg_path).filename().string(), "template");
  write_atomically(svg_path, plan.svg, target);
  write_atomically(markdown_path, plan.markdown, target);
  return {markdown_path, svg_path};
}

}  // namespace autodiag::report
