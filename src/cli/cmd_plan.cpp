#include "cli/commands.h"
#include "cli/response_source.h"
#include "document/actions_csv.h"
#include "document/documents.h"
#include "document/html_page.h"
#include "report/plan.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include <algorithm>
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
  std::vector<std::string> formats{"md"};
  std::string reference_doc;
  std::string actions;
  std::string questionnaire;
  bool force = false;
};

// `<response stem>-plan.md` in the current directory: never beside the
// response, which may sit in a read-only or shared folder.
std::string default_output(const std::string& response, std::string_view extension) {
  std::string stem = response == "-" ? "reponse" : std::filesystem::path(response).stem().string();
  return stem + "-plan." + std::string(extension);
}

void check_combinations(const PlanOptions& options, const std::vector<document::Format>& formats) {
  bool json = std::find(options.formats.begin(), options.formats.end(), "json") != options.formats.end();
  if (json && options.formats.size() > 1) {
    throw Failure(exit_code::usage, msg("--format json ne se combine pas avec d'autres formats",
                                        "--format json cannot be combined with other formats"));
  }
  if (options.output == "-" && (formats.size() != 1 || (formats[0] != document::Format::md && formats[0] != document::Format::html))) {
    throw Failure(exit_code::usage, msg("-o - (sortie standard) ne va qu'avec un seul format, md ou html",
                                        "-o - (standard output) only goes with one format, md or html"));
  }
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
  if (!options.actions.empty()) request.followed_actions = document::read_actions(options.actions);

  std::vector<document::Format> formats = document::parse_formats(options.formats);
  check_combinations(options, formats);
  if (formats.empty()) {  // --format json: the model given to the template, without a chart file
    std::string json = report::render_plan(request, "", options.template_path).model.dump(2) + "\n";
    if (options.output.empty() || options.output == "-") {
      context.out << json;
    } else {
      write_atomically(options.output, json);
      context.out << context.tr("Données du plan : ", "Plan data: ") << options.output << '\n';
    }
    return;
  }
  if (options.output == "-") {
    if (formats[0] == document::Format::html) {  // the chart goes inline: the page needs no other file
      report::RenderedPlan plan = report::render_plan(request, "chart.svg", options.template_path);
      context.out << document::html_page(plan.markdown, plan.svg, plan.model["chart"]["file_url"].get<std::string>(),
                                         context.lang);
      return;
    }
    context.out << report::render_plan(request, "", options.template_path).markdown << std::flush;
    context.err << context.tr("(plan écrit sur la sortie standard : sans fichier graphique ; le tableau des scores "
                              "reste dans le plan)\n",
                              "(plan written to standard output: no chart file; the score table stays in the plan)\n");
    return;
  }
  document::DocumentRequest documents{request, formats, options.reference_doc, options.template_path};
  documents.force = options.force;
  std::string output = options.output.empty() ? default_output(options.response, document::extension(formats[0]))
                                              : options.output;
  document::Written written = document::write_documents(documents, output);
  if (!written.kept_plan.empty()) context.err << written.kept_message.in(context.lang) << '\n';
  context.out << document::written_lines(written, context.lang);
}

}  // namespace

void add_plan(CLI::App& app, Context& context) {
  auto options = std::make_shared<PlanOptions>();
  CLI::App* sub = app.add_subcommand(
      "plan", std::string(context.tr("écrit le plan d'action pour l'assemblée générale (Markdown, HTML, Word, LibreOffice, PDF) et son tableau de suivi",
                                     "writes the action plan for the general assembly (Markdown, HTML, Word, LibreOffice, PDF) and its tracking sheet")));
  sub->add_option(std::string(context.tr("RÉPONSE", "RESPONSE")), options->response, std::string(context.tr("fichier réponse", "response file")))->required();
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
  sub->add_option("--format", options->formats,
                  std::string(context.tr("md (Markdown et graphique SVG) | html (page autonome, à imprimer) | docx "
                                         "(Word) | odt (LibreOffice) | pdf ; plusieurs séparés par des virgules : "
                                         "html,pdf | json (les données passées au modèle ; sur la sortie standard "
                                         "sauf avec -o)",
                                         "md (Markdown and SVG chart) | html (standalone page, to print) | docx "
                                         "(Word) | odt (LibreOffice) | pdf; several separated by commas: html,pdf | "
                                         "json (the data given to the template; on standard output unless -o is "
                                         "given)")))
      ->delimiter(',')
      ->check(CLI::IsMember({"md", "html", "docx", "odt", "pdf", "json"}));
  sub->add_option("--reference-doc", options->reference_doc,
                  std::string(context.tr("document Word ou LibreOffice dont docx et odt reprennent les styles "
                                         "(voir docs/plan.md)",
                                         "Word or LibreOffice document whose styles docx and odt take "
                                         "(see docs/plan.md)")));
  sub->add_option("--actions", options->actions,
                  std::string(context.tr("tableau de suivi des actions de l'an dernier (…-actions.csv), rempli par "
                                         "le conseil : le plan dit ce qui a été fait",
                                         "last year's action tracking sheet (…-actions.csv), as the board filled it: "
                                         "the plan says what was done")));
  sub->add_flag("--force", options->force,
                std::string(context.tr("remplace le plan même s'il a été modifié depuis qu'autodiag l'a écrit (sinon "
                                       "le nouveau plan est écrit à côté)",
                                       "replaces the plan even if it was edited since autodiag wrote it (otherwise "
                                       "the new plan is written beside it)")));
  sub->add_option("-q,--questionnaire", options->questionnaire,
                  std::string(context.tr("questionnaire (par défaut : celui que nomme la réponse)",
                                         "questionnaire (default: the one the response names)")));
  sub->callback([options, &context] { run_plan(*options, context); });
}

}  // namespace autodiag::cli
