#include "cli/commands.h"
#include "cli/response_source.h"
#include "form/code_map.h"
#include "form/html_form.h"
#include "form/limesurvey_writer.h"
#include "form/xlsform_writer.h"
#include "util/files.h"

#include <fmt/format.h>

#include <filesystem>
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

void write_html(const model::Questionnaire& questionnaire, const FormOptions& options, Context& context) {
  form::HtmlFormOptions html;
  html.lang = context.lang;
  html.short_path = options.short_path;
  if (!options.prefill.empty()) {
    // Checked like any response (65 with its diagnostics when it does not
    // fit); only the profile is carried into the page.
    LoadedResponse loaded = load_response_or_fail(options.prefill, options.questionnaire, context);
    html.prefill = loaded.checked.response.profile;
  }
  write_atomically(options.output, form::html_form(questionnaire, html));
  if (options.output != "-") {
    context.out << context.tr("Questionnaire en ligne : ", "Web form: ") << options.output << '\n'
                << context.tr("Ouvrez-le dans un navigateur ou publiez-le tel quel (voir docs/form.md).",
                              "Open it in a browser or publish it as it is (see docs/form.md).")
                << '\n';
  }
}

// questionnaire.txt → questionnaire.codes.yaml, in the same folder.
std::string code_map_path(const std::string& output) {
  std::filesystem::path path(output);
  return (path.parent_path() / (path.stem().string() + ".codes.yaml")).string();
}

// With `-o -` the form alone goes to stdout (no code map, no message).
void write_platform_form(const model::Questionnaire& questionnaire, const FormOptions& options, Context& context) {
  std::vector<std::string> written = {options.output};
  if (options.to == "xlsform") {
    form::write_xlsform(questionnaire, options.short_path, options.output);
  } else {
    write_atomically(options.output, form::limesurvey_structure(questionnaire, options.short_path));
    if (options.output != "-") {
      std::string codes = code_map_path(options.output);
      write_atomically(codes, form::code_map_yaml(questionnaire, options.short_path));
      written.push_back(codes);
    }
  }
  if (options.output == "-") return;
  for (const std::string& path : written) {
    context.out << fmt::format(fmt::runtime(context.tr("Écrit : {}\n", "Written: {}\n")), path);
  }
  context.out << context.tr("Importez-le dans l'outil, puis évaluez son export avec autodiag batch "
                            "(voir docs/form-platforms.md).\n",
                            "Import it into the tool, then score its export with autodiag batch "
                            "(see docs/form-platforms.md).\n");
}

void run_form(const FormOptions& options, Context& context) {
  std::shared_ptr<const model::Questionnaire> questionnaire = choose_questionnaire(options.questionnaire, {}, context);
  if (options.to == "html") {
    write_html(*questionnaire, options, context);
  } else {
    write_platform_form(*questionnaire, options, context);
  }
}

}  // namespace

void add_form(CLI::App& app, Context& context) {
  auto options = std::make_shared<FormOptions>();
  CLI::App* sub = app.add_subcommand(
      "form", std::string(context.tr("écrit le questionnaire pour le remplir ailleurs (page web, XLSForm, LimeSurvey)",
                                     "writes the questionnaire to be filled in elsewhere (web page, XLSForm, "
                                     "LimeSurvey)")));
  sub->add_option("--to", options->to,
                  std::string(context.tr("html : une page web autonome, sans serveur ; xlsform : un classeur .xlsx "
                                         "pour KoboToolbox ou ODK ; limesurvey : une structure .txt à importer, "
                                         "avec FICHIER.codes.yaml",
                                         "html: a self-contained web page, no server needed; xlsform: an .xlsx "
                                         "workbook for KoboToolbox or ODK; limesurvey: a .txt structure to import, "
                                         "with FILE.codes.yaml")))
      ->required()
      ->check(CLI::IsMember({"html", "xlsform", "limesurvey"}));
  sub->add_option("-o,--output", options->output, std::string(context.tr("fichier à écrire", "file to write")))
      ->required();
  sub->add_option("-q,--questionnaire", options->questionnaire,
                  std::string(context.tr("questionnaire (par défaut : le guide intégré)",
                                         "questionnaire (default: the bundled guide)")));
  sub->add_flag("--short", options->short_path,
                std::string(context.tr("parcours court : les questions essentielles seulement",
                                       "short path: the core questions only")));
  sub->add_option("--prefill", options->prefill,
                  std::string(context.tr("fichier réponse dont le profil (nom, département…) pré-remplit la page "
                                         "(html seulement)",
                                         "response file whose profile (name, department…) pre-fills the page "
                                         "(html only)")));
  sub->callback([options, &context] { run_form(*options, context); });
}

}  // namespace autodiag::cli
