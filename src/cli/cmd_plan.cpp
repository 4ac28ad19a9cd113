#include "cli/commands.h"
#include "cli/response_source.h"
#include "report/plan.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include <filesystem>
#include <memory>
#include <optional>

namespace autodiag::cli {

namespace {

struct PlanOptions {
  std::string response;
  std::string output;
  std::string template_path;
  std::string previous;
  std::string format = "md";
  std::string questionnaire;
};

// `<response stem>-plan.md` in the current directory: never beside the
// response, which may sit in a read-only or shared folder.
std::string default_output(const std::string& response) {
  std::string stem = response == "-" ? "reponse" : std::filesystem::path(response).stem().string();
  return stem + "-plan.md";
}

// Read against this year's questionnaire, so that both results share one set
// of questions; an incompatible version is refused before the version
// diagnostics, with a message naming both versions.

void run_plan(const PlanOptions& options, Context& context) {
  LoadedResponse loaded = load_response_or_fail(options.response, options.questionnaire, context);
  std::optional<load::CheckedResponse> previous;
  if (!options.previous.empty()) previous = load_previous_or_fail(options.previous, loaded, context);

  report::PlanRequest request;
  request.questionnaire = loaded.questionnaire.get();
  request.response = &loaded.checked;
  request.previous = previous ? &*previous : nullptr;
  request.lang = context.lang;
  if (!options.template_path.empty()) request.template_text = read_input(options.template_path);

  std::string output = options.output.empty() ? default_output(options.response) : options.output;
  // JSON describes the plan without a chart file, wherever it is written.
  bool to_stdout = output == "-" || options.format == "json";
  std::string chart_path = to_stdout ? "" : report::chart_path_for(output);
  std::string chart_file = to_stdout ? "" : std::filesystem::path(chart_path).filename().string();
  report::RenderedPlan plan = report::render_plan(request, chart_file, options.template_path);

  if (options.format == "json") {
    std::string json = plan.model.dump(2) + "\n";
    if (options.output.empty() || options.output == "-") {
      context.out << json;
    } else {
      write_atomically(options.output, json);
      context.out << context.tr("Données du plan : ", "Plan data: ") << options.output << '\n';
    }
    return;
  }
  if (output == "-") {
    context.out << plan.markdown << std::flush;
    context.err << context.tr("(plan écrit sur la sortie standard : sans fichier graphique ; le tableau des scores "
                              "reste dans le plan)\n",
                              "(plan written to standard output: no chart file; the score table stays in the plan)\n");
    return;
  }
  write_atomically(chart_path, plan.svg);
  write_atomically(output, plan.markdown);
  context.out << context.tr("Plan d'action : ", "Action plan: ") << output << '\n'
              << context.tr("Graphique : ", "Chart: ") << chart_path << '\n';
}

}  // namespace

void add_plan(CLI::App& app, Context& context) {
  auto options = std::make_shared<PlanOptions>();
  CLI::App* sub = app.add_subcommand(
      "plan", std::string(context.tr("écrit le plan d'action en Markdown, pour l'assemblée générale, et son graphique SVG",
                                     "writes the Markdown action plan for the general assembly, and its SVG chart")));
  sub->add_option("response", options->response, std::string(context.tr("fichier réponse", "response file")))->required();
  sub->add_option("-o,--output", options->output,
                  std::string(context.tr("fichier du plan (par défaut : <réponse>-plan.md dans le dossier courant ; "
                                         "« - » : sortie standard, sans graphique) ; le graphique va à côté, en .svg",
                                         "plan file (default: <response>-plan.md in the current directory; "
                                         "'-': standard output, no chart); the chart goes beside it, as .svg")));
  sub->add_option("--template", options->template_path,
                  std::string(context.tr("modèle Mustache à utiliser (voir docs/templates.md)",
                                         "Mustache template to use (see docs/templates.md)")));
  sub->add_option("--previous", options->previous,
                  std::string(context.tr("réponse de l'an dernier, pour montrer l'évolution",
                                         "last year's response, to show the evolution")));
  sub->add_option("--format", options->format,
                  std::string(context.tr("md (le plan) | json (les données passées au modèle ; sur la sortie "
                                         "standard sauf avec -o)",
                                         "md (the plan) | json (the data given to the template; on standard output "
                                         "unless -o is given)")))
      ->check(CLI::IsMember({"md", "json"}));
  sub->add_option("-q,--questionnaire", options->questionnaire,
                  std::string(context.tr("questionnaire (par défaut : celui que nomme la réponse)",
                                         "questionnaire (default: the one the response names)")));
  sub->callback([options, &context] { run_plan(*options, context); });
}

}  // namespace autodiag::cli
