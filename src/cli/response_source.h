#pragma once

#include "cli/context.h"
#include "load/checked_response.h"
#include "model/questionnaire.h"

#include <memory>
#include <string>

namespace autodiag::cli {

// A response file with the questionnaire it was checked against.
struct LoadedResponse {
  std::string path;
  std::shared_ptr<const model::Questionnaire> questionnaire;
  load::CheckedResponse checked;
};

// Reads the response at `path` and checks it against the questionnaire given
// with -q (`questionnaire_path`), else the bundled questionnaire it names,
// else the bundled default. Prints diagnostics (warnings included); throws
// Failure: 66 unreadable, 65 invalid or made for another questionnaire.
LoadedResponse load_response_or_fail(const std::string& path, const std::string& questionnaire_path, Context& context);

}  // namespace autodiag::cli
