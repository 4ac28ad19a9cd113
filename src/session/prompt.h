#pragma once

#include "model/answer.h"
#include "model/questionnaire.h"
#include "session/path.h"
#include "session/screen.h"
#include "util/i18n.h"

#include <string>
#include <utility>
#include <vector>

namespace autodiag::session {

// The questionnaire's texts and the interface's, in the session's language.
struct Words {
  const model::Questionnaire& questionnaire;
  Lang lang;

  std::string text(const model::Text& value) const;
  std::string_view tr(std::string_view fr, std::string_view en) const { return autodiag::tr(lang, fr, en); }
};

// Prompts still to answer: with the current profile, and if every condition
// turned out true.
using PromptRange = std::pair<size_t, size_t>;

struct Welcome {
  std::string save_path;
  std::string organisation;  // named when resuming, so that nobody lands in another organisation's answers
  bool resuming = false;
  bool interactive = true;
  PromptRange prompts;       // on the path taken
  bool offer_paths = false;  // ask for the short or the full path
  PromptRange short_prompts;
  PromptRange full_prompts;
};

struct QuestionView {
  const model::Question* question = nullptr;
  Progress progress;
  const model::Answer* current = nullptr;  // kept by Enter
  const std::string* comment = nullptr;
  bool can_go_back = false;
  bool new_theme = false;  // first question shown in its theme: introduce the theme
};

void show_welcome(Screen& screen, const Words& words, const Welcome& welcome);
void show_question(Screen& screen, const Words& words, const QuestionView& view);
void show_help(Screen& screen, const Words& words, const model::Question& question);
void show_theme_choice(Screen& screen, const Words& words, const std::vector<bool>& chosen, bool can_go_back);
void show_theme_help(Screen& screen, const Words& words);
void show_path_help(Screen& screen, const Words& words);
void show_jump_menu(Screen& screen, const Words& words, bool themes_step);

// "entre 5 et 6 minutes (21 à 24 questions)": about 15 seconds a prompt.
std::string duration(const Words& words, PromptRange prompts);

// An answer as the person reads it: "3. Formalisé et appliqué", "oui", "18 %".
std::string describe(const Words& words, const model::Question& question, const model::Answer& answer);

}  // namespace autodiag::session
