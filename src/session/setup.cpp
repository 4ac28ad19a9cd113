#include "session/setup.h"

#include <algorithm>
#include <string>

namespace autodiag::session {

std::string default_output_path(std::string_view timestamp) {
  return "autodiag-" + std::string(timestamp.substr(0, 4)) + ".yaml";
}

std::string last_year_output_path(std::string_view timestamp) {
  int year = std::stoi(std::string(timestamp.substr(0, 4)));
  return "autodiag-" + std::to_string(year - 1) + ".yaml";
}

bool answered_on_short_path(const model::Questionnaire& questionnaire, const model::Response& response) {
  bool any = false;
  for (size_t i = 0; i < questionnaire.question_count(); ++i) {
    const model::Question& q = questionnaire.question(i);
    if (q.is_profile() || response.find_value(q.id) == nullptr) continue;
    if (!q.core) return false;
    any = true;
  }
  return any;
}

std::string plan_path_for(const std::string& response_path) {
  size_t slash = response_path.find_last_of('/');
  size_t dot = response_path.find_last_of('.');
  std::string stem = (dot != std::string::npos && (slash == std::string::npos || dot > slash + 1))
                         ? response_path.substr(0, dot)
                         : response_path;
  return stem + "-plan.md";
}

model::Response new_response(const model::Questionnaire& questionnaire, Lang lang) {
  model::Response response;
  response.questionnaire_id = questionnaire.id;
  response.questionnaire_version = questionnaire.version.text;
  response.status = model::Status::in_progress;
  response.language = std::string(lang_code(lang));
  return response;
}

void prefill(model::Response& target, const model::Response& source) {
  for (const auto& [id, value] : source.profile) target.set_value(id, true, value);
  for (const auto& [id, value] : source.answers) target.set_value(id, false, value);
  for (const auto& [id, text] : source.comments) target.set_comment(id, text);
  target.not_addressed = source.not_addressed;
  target.not_addressed_marks.assign(target.not_addressed.size(), {});
  target.targets = source.targets;
}

bool choose_themes(const model::Questionnaire& questionnaire, std::string_view ids, model::Response& response,
                   Message& why) {
  std::vector<std::string> chosen;
  size_t start = 0;
  while (start <= ids.size()) {
    size_t end = std::min(ids.find(',', start), ids.size());
    std::string id(ids.substr(start, end - start));
    id.erase(0, id.find_first_not_of(' '));
    id.erase(id.find_last_not_of(' ') + 1);
    if (!id.empty()) {
      if (questionnaire.find_theme(id) == nullptr) {
        std::string known;
        for (const model::Theme& theme : questionnaire.themes) known += (known.empty() ? "" : ", ") + theme.id;
        why = msg("--themes : thème « {} » inconnu (thèmes : {})", "--themes: unknown theme '{}' (themes: {})", id, known);
        return false;
      }
      chosen.push_back(id);
    }
    start = end + 1;
  }
  if (chosen.empty()) {
    why = msg("--themes : donnez au moins un thème", "--themes: give at least one theme");
    return false;
  }
  response.not_addressed.clear();
  for (const model::Theme& theme : questionnaire.themes) {
    if (std::find(chosen.begin(), chosen.end(), theme.id) == chosen.end()) response.not_addressed.push_back(theme.id);
  }
  response.not_addressed_marks.assign(response.not_addressed.size(), {});
  return true;
}

}  // namespace autodiag::session
