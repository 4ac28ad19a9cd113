#pragma once

#include "cli/context.h"
#include "load/checked_response.h"
#include "model/questionnaire.h"

#include <memory>
#include <string>

namespace autodiag::cli {

// The questionnaire given with -q (`questionnaire_path`), else the bundled
// one with `named_id` (the id a response names) and the major version of
// `named_version` (the latest when empty), else the bundled default. Throws
// Failure when it cannot be loaded.
std::shared_ptr<const model::Questionnaire> choose_questionnaire(const std::string& questionnaire_path,
                                                                 std::string_view named_id, Context& context,
                                                                 std::string_view named_version = {});

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

// The two steps of load_response_or_fail, for commands that look at several
// responses before choosing the questionnaire: parse `path` (diagnostics
// printed on error), then check it (diagnostics printed, warnings included).
// Throw Failure: 66 unreadable, 65 invalid.
model::Response parse_or_fail(const std::string& path, Diagnostics& diagnostics, Context& context);
load::CheckedResponse check_or_fail(model::Response response, const model::Questionnaire& questionnaire,
                                    Diagnostics& diagnostics, Context& context);

// Last year's response, read against this year's questionnaire so that both
// results share one set of questions. An earlier major version is read
// through the questionnaire's `migrations:` (with a warning for each answer
// not carried over); another questionnaire, or a version no migration reads,
// is refused (65) before the per-answer diagnostics, with a message naming
// both versions.
load::CheckedResponse load_previous_or_fail(const std::string& path, const LoadedResponse& current, Context& context);

}  // namespace autodiag::cli
