#include "cli/commands.h"
#include "cli/questionnaire_source.h"
#include "load/migrate.h"
#include "load/questionnaire_loader.h"
#include "load/response_check.h"
#include "load/response_loader.h"
#include "load/response_writer.h"
#include "load/support_reader.h"
#include "load/yaml_tree.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/plural.h"
#include "util/files.h"

#include <fmt/format.h>

#include <algorithm>
#include <memory>

namespace autodiag::cli {

namespace {

struct ValidateOptions {
  std::vector<std::string> files;
  std::string questionnaire;
};

// The value of the top-level `format` key, to tell questionnaires from
// responses.
std::string format_of(const load::YamlNode& root) {
  if (!root.is_map()) return {};
  for (const auto& [key, value] : root.entries) {
    if (key->is_scalar() && key->value == "format" && value->is_scalar()) return value->value;
  }
  return {};
}

void validate_response(const load::YamlNode& root, Diagnostics& diagnostics, const model::Questionnaire* explicit_q) {
  auto response = load::load_response(root, diagnostics);
  if (!response) return;
  const model::Questionnaire* q =
      explicit_q ? explicit_q : bundled_questionnaire(response->questionnaire_id, response->questionnaire_version);
  if (q == nullptr) {
    diagnostics.error(response->questionnaire_mark,
                      msg("questionnaire « {} » introuvable parmi les questionnaires intégrés : indiquez-le avec -q",
                          "questionnaire '{}' is not bundled: give it with -q", response->questionnaire_id));
    return;
  }
  load::migrate_response(*q, *response, diagnostics);
  load::check_response(*q, *response, diagnostics);
}

int validate_file(const std::string& path, const model::Questionnaire* explicit_q, Context& context) {
  std::string text;
  try {
    text = read_input(path);
  } catch (const Failure& e) {
    context.err << path << ": " << context.tr("erreur", "error") << ": " << e.message().in(context.lang) << '\n';
    return e.exit_code();
  }
  Diagnostics diagnostics(path);
  load::YamlDocument doc(text, diagnostics);
  if (doc.root() != nullptr) {
    std::string format = format_of(*doc.root());
    if (format.starts_with("autodiag-response")) {
      validate_response(*doc.root(), diagnostics, explicit_q);
    } else if (format.starts_with("autodiag-questionnaire")) {
      if (auto q = load::load_questionnaire(*doc.root(), diagnostics)) {
        load::warn_stale_support(*q, load::now_timestamp().substr(0, 10), load::support_max_age_months, diagnostics);
      }
    } else {
      diagnostics.error(doc.root()->mark,
                        msg("ni questionnaire ni réponse : la clé « format » doit valoir {} ou {}",
                            "neither a questionnaire nor a response: the 'format' key must be {} or {}",
                            load::questionnaire_format, load::response_format));
    }
  }
  print_diagnostics(diagnostics, context);
  size_t errors = diagnostics.count(Severity::error);
  size_t warnings = diagnostics.count(Severity::warning);
  context.out << fmt::format("{}{}{} ({}, {})\n", path, context.tr(" : ", ": "),
                             errors ? context.tr("invalide", "invalid") : context.tr("valide", "valid"),
                             count_of(errors, context.lang, {"erreur", "erreurs"}, {"error", "errors"}),
                             count_of(warnings, context.lang, {"avertissement", "avertissements"}, {"warning", "warnings"}))
              << std::flush;
  return errors ? exit_code::data_error : exit_code::ok;
}

}  // namespace

void add_validate(CLI::App& app, Context& context) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* sub = app.add_subcommand(
      "validate", std::string(context.tr("vérifie des questionnaires et des réponses, et signale chaque problème",
                                         "checks questionnaires and responses, and reports every problem")));
  sub->add_option(std::string(context.tr("FICHIER", "FILE")), options->files, std::string(context.tr("fichiers à vérifier (- : entrée standard)",
                                                                   "files to check (-: standard input)")))
      ->required();
  sub->add_option("-q,--questionnaire", options->questionnaire,
                  std::string(context.tr("questionnaire des réponses (par défaut : celui que nomme la réponse, s'il est intégré)",
                                         "questionnaire of the responses (default: the one the response names, if bundled)")));
  sub->callback([options, &context] {
    std::unique_ptr<model::Questionnaire> explicit_q;
    if (!options->questionnaire.empty()) {
      explicit_q = std::make_unique<model::Questionnaire>(load_questionnaire_or_fail(options->questionnaire, context));
    }
    int worst = exit_code::ok;
    for (const std::string& path : options->files) {
      int code = validate_file(path, explicit_q.get(), context);
      // An unreadable file (66) outranks an invalid one (65).
      worst = std::max(worst, code);
    }
    context.exit_code = worst;
  });
}

}  // namespace autodiag::cli
