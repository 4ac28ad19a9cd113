#include "cli/commands.h"
#include "cli/response_source.h"
#include "model/profile.h"
#include "report/numbers.h"
#include "report/score_json.h"
#include "report/score_text.h"
#include "score/result.h"
#include "util/csv.h"
#include "util/errors.h"
#include "util/exit_codes.h"

#include <memory>

namespace autodiag::cli {

namespace {

struct ScoreOptions {
  std::vector<std::string> responses;
  std::string questionnaire;
  std::string format = "text";
};

std::vector<std::string> csv_header(const model::Questionnaire& q) {
  std::vector<std::string> header = {"source", "organisation", "status", "completion", "overall", "level"};
  for (const auto& theme : q.themes) header.push_back(theme.id);
  return header;
}

std::vector<std::string> csv_fields(const LoadedResponse& loaded, const score::Result& result) {
  const auto& q = *loaded.questionnaire;
  std::vector<std::string> row = {loaded.path, model::organisation_name(q, loaded.checked.answers),
                                  std::string(model::status_name(loaded.checked.response.status)),
                                  std::to_string(std::lround(result.completion * 100)),
                                  result.scored ? report::show_score(result.overall) : "",
                                  result.level ? result.level->id : ""};
  for (const auto& theme : result.themes) row.push_back(theme.scored ? report::show_score(theme.score) : "");
  return row;
}

void run_score(const ScoreOptions& options, Context& context) {
  nlohmann::json all = nlohmann::json::array();
  bool header_written = false;
  int status = exit_code::ok;
  for (size_t i = 0; i < options.responses.size(); ++i) {
    const std::string& path = options.responses[i];
    LoadedResponse loaded;
    try {
      loaded = load_response_or_fail(path, options.questionnaire, context);
    } catch (const Failure& e) {
      // One bad file does not hide the scores of the others.
      context.err << "autodiag: " << e.message().in(context.lang) << '\n';
      status = std::max(status, e.exit_code());
      continue;
    }
    const auto& q = *loaded.questionnaire;
    score::Result result = score::compute(q, loaded.checked.response, loaded.checked.answers);
    std::string organisation = model::organisation_name(q, loaded.checked.answers);
    if (options.format == "json") {
      all.push_back(report::score_json(q, loaded.checked.response, result, path, organisation));
    } else if (options.format == "csv") {
      if (!header_written) context.out << csv_row(csv_header(q));
      header_written = true;
      context.out << csv_row(csv_fields(loaded, result));
    } else {
      if (i > 0) context.out << '\n';
      context.out << report::score_text(q, loaded.checked.response, result, organisation,
                                        {context.lang, context.utf8, text_width(context), !context.plain});
    }
  }
  if (options.format == "json") context.out << all.dump(2) << '\n';
  context.exit_code = status;
}

}  // namespace

void add_score(CLI::App& app, Context& context) {
  auto options = std::make_shared<ScoreOptions>();
  CLI::App* sub = app.add_subcommand(
      "score", std::string(context.tr("calcule les scores par thème et d'ensemble d'une ou plusieurs réponses",
                                      "computes per-theme and overall scores of one or more responses")));
  sub->add_option(std::string(context.tr("RÉPONSE", "RESPONSE")), options->responses, std::string(context.tr("fichiers réponse", "response files")))->required();
  sub->add_option("-q,--questionnaire", options->questionnaire,
                  std::string(context.tr("questionnaire (par défaut : celui que nomme la réponse)",
                                         "questionnaire (default: the one the response names)")));
  sub->add_option("--format", options->format, "text | json | csv")->check(CLI::IsMember({"text", "json", "csv"}));
  sub->callback([options, &context] { run_score(*options, context); });
}

}  // namespace autodiag::cli
