#include "cli/response_source.h"

#include "cli/questionnaire_source.h"
#include "load/migrate.h"
#include "load/response_check.h"
#include "load/response_loader.h"
#include "report/compare.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include <map>

namespace autodiag::cli {

namespace {


Failure invalid_response(const std::string& path) {
  return Failure(exit_code::data_error, msg("la réponse {} n'est pas valide", "response {} is not valid", path));
}

}  // namespace

// The file is read and parsed once; the questionnaire it is checked against
// may depend on what it says.
model::Response parse_or_fail(const std::string& path, Diagnostics& diagnostics, Context& context) {
  auto response = load::load_response(read_input(path), diagnostics);
  if (!response) {
    print_diagnostics(diagnostics, context);
    throw invalid_response(path);
  }
  return std::move(*response);
}

load::CheckedResponse check_or_fail(model::Response response, const model::Questionnaire& questionnaire,
                                    Diagnostics& diagnostics, Context& context) {
  auto answers = load::check_response(questionnaire, response, diagnostics);
  print_diagnostics(diagnostics, context);
  if (!answers) throw invalid_response(diagnostics.file());
  return load::CheckedResponse{std::move(response), std::move(*answers)};
}

std::shared_ptr<const model::Questionnaire> choose_questionnaire(const std::string& questionnaire_path,
                                                                 std::string_view named_id, Context& context,
                                                                 std::string_view named_version) {
  // -q is loaded once per process even when many responses are read.
  static std::map<std::string, std::shared_ptr<const model::Questionnaire>> loaded;
  std::string key = questionnaire_path;
  if (key.empty() && !named_id.empty()) {
    if (const model::Questionnaire* bundled = bundled_questionnaire(named_id, named_version)) {
      return std::shared_ptr<const model::Questionnaire>(std::shared_ptr<void>(), bundled);
    }
  }
  auto& slot = loaded[key];
  if (!slot) slot = std::make_shared<const model::Questionnaire>(load_questionnaire_or_fail(questionnaire_path, context));
  return slot;
}

LoadedResponse load_response_or_fail(const std::string& path, const std::string& questionnaire_path, Context& context) {
  Diagnostics diagnostics(path);
  model::Response response = parse_or_fail(path, diagnostics, context);
  auto questionnaire =
      choose_questionnaire(questionnaire_path, response.questionnaire_id, context, response.questionnaire_version);
  load::migrate_response(*questionnaire, response, diagnostics);
  return LoadedResponse{path, questionnaire, check_or_fail(std::move(response), *questionnaire, diagnostics, context)};
}

load::CheckedResponse load_previous_or_fail(const std::string& path, const LoadedResponse& current, Context& context) {
  Diagnostics diagnostics(path);
  model::Response response = parse_or_fail(path, diagnostics, context);
  load::migrate_response(*current.questionnaire, response, diagnostics);
  report::check_comparable(response, current.checked.response);
  return check_or_fail(std::move(response), *current.questionnaire, diagnostics, context);
}

}  // namespace autodiag::cli
