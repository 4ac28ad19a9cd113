#include "session/path.h"

#include <algorithm>

namespace autodiag::session {

Path::Path(const model::Questionnaire& questionnaire, bool short_path, bool ask_themes)
    : m_questionnaire(questionnaire), m_short(short_path), m_ask_themes(ask_themes) {}

bool Path::includes(size_t step, const std::vector<model::Presence>& presence) const {
  if (step >= step_count()) return false;
  if (is_theme_choice(step)) return m_ask_themes;
  size_t index = question_of(step);
  const model::Question& q = m_questionnaire.question(index);
  return presence[index] == model::Presence::shown && (!m_short || q.is_profile() || q.core);
}

std::optional<size_t> Path::previous(size_t step, const std::vector<model::Presence>& presence) const {
  while (step > 0) {
    --step;
    if (includes(step, presence)) return step;
  }
  return std::nullopt;
}

std::vector<size_t> Path::questions(const std::vector<model::Presence>& presence) const {
  std::vector<size_t> out;
  for (size_t step = 0; step < step_count(); ++step) {
    if (!is_theme_choice(step) && includes(step, presence)) out.push_back(question_of(step));
  }
  return out;
}

Progress progress_of(const model::Questionnaire& q, const Path& path, size_t question, const model::AnswerSet& answers) {
  Progress p;
  std::vector<size_t> asked = path.questions(answers.presence);
  p.total = asked.size();
  const model::Question& current = q.question(question);
  p.profile = current.is_profile();
  std::vector<int> themes;
  for (size_t index : asked) {
    const model::Question& other = q.question(index);
    if (answers.answers[index]) ++p.answered;
    if (other.theme_index == current.theme_index) {
      ++p.question_count;
      if (index <= question) p.question_position = p.question_count;
    }
    if (!other.is_profile() && std::find(themes.begin(), themes.end(), other.theme_index) == themes.end()) {
      themes.push_back(other.theme_index);
      if (other.theme_index == current.theme_index) p.theme_position = themes.size();
    }
  }
  p.theme_count = themes.size();
  return p;
}

}  // namespace autodiag::session
