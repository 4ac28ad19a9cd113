#include "model/profile.h"

#include <cctype>

namespace autodiag::model {

const Answer* answer_with_role(const Questionnaire& questionnaire, const AnswerSet& answers, Role role) {
  const Question* field = questionnaire.field_with_role(role);
  return field ? answers.effective(field->index) : nullptr;
}

std::string organisation_name(const Questionnaire& questionnaire, const AnswerSet& answers) {
  const Answer* a = answer_with_role(questionnaire, answers, Role::organisation);
  return a && a->kind == Answer::Kind::text ? a->text : "";
}

std::string chosen_option(const Questionnaire& questionnaire, const AnswerSet& answers, Role role) {
  const Answer* a = answer_with_role(questionnaire, answers, role);
  return a && a->kind == Answer::Kind::option ? a->option : "";
}

std::string region_of(const Questionnaire& questionnaire, const AnswerSet& answers) {
  if (std::string region = chosen_option(questionnaire, answers, Role::region); !region.empty()) return region;
  const Question* department = questionnaire.field_with_role(Role::department);
  std::string chosen = chosen_option(questionnaire, answers, Role::department);
  if (department == nullptr || chosen.empty()) return "";
  const Option* option = department->find_option(chosen);
  return option ? option->region : "";
}

std::string organisation_key(const std::string& name) {
  std::string key;
  bool space = false;
  for (char c : name) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = !key.empty();
      continue;
    }
    if (space) key += ' ';
    space = false;
    key += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return key;
}

}  // namespace autodiag::model
