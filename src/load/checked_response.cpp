#include "load/checked_response.h"

#include "load/migrate.h"
#include "load/response_check.h"
#include "load/response_loader.h"

namespace autodiag::load {

std::optional<CheckedResponse> load_checked_response(std::string_view text, const model::Questionnaire& questionnaire,
                                                     Diagnostics& diagnostics) {
  auto response = load_response(text, diagnostics);
  if (!response) return std::nullopt;
  migrate_response(questionnaire, *response, diagnostics);
  auto answers = check_response(questionnaire, *response, diagnostics);
  if (!answers) return std::nullopt;
  return CheckedResponse{std::move(*response), std::move(*answers)};
}

}  // namespace autodiag::load
