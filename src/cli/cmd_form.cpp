#include "cli/commands.h"
#include "cli/response_source.h"
#include "form/html_form.h"
#include "util/files.h"

#include <memory>

namespace autodiag::cli {

namespace {

struct FormOptions {
  std::string to;
  std::string output;
  std::string questionnaire;
  std::string prefill;
  bool short_path = false;
};

void run_form(const FormOptions& options, Context& context) {
  std::shared_ptr<const model::Questionnaire> questionnaire = choose_questionnaire(options.questionnaire, {}, context);
  form::HtmlFormOptions html;
  html.lang = context.lang;
  html.short_path = options.short_path;
  if (!options.prefill.empty()) {
    // Checked like any response (65 with its diagnostics when it does not
    // fit); only the profile is carried into the page.
    LoadedResponse loaded = load_response_or_fail(options.prefill, options.questionnaire, context);
    html.prefill = loaded.checked.response.profile;
  }
  write_atomically(options.output, form::html_form(*questionnaire, html));
  if (options.output != "-") {
    context.out << context.tr("Questionnaire en ligne : ", "Web form: ") << options.output << '\n'
                << context.tr("Ouvrez-le dans un navigateur ou publiez-le tel quel (voir docs/form.md).",
                              "Open it in a browser or publish it as it is (see docs/form.md).")
                << '\n';
  }
}

}  // namespace

void add_form(CLI::App& app, Context& context) {
  auto options = std::make_shared<FormOptions>();
  CLI::App* sub = app.add_subcommand(
      "form", std::string(context.tr("écrit le questionnaire pour le remplir ailleurs (page web autonome)",
                                     "writes the questionnaire to be filled in elsewhere (self-contained web page)")));
  sub->add_option("--to", options->to,
                  std::string(context.tr("html : une page web autonome, sans serveur",
                                         "html: a self-contained web page, no server needed")))
      ->required()
      ->check(CLI::IsMember({"html"}));
  sub->add_option("-o,--output", options->output, std::string(context.tr("fichier à écrire", "file to write")))
      ->required();
  sub->add_option("-q,--questionnaire", options->questionnaire,
                  std::string(context.tr("questionnaire (par défaut : le guide intégré)",
                                         "questionnaire (default: the bundled guide)")));
  sub->add_flag("--short", options->short_path,
                std::string(context.tr("parcours court : les questions essentielles seulement",
                                       "short path: the core questions only")));
  sub->add_option("--prefill", options->prefill,
                  std::string(context.tr("fichier réponse dont le profil (nom, département…) pré-remplit la page",
                                         "response file whose profile (name, department…) pre-fills the page")));
  sub->callback([options, &context] { run_form(*options, context); });
}

}  // namespace autodiag::cli
