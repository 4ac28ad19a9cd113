#include "model/presence.h"

#include <algorithm>

namespace autodiag::model {

const Answer* AnswerSet::effective(size_t index) const {
  if (index >= answers.size() || presence[index] != Presence::shown || !answers[index]) return nullptr;
  return &*answers[index];
}

std::vector<Presence> compute_presence(const Questionnaire& questionnaire,
                                       const std::vector<std::optional<Answer>>& answers,
                                       const std::vector<std::string>& not_addressed) {
  size_t count = questionnaire.question_count();
  std::vector<Presence> presence(count, Presence::shown);
  auto lookup = [&](size_t i) -> const Answer* {
    if (i >= count || presence[i] != Presence::shown || i >= answers.size() || !answers[i]) return nullptr;
    return &*answers[i];
  };
  for (size_t i = 0; i < count; ++i) {
    const Question& q = questionnaire.question(i);
    if (!q.is_profile()) {
      const std::string& theme = questionnaire.themes[static_cast<size_t>(q.theme_index)].id;
      if (std::find(not_addressed.begin(), not_addressed.end(), theme) != not_addressed.end()) {
        presence[i] = Presence::not_addressed;
        continue;
      }
    }
    if (q.when && !evaluate(*q.when, lookup)) presence[i] = Presence::hidden;
  }
  return presence;
}

std::vector<size_t> missing_required(const Questionnaire& questionnaire, const AnswerSet& answers) {
  std::vector<size_t> missing;
  for (size_t i = 0; i < questionnaire.question_count(); ++i) {
    if (questionnaire.question(i).required && answers.presence[i] == Presence::shown && !answers.answers[i]) {
      missing.push_back(i);
    }
  }
  return missing;
}

}  // namespace autodiag::model
