#include "cli/commands.h"
#include "cli/response_source.h"
#include "report/explain_text.h"
#include "score/result.h"
#include "util/errors.h"
#include "util/exit_codes.h"

#include <memory>

namespace autodiag::cli {

namespace {

struct ExplainOptions {
  std::string response;
  std::string questionnaire;
  std::string theme;
};

}  // namespace

void add_explain(CLI::App& app, Context& context) {
  auto options = std::make_shared<ExplainOptions>();
  CLI::App* sub = app.add_subcommand(
      "explain", std::string(context.tr("montre comment chaque score a été calculé",
                                        "shows how each score was computed")));
  sub->add_option(std::string(context.tr("RÉPONSE", "RESPONSE")), options->response, std::string(context.tr("fichier réponse", "response file")))->required();
  sub->add_option("-q,--questionnaire", options->questionnaire,
                  std::string(context.tr("questionnaire (par défaut : celui que nomme la réponse)",
                                         "questionnaire (default: the one the response names)")));
  sub->add_option("--theme", options->theme, std::string(context.tr("un seul thème (son identifiant)", "one theme only (its id)")));
  sub->callback([options, &context] {
    LoadedResponse loaded = load_response_or_fail(options->response, options->questionnaire, context);
    const auto& q = *loaded.questionnaire;
    if (!options->theme.empty() && q.find_theme(options->theme) == nullptr) {
      std::string ids;
      for (const auto& t : q.themes) ids += (ids.empty() ? "" : ", ") + t.id;
      throw Failure(exit_code::usage, msg("thème « {} » inconnu (thèmes : {})", "unknown theme '{}' (themes: {})",
                                          options->theme, ids));
    }
    score::Result result = score::compute(q, loaded.checked.response, loaded.checked.answers);
    print_laid_out(report::explain_text(q, result, context.lang, options->theme), context);
  });
}

}  // namespace autodiag::cli
