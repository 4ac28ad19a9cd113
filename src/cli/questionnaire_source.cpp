#include "cli/questionnaire_source.h"

#include "load/questionnaire_loader.h"
#include "util/bundled.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include <algorithm>
#include <map>
#include <mutex>

namespace autodiag::cli {

namespace {

Failure invalid(const std::string& name) {
  return Failure(exit_code::data_error, msg("le questionnaire {} n'est pas valide", "questionnaire {} is not valid", name));
}

}  // namespace

model::Questionnaire load_questionnaire_or_fail(const std::string& path, Context& context) {
  std::string name = path.empty() ? default_questionnaire : path;
  std::string text;
  if (path.empty()) {
    const bundled::File* file = bundled::find(default_questionnaire);
    if (file == nullptr) {
      throw Failure(exit_code::internal, msg("questionnaire intégré absent : {}", "bundled questionnaire missing: {}", name));
    }
    text = std::string(file->content);
  } else {
    text = read_input(path);
  }
  Diagnostics diagnostics(name);
  auto questionnaire = load::load_questionnaire(text, diagnostics);
  if (!questionnaire) {
    print_diagnostics(diagnostics, context);
    throw invalid(name);
  }
  return std::move(*questionnaire);
}

std::vector<std::string> bundled_questionnaire_names() {
  std::vector<std::string> names;
  for (const auto& file : bundled::files()) {
    if (file.name.starts_with("questionnaires/")) names.push_back(file.name);
  }
  return names;
}

const model::Questionnaire* bundled_questionnaire(std::string_view id) {
  static std::mutex mutex;
  static std::map<std::string, model::Questionnaire, std::less<>> by_id;
  static bool loaded = false;
  std::lock_guard lock(mutex);
  if (!loaded) {
    loaded = true;
    for (const std::string& name : bundled_questionnaire_names()) {
      Diagnostics ignored(name);
      auto q = load::load_questionnaire(bundled::find(name)->content, ignored);
      if (q) by_id.emplace(q->id, std::move(*q));
    }
  }
  auto it = by_id.find(id);
  return it == by_id.end() ? nullptr : &it->second;
}

}  // namespace autodiag::cli
