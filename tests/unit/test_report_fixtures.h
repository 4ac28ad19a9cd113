#pragma once

// The bundled questionnaire and the persona responses, for the report tests.

#include "load/checked_response.h"
#include "load/questionnaire_loader.h"
#include "report/plan_files.h"
#include "test_helpers.h"

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

namespace autodiag::test {

inline const model::Questionnaire& guide() {
  static const model::Questionnaire questionnaire = [] {
    Diagnostics diagnostics;
    auto q = load::load_questionnaire(read_source_file("questionnaires/guide-bonnes-pratiques-ess.yaml"), diagnostics);
    if (!q || diagnostics.has_errors()) throw std::runtime_error("the bundled questionnaire does not load");
    return std::move(*q);
  }();
  return questionnaire;
}

// A response of the source tree checked against the bundled questionnaire;
// `edit` may change its text first.
inline load::CheckedResponse checked(const std::string& relative, const std::string& text_override = "") {
  std::string text = text_override.empty() ? read_source_file(relative) : text_override;
  Diagnostics diagnostics(relative);
  auto response = load::load_checked_response(text, guide(), diagnostics);
  if (!response) throw std::runtime_error(relative + " does not load: " + render(diagnostics));
  return std::move(*response);
}

inline const std::map<std::string, std::string>& personas() {
  static const std::map<std::string, std::string> files = {
      {"a", "examples/persona-a-association-sportive.yaml"}, {"b", "examples/persona-b-medico-social.yaml"},
      {"c", "examples/persona-c-scic-tiers-lieu.yaml"},      {"d", "examples/persona-d-banque-cooperative.yaml"},
      {"e", "examples/persona-e-sas-ess-nantes.yaml"},      {"f", "examples/persona-f-fondation.yaml"},
      {"g", "examples/persona-g-mutuelle.yaml"}};
  return files;
}

inline report::PlanRequest request_for(const load::CheckedResponse& response, Lang lang = Lang::fr) {
  report::PlanRequest request;
  request.questionnaire = &guide();
  request.response = &response;
  request.lang = lang;
  return request;
}

// Runs a shell command; returns its exit status and stdout.
inline std::pair<int, std::string> run_command(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
  if (!pipe) throw std::runtime_error("cannot run " + command);
  std::string out;
  char buffer[4096];
  while (size_t n = std::fread(buffer, 1, sizeof buffer, pipe.get())) out.append(buffer, n);
  int status = ::pclose(pipe.release());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}


}  // namespace autodiag::test
