#include "cli/commands.h"
#include "cli/response_source.h"
#include "model/profile.h"
#include "report/compare.h"
#include "util/escape.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include <fmt/format.h>

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

// Two organisations' files, or the newer one given first, still compare (a
// facilitator may mean it), but a board must not read the result as its own
// progress: said before it.
void warn_if_not_one_organisation_over_time(const CompareOptions& options, const model::Questionnaire& q,
                                            const load::CheckedResponse& before, const load::CheckedResponse& after,
                                            Context& context) {
  std::string before_name = model::organisation_name(q, before.answers);
  std::string after_name = model::organisation_name(q, after.answers);
  if (!before_name.empty() && !after_name.empty() && before_name != after_name) {
    context.err << "autodiag: "
                << fmt::format(fmt::runtime(context.tr("attention : ces réponses viennent de deux structures, « {} » et « {} »",
                                                       "warning: these responses come from two organisations, '{}' and '{}'")),
                               one_line(before_name), one_line(after_name))
                << '\n';
  }
  if (!before.response.updated.empty() && !after.response.updated.empty() &&
      before.response.updated > after.response.updated) {
    context.err << "autodiag: "
                << fmt::format(fmt::runtime(context.tr("attention : {} est plus récent que {} ; la réponse la plus ancienne "
                                                       "se donne en premier",
                                                       "warning: {} is newer than {}; the older response comes first")),
                               options.old_response, options.new_response)
                << '\n';
  }
  context.err << std::flush;
}

void run_compare(const CompareOptions& options, Context& context) {
  LoadedResponse current = load_response_or_fail(options.new_response, options.questionnaire, context);
  const model::Questionnaire& q = *current.questionnaire;
  load::CheckedResponse previous = load_previous_or_fail(options.old_response, current, context);
  warn_if_not_one_organisation_over_time(options, q, previous, current.checked, context);
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
