#include "report/plan_files.h"

#include "model/profile.h"
#include "report/numbers.h"
#include "score/result.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include <filesystem>

namespace autodiag::report {

// First version: the overall and per-theme scores; the full plan follows.
std::vector<std::string> write_plan_files(const PlanRequest& request, const std::string& markdown_path) {
  const model::Questionnaire& q = *request.questionnaire;
  const load::CheckedResponse& r = *request.response;
  score::Result result = score::compute(q, r.response, r.answers);
  std::string lang(lang_code(request.lang));
  std::string name = request.organisation_override.empty() ? model::organisation_name(q, r.answers)
                                                           : request.organisation_override;
  std::string md = "# " + std::string(tr(request.lang, "Plan d'action", "Action plan")) + " — " + name + "\n\n";
  std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"></svg>\n";
  if (result.scored) md += show_score(result.overall) + "/100\n\n";
  for (const auto& t : result.themes) {
    if (t.scored) md += "- " + t.theme->label().get(lang) + " : " + show_score(t.score) + "/100\n";
  }
  std::string svg_path = std::filesystem::path(markdown_path).replace_extension(".svg").string();
  write_atomically(svg_path, svg);
  write_atomically(markdown_path, md);
  return {markdown_path, svg_path};
}

}  // namespace autodiag::report
