#include "cli/questionnaire_source.h"

#include "load/questionnaire_loader.h"
#include "util/bundled.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include <algorithm>
#include <cstdio>
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

const model::Questionnaire* bundled_questionnaire(std::string_view id, std::string_view version) {
  static std::mutex mutex;
  // By id, then by major version.
  static std::map<std::string, std::map<int, model::Questionnaire>, std::less<>> by_id;
  static bool loaded = false;
  std::lock_guard lock(mutex);
  if (!loaded) {
    loaded = true;
    for (const std::string& name : bundled_questionnaire_names()) {
      Diagnostics ignored(name);
      auto q = load::load_questionnaire(bundled::find(name)->content, ignored);
      if (q) by_id[q->id].emplace(q->version.major, std::move(*q));
    }
  }
  auto it = by_id.find(id);
  if (it == by_id.end()) return nullptr;
  int major = -1;
  int minor = 0;
  if (!version.empty()) std::sscanf(std::string(version).c_str(), "%d.%d", &major, &minor);
  // A frozen version reads only the responses it knows (its minor or an
  // earlier one); a later minor (1.1.0 when 1.0.0 is frozen) is read by the
  // latest version through its migrations.
  auto same = it->second.find(major);
  bool frozen_reads_it = same != it->second.end() && same->second.version.minor >= minor;
  return frozen_reads_it ? &same->second : &it->second.rbegin()->second;
}

}  // namespace autodiag::cli
