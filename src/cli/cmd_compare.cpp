#include "cli/commands.h"
#include "cli/response_source.h"
#include "report/compare.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include <memory>
#include <optional>

namespace autodiag::cli {

namespace {

struct CompareOptions {
  std::string old_response;
  std::string new_response;
  std::string format = "text";
  std::string questionnaire;
};


void run_compare(const CompareOptions& options, Context& context) {
  LoadedResponse current = load_response_or_fail(options.new_response, options.questionnaire, context);
  const model::Questionnaire& q = *current.questionnaire;
  load::CheckedResponse previous = load_previous_or_fail(options.old_response, current, context);
  score::Result before = score::compute(q, previous.response, previous.answers);
  score::Result after = score::compute(q, current.checked.response, current.checked.answers);
  report::Evolution evolution = report::compare_results(before, after);
  if (options.format == "json") {
    context.out << report::evolution_json(evolution, previous.response, current.checked.response, context.lang,
                                          q.default_language())
                       .dump(2)
                << '\n';
  } else {
    print_laid_out(report::evolution_text(evolution, previous.response, current.checked.response, context.lang,
                                          q.default_language()),
                   context);
  }
}

}  // namespace

void add_compare(CLI::App& app, Context& context) {
  auto options = std::make_shared<CompareOptions>();
  CLI::App* sub = app.add_subcommand(
      "compare", std::string(context.tr("montre l'évolution entre deux réponses (par exemple l'an dernier et cette année)",
                                        "shows the change between two responses (for example last year and this year)")));
  sub->add_option(std::string(context.tr("ANCIENNE", "OLD")), options->old_response, std::string(context.tr("réponse la plus ancienne", "older response")))
      ->required();
  sub->add_option(std::string(context.tr("NOUVELLE", "NEW")), options->new_response, std::string(context.tr("réponse la plus récente", "newer response")))
      ->required();
  sub->add_option("--format", options->format, "text | json")->check(CLI::IsMember({"text", "json"}));
  sub->add_option("-q,--questionnaire", options->questionnaire,
                  std::string(context.tr("questionnaire (par défaut : celui que nomme la réponse)",
                                         "questionnaire (default: the one the response names)")));
  sub->callback([options, &context] { run_compare(*options, context); });
}

}  // namespace autodiag::cli
