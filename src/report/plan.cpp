#include "report/plan.h"

#include "report/chart_svg.h"
#include "report/plan_model.h"
#include "report/plan_template.h"

#include <filesystem>

namespace autodiag::report {

namespace {

std::optional<double> exact(const nlohmann::json& value) {
  return value.is_number() ? std::optional<double>(value.get<double>()) : std::nullopt;
}

std::string chart_desc(const nlohmann::json& model, Lang lang, bool with_previous) {
  std::string out;
  for (const auto& row : model["scores"]) {
    if (!out.empty()) out += lang == Lang::fr ? " ; " : "; ";
    out += row["label"].get<std::string>() + (lang == Lang::fr ? " : " : ": ");
    if (row["scored"].get<bool>()) {
      out += row["score"].get<std::string>() + (lang == Lang::fr ? " sur 100" : " out of 100");
    } else {
      out += row["level"].get<std::string>();
    }
    if (with_previous && row["previous_exact"].is_number()) {
      out += (lang == Lang::fr ? " (l'an dernier : " : " (last year: ") + row["previous"].get<std::string>() + ")";
    }
  }
  return out + ".";
}

std::string chart_for(const nlohmann::json& model, const PlanRequest& request) {
  bool with_previous = request.previous != nullptr;
  Lang lang = request.lang;
  std::vector<ChartRow> rows;
  for (const auto& row : model["scores"]) {
    rows.push_back({row["label"].get<std::string>(), exact(row["score_exact"]), exact(row["previous_exact"]),
                    row["level"].get<std::string>()});
  }
  ChartText text{std::string(tr(lang, "Score par thème (sur 100)", "Score per theme (out of 100)")),
                 chart_desc(model, lang, with_previous), std::string(tr(lang, "Cette année", "This year")),
                 std::string(tr(lang, "Année précédente", "Previous year"))};
  return chart_svg(rows, text, with_previous);
}

}  // namespace

RenderedPlan render_plan(const PlanRequest& request, const std::string& chart_file, const std::string& template_name) {
  RenderedPlan plan;
  plan.model = plan_model(request, chart_file);
  std::string_view text = request.template_text.empty() ? bundled_plan_template(lang_code(request.lang))
                                                        : std::string_view(request.template_text);
  std::string name = request.template_text.empty() ? "templates/plan.md.mustache" : template_name;
  if (!request.template_text.empty()) check_template_names(text, plan_variable_names(), name);
  plan.markdown = render_template(text, plan.model, name);
  if (!chart_file.empty()) plan.svg = chart_for(plan.model, request);
  return plan;
}

std::string chart_path_for(const std::string& markdown_path) {
  std::filesystem::path path(markdown_path);
  // "-o plan.svg" must not have its chart written over it.
  if (path.extension() == ".svg") return markdown_path + ".svg";
  return path.replace_extension(".svg").string();
}

}  // namespace autodiag::report
