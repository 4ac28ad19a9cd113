#include "cli/response_source.h"

#include "cli/questionnaire_source.h"
#include "load/response_loader.h"
#include "report/compare.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include <map>
#include <optional>

namespace autodiag::cli {

namespace {

std::shared_ptr<const model::Questionnaire> choose_questionnaire(const std::string& questionnaire_path,
                                                                 std::string_view named_id, Context& context) {
  // -q is loaded once per process even when many responses are read.
  static std::map<std::string, std::shared_ptr<const model::Questionnaire>> loaded;
  std::string key = questionnaire_path;
  if (key.empty()) {
    if (const model::Questionnaire* bundled = bundled_questionnaire(named_id)) {
      return std::shared_ptr<const model::Questionnaire>(std::shared_ptr<void>(), bundled);
    }
  }
  auto& slot = loaded[key];
  if (!slot) slot = std::make_shared<const model::Questionnaire>(load_questionnaire_or_fail(questionnaire_path, context));
  return slot;
}

}  // namespace

LoadedResponse load_response_or_fail(const std::string& path, const std::string& questionnaire_path, Context& context) {
  std::string text = read_input(path);
  Diagnostics diagnostics(path);
  auto response = load::load_response(text, diagnostics);
  if (!response) {
    print_diagnostics(diagnostics, context);
    throw Failure(exit_code::data_error, msg("la réponse {} n'est pas valide", "response {} is not valid", path));
  }
  auto questionnaire = choose_questionnaire(questionnaire_path, response->questionnaire_id, context);
  auto checked = load::load_checked_response(text, *questionnaire, diagnostics);
  print_diagnostics(diagnostics, context);
  if (!checked) {
    throw Failure(exit_code::data_error, msg("la réponse {} n'est pas valide", "response {} is not valid", path));
  }
  return LoadedResponse{path, questionnaire, std::move(*checked)};
}

load::CheckedResponse load_previous_or_fail(const std::string& path, const LoadedResponse& current, Context& context) {
  std::string text = read_input(path);
  Diagnostics diagnostics(path);
  std::optional<load::CheckedResponse> previous;
  if (auto raw = load::load_response(text, diagnostics)) {
    report::check_comparable(*raw, current.checked.response);
    previous = load::load_checked_response(text, *current.questionnaire, diagnostics);
  }
  print_diagnostics(diagnostics, context);
  if (!previous) {
    throw Failure(exit_code::data_error, msg("la réponse {} n'est pas valide", "response {} is not valid", path));
  }
  return std::move(*previous);
}

}  // namespace autodiag::cli
