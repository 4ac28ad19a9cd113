// Where the session goes next: the first step, the next one, the questions
// passed earlier, the choice of path at the welcome, and jumps ("g 3").
#include "session/input.h"
#include "session/session.h"
#include "session/signals.h"

#include <algorithm>

namespace autodiag::session {

std::optional<size_t> Session::first_step() const {
  // On resume, what is unanswered before the last answer was passed on
  // purpose: the new questions come first, the passed ones at the end.
  std::optional<size_t> last_answered;
  for (size_t step = 0; step < m_path.step_count(); ++step) {
    if (!m_path.is_theme_choice(step) && m_path.includes(step, m_answers.presence) && answered(step)) last_answered = step;
  }
  if (m_options.resuming && last_answered) {
    for (size_t step = *last_answered + 1; step < m_path.step_count(); ++step) {
      if (m_path.includes(step, m_answers.presence) && !answered(step)) return step;
    }
  }
  return unanswered_step();
}

std::optional<size_t> Session::unanswered_step() const {
  for (size_t step = 0; step < m_path.step_count(); ++step) {
    if (m_path.includes(step, m_answers.presence) && !answered(step) && !m_skipped[step]) return step;
  }
  return std::nullopt;
}

std::optional<size_t> Session::next_step(size_t after) const {
  for (size_t step = after + 1; step < m_path.step_count(); ++step) {
    if (!m_path.includes(step, m_answers.presence)) continue;
    if ((step <= m_furthest && !m_sweeping) || (!answered(step) && !m_skipped[step])) return step;
  }
  return std::nullopt;
}

Session::Move Session::ask_path() {
  while (true) {
    std::optional<std::string> line = read_line();
    if (!line || stop_signal() != 0) return stop_move();
    Command command = parse_command(*line);
    std::string word = lower(command.text);
    if (word.ends_with('.') || word.ends_with(')')) word.pop_back();
    bool short_path = command.kind == Command::Kind::keep || word == "1" || word == "court" || word == "short";
    if (short_path || word == "2" || word == "complet" || word == "full") {
      m_path.set_short(short_path);
      m_options.short_path = short_path;
      // Recorded, so that the scores and the plan say "not asked (short
      // path)" rather than "unanswered" for the rest.
      m_response.short_path = short_path;
      return Move::next;
    }
    if (command.kind == Command::Kind::quit) return Move::quit;
    if (command.kind == Command::Kind::help) {
      show_path_help(m_screen, m_words);
      continue;
    }
    m_screen.problem(m_words.tr("Tapez 1 pour le parcours court ou 2 pour le parcours complet (Entrée seule : le "
                                "parcours court).",
                                "Type 1 for the short path or 2 for the full path (Enter alone: the short path)."));
    m_screen.prompt();
  }
}

std::optional<size_t> Session::jump_target(const std::string& where, Message& why) const {
  std::string word = lower(trim(where));
  auto first_in = [&](auto&& belongs) -> std::optional<size_t> {
    for (size_t step = 0; step < m_path.step_count(); ++step) {
      if (m_path.includes(step, m_answers.presence) && belongs(step)) return step;
    }
    return std::nullopt;
  };
  const size_t themes = m_questionnaire.themes.size();
  if (word == "p" || word == "0" || word == "profil" || word == "profile") {
    return first_in([&](size_t step) { return !m_path.is_theme_choice(step) && m_path.question_of(step) < m_path.theme_choice_step(); });
  }
  if ((word == "t" || word == "thèmes" || word == "themes") && m_path.asks_themes()) return m_path.theme_choice_step();
  size_t number = 0;
  if (!word.empty() && word.size() < 4 && std::all_of(word.begin(), word.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    number = std::stoul(word);
  }
  if (number >= 1 && number <= themes) {
    auto found = first_in([&](size_t step) {
      return !m_path.is_theme_choice(step) &&
             m_questionnaire.question(m_path.question_of(step)).theme_index == static_cast<int>(number - 1);
    });
    if (found) return found;
    why = msg("le thème {} n'a pas de question à vous poser (il n'est pas abordé cette année, ou pas sur ce parcours)",
              "theme {} has no question to ask you (it is not addressed this year, or not on this path)", number);
    return std::nullopt;
  }
  why = msg("tapez g suivi d'un numéro de thème, de 1 à {} (ex. g 3), g p pour le profil ou g t pour le choix des thèmes",
            "type g and a theme number, from 1 to {} (e.g. g 3), g p for the profile or g t for the choice of themes",
            themes);
  return std::nullopt;
}

std::optional<Session::Move> Session::take_jump(const std::string& where) {
  std::string target = where;
  if (target.empty()) {
    show_jump_menu(m_screen, m_words, m_path.asks_themes());
    std::optional<std::string> line = read_line();
    if (!line || stop_signal() != 0) return stop_move();
    target = trim(*line);
    if (target.empty()) {
      m_screen.line(m_words.tr("On reste sur cette question.", "Staying on this question."));
      return std::nullopt;
    }
  }
  Message why;
  m_jump = jump_target(target, why);
  if (!m_jump) {
    m_screen.problem(why.in(m_options.lang));
    return std::nullopt;
  }
  m_sweeping = false;
  return Move::jump;
}

}  // namespace autodiag::session
