#pragma once

#include "model/presence.h"
#include "model/questionnaire.h"

#include <optional>
#include <vector>

namespace autodiag::session {

// The steps of a session, in the order they are asked: the profile fields,
// then the choice of this year's themes, then the theme questions. A step is
// a number: profile field i is step i, the theme choice is step P (the number
// of profile fields), theme question i is step i + 1.
class Path {
 public:
  Path(const model::Questionnaire& questionnaire, bool short_path, bool ask_themes);

  // The short path can be chosen at the welcome, after the path is built.
  void set_short(bool short_path) { m_short = short_path; }
  bool is_short() const { return m_short; }
  bool asks_themes() const { return m_ask_themes; }

  size_t step_count() const { return m_questionnaire.question_count() + 1; }
  bool is_theme_choice(size_t step) const { return step == theme_choice_step(); }
  size_t theme_choice_step() const { return m_questionnaire.profile.size(); }
  // The question index of a question step (not the theme choice).
  size_t question_of(size_t step) const { return step < theme_choice_step() ? step : step - 1; }
  size_t step_of(size_t question) const { return question < theme_choice_step() ? question : question + 1; }

  // Whether the step is asked: its question is shown (condition true, theme
  // addressed) and, on the short path, a core question.
  bool includes(size_t step, const std::vector<model::Presence>& presence) const;
  std::optional<size_t> previous(size_t step, const std::vector<model::Presence>& presence) const;

  // The questions asked, in order (the theme choice left out).
  std::vector<size_t> questions(const std::vector<model::Presence>& presence) const;

 private:
  const model::Questionnaire& m_questionnaire;
  bool m_short;
  bool m_ask_themes;
};

// Where a question stands, for the progress line.
struct Progress {
  bool profile = false;
  size_t theme_position = 0;  // 1-based among the themes that have questions to ask
  size_t theme_count = 0;
  size_t question_position = 0;  // 1-based in its theme (or in the profile)
  size_t question_count = 0;
  size_t answered = 0;  // questions asked that have an answer (N/A included)
  size_t total = 0;     // questions asked
};

Progress progress_of(const model::Questionnaire& questionnaire, const Path& path, size_t question,
                     const model::AnswerSet& answers);

}  // namespace autodiag::session
