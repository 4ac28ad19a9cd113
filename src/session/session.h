#pragma once

#include "model/presence.h"
#include "model/questionnaire.h"
#include "model/response.h"
#include "session/path.h"
#include "session/prompt.h"
#include "session/screen.h"
#include "session/terminal.h"
#include "util/i18n.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace autodiag::session {

struct SessionOptions {
  Lang lang = Lang::fr;
  bool plain = true;
  bool color = false;
  bool utf8 = true;
  bool short_path = false;  // only the core questions
  bool ask_themes = true;   // false when --themes chose them already
  bool resuming = false;    // the response came from an earlier session
  bool offer_paths = false; // at the welcome, offer the short or the full path (asked of a person, not a script)
  bool ask_respondent = false;  // run --several: ask the person's group and name first (respondent_step.cpp)
  std::string save_path;    // shown in the welcome
};

enum class Outcome {
  finished,      // every step was put; the response is saved with its final status
  quit,          // "q": saved, to be resumed
  interrupted,   // a stop signal: saved, to be resumed
  end_of_input,  // stdin ran out mid-session: saved, to be resumed
};

// The question loop. It edits `response` in place and hands it to `save`
// after every change, so that nothing typed is ever lost; it never touches
// files or the clock itself (the caller's `save` does).
class Session {
 public:
  using Save = std::function<void(const model::Response&)>;

  Session(const model::Questionnaire& questionnaire, model::Response& response, Terminal& terminal, Save save,
          SessionOptions options);

  Outcome run();
  // Whether the short path was taken (given, or chosen at the welcome).
  bool short_path() const { return m_path.is_short(); }

 private:
  enum class Move { next, back, stay, quit, stop, jump };

  void refresh();
  void save();
  std::optional<std::string> read_line();
  bool answered(size_t step) const;
  std::optional<size_t> first_step() const;
  std::optional<size_t> next_step(size_t after) const;
  Move ask_question(size_t step);
  Move ask_themes(size_t step);
  Move ask_path();
  Move ask_respondent();
  static constexpr size_t max_name_bytes = 100;
  std::optional<size_t> jump_target(const std::string& where, Message& why) const;
  std::optional<size_t> unanswered_step() const;
  // "g" or "g 3": the move to make, or nullopt to stay on the question.
  std::optional<Move> take_jump(const std::string& where);
  std::pair<size_t, size_t> prompt_range(const Path& path) const;  // prompts still to answer: fewest, most
  Move stop_move();
  Move take_comment(const model::Question& question, const std::string& inline_text);
  void set_answer(const model::Question& question, model::Answer answer);
  std::vector<bool> chosen_themes() const;
  Welcome welcome() const;

  const model::Questionnaire& m_questionnaire;
  model::Response& m_response;
  Terminal& m_terminal;
  Save m_save;
  SessionOptions m_options;
  Words m_words;
  Screen m_screen;
  Path m_path;
  model::AnswerSet m_answers;
  std::vector<bool> m_skipped;  // by step, in this session
  bool m_themes_chosen = false;
  size_t m_furthest = 0;        // steps up to here are walked one by one; beyond, only the unanswered
  int m_last_theme = -1;
  bool m_sweeping = false;      // back at questions passed earlier: only the unanswered ones
  std::optional<size_t> m_jump; // where "g" asked to go
  Outcome m_stop = Outcome::end_of_input;
};

}  // namespace autodiag::session
