#include "session/session.h"

#include "load/response_check.h"
#include "model/profile.h"
#include "session/input.h"
#include "session/signals.h"

#include <algorithm>
#include <tuple>

namespace autodiag::session {

Session::Session(const model::Questionnaire& questionnaire, model::Response& response, Terminal& terminal, Save save,
                 SessionOptions options)
    : m_questionnaire(questionnaire),
      m_response(response),
      m_terminal(terminal),
      m_save(std::move(save)),
      m_options(std::move(options)),
      m_words{questionnaire, m_options.lang},
      m_screen(terminal, m_options.plain, m_options.color, m_options.utf8),
      m_path(questionnaire, m_options.short_path, m_options.ask_themes) {
  m_answers.answers.resize(questionnaire.question_count());
  bool any_theme_answer = false;
  for (size_t i = 0; i < questionnaire.question_count(); ++i) {
    const model::Question& q = questionnaire.question(i);
    if (const model::RawValue* raw = response.find_value(q.id)) {
      Message ignored;  // the caller checked the response: every value fits
      m_answers.answers[i] = load::interpret(q, *raw, ignored);
      any_theme_answer = any_theme_answer || !q.is_profile();
    }
  }
  m_skipped.assign(m_path.step_count(), false);
  // A response file does not record that the themes were chosen; answers in
  // the themes or themes left aside show that the choice was made.
  m_themes_chosen = !m_options.ask_themes || any_theme_answer || !response.not_addressed.empty();
  // The path last walked is the one the plan reports: going over a short
  // response on the full path makes it a full one.
  m_response.short_path = m_options.short_path;
  refresh();
}

void Session::refresh() {
  m_answers.presence = model::compute_presence(m_questionnaire, m_answers.answers, m_response.not_addressed);
}

void Session::save() {
  // A response that misses a required answer is in progress again, whatever
  // it was before (a profile change may have revealed a required question).
  if (!model::missing_required(m_questionnaire, m_answers).empty()) m_response.status = model::Status::in_progress;
  m_save(m_response);
}

bool Session::answered(size_t step) const {
  if (m_path.is_theme_choice(step)) return m_themes_chosen;
  return m_answers.answers[m_path.question_of(step)].has_value();
}

std::optional<std::string> Session::read_line() {
  std::optional<std::string> line = m_terminal.read_line();
  // A response file must stay readable (docs/limits.md): an answer that
  // could push it past the reader's size limit is refused here, not saved.
  while (line && line->size() > max_line_bytes) {
    m_screen.problem(fmt::format(fmt::runtime(m_words.tr("Réponse trop longue (plus de {} octets) : raccourcissez-la.",
                                                         "Answer too long (more than {} bytes): please shorten it.")),
                                 max_line_bytes));
    m_screen.prompt();
    line = m_terminal.read_line();
  }
  if (!line) return line;
  // Arrow keys and other control sequences would otherwise be echoed back
  // raw in the reason for refusing them.
  std::erase_if(*line, [](char c) { return (c >= 0 && c < 0x20 && c != '\t') || c == 0x7f; });
  // Read from a script, the answers would be missing from the transcript.
  if (!m_terminal.interactive()) m_screen.line(*line);
  return line;
}

std::vector<bool> Session::chosen_themes() const {
  std::vector<bool> chosen;
  for (const model::Theme& theme : m_questionnaire.themes) chosen.push_back(!m_response.is_not_addressed(theme.id));
  return chosen;
}

namespace {

// Whether a condition reads a question not answered yet: only then can its
// question still come up (an organisation with 0 employees answered will not
// be asked the employer questions, unless it goes back).
bool still_open(const model::Condition& condition, const model::AnswerSet& answers) {
  if (!condition.operands.empty()) {
    return std::any_of(condition.operands.begin(), condition.operands.end(),
                       [&](const model::Condition& operand) { return still_open(operand, answers); });
  }
  return !answers.answers[condition.field_index];
}

}  // namespace

std::pair<size_t, size_t> Session::prompt_range(const Path& path) const {
  auto unanswered = [&](const std::vector<model::Presence>& presence) {
    size_t count = path.asks_themes() && !m_themes_chosen ? 1 : 0;
    for (size_t index : path.questions(presence)) count += m_answers.answers[index] ? 0 : 1;
    return count;
  };
  std::vector<model::Presence> may_come_up = m_answers.presence;
  for (size_t index = 0; index < may_come_up.size(); ++index) {
    const model::Question& q = m_questionnaire.question(index);
    if (may_come_up[index] == model::Presence::hidden && (!q.when || still_open(*q.when, m_answers))) {
      may_come_up[index] = model::Presence::shown;
    }
  }
  return {unanswered(m_answers.presence), unanswered(may_come_up)};
}

Welcome Session::welcome() const {
  Welcome w;
  w.save_path = m_options.save_path;
  w.resuming = m_options.resuming;
  w.interactive = m_terminal.interactive();
  if (w.resuming) w.organisation = model::organisation_name(m_questionnaire, m_answers);
  w.prompts = prompt_range(m_path);
  w.offer_paths = m_options.offer_paths && w.interactive;
  if (w.offer_paths) {
    w.short_prompts = prompt_range(Path(m_questionnaire, true, m_options.ask_themes));
    w.full_prompts = prompt_range(Path(m_questionnaire, false, m_options.ask_themes));
  }
  return w;
}

Outcome Session::run() {
  show_welcome(m_screen, m_words, welcome());
  if (m_options.offer_paths && m_terminal.interactive()) {
    Move move = ask_path();
    if (move == Move::quit) return Outcome::quit;
    if (move == Move::stop) return m_stop;
  }
  if (m_options.ask_respondent && !m_response.respondent && !m_response.consensus) {
    Move move = ask_respondent();
    if (move == Move::quit) return Outcome::quit;
    if (move == Move::stop) return m_stop;
  }
  std::optional<size_t> step = first_step();
  if (step) {
    m_furthest = *step;
  } else {
    // Nothing left to answer: walk through every answer again.
    step = m_path.includes(0, m_answers.presence) ? std::optional<size_t>(0) : next_step(0);
    m_furthest = m_path.step_count();
    m_screen.line();
    m_screen.paragraph(m_words.tr(
        "Toutes les questions ont déjà une réponse : vous pouvez les revoir une à une (Entrée garde chaque réponse).",
        "Every question already has an answer: you can go over them one by one (Enter keeps each answer)."));
  }
  while (true) {
    if (!step) {
      // Questions passed earlier, or left behind by a jump, come back at the end.
      step = unanswered_step();
      if (!step) break;
      if (!m_sweeping) {
        m_sweeping = true;
        m_screen.line();
        m_screen.paragraph(m_words.tr("Il reste des questions sans réponse, passées plus tôt : les voici (s pour en "
                                      "passer une).",
                                      "Some questions passed earlier are still unanswered: here they are (s to pass "
                                      "one)."));
      }
    }
    m_furthest = std::max(m_furthest, *step);
    Move move = m_path.is_theme_choice(*step) ? ask_themes(*step) : ask_question(*step);
    switch (move) {
      case Move::next: step = next_step(*step); break;
      case Move::back: step = m_path.previous(*step, m_answers.presence); break;
      case Move::jump: step = m_jump; break;
      case Move::stay: break;
      // Every change was saved as it was made: stopping writes nothing more.
      case Move::quit: return Outcome::quit;
      case Move::stop: return m_stop;
    }
  }
  // The scores ignore answers that the profile or the theme choice left out;
  // dropping them keeps the finished file free of warnings.
  for (size_t i = 0; i < m_questionnaire.question_count(); ++i) {
    if (m_answers.answers[i] && m_answers.presence[i] != model::Presence::shown) {
      m_response.erase_value(m_questionnaire.question(i).id);
      m_answers.answers[i].reset();
    }
  }
  m_response.status = model::missing_required(m_questionnaire, m_answers).empty() ? model::Status::complete
                                                                                   : model::Status::in_progress;
  save();
  return Outcome::finished;
}

Session::Move Session::stop_move() {
  m_stop = stop_signal() != 0 ? Outcome::interrupted : Outcome::end_of_input;
  return Move::stop;
}

void Session::set_answer(const model::Question& question, model::Answer answer) {
  m_response.set_value(question.id, question.is_profile(), load::to_raw(answer));
  m_answers.answers[question.index] = std::move(answer);
  refresh();
  save();
}

Session::Move Session::take_comment(const model::Question& question, const std::string& inline_text) {
  std::string text = inline_text;
  if (text.empty()) {
    m_screen.line(m_words.tr("Votre commentaire ou votre preuve, sur une ligne (Entrée seule : annuler ; - : effacer "
                             "le commentaire) :",
                             "Your comment or evidence note, on one line (Enter alone: cancel; -: delete the comment):"));
    m_screen.prompt();
    std::optional<std::string> line = read_line();
    if (!line || stop_signal() != 0) return stop_move();
    text = trim(*line);
    if (text.empty()) {
      m_screen.line(m_words.tr("Commentaire inchangé.", "Comment unchanged."));
      return Move::stay;
    }
    // q quits at every prompt: a one-letter comment "q" is never what was meant.
    if (text == "q" || text == "Q") {
      m_screen.line(m_words.tr("Commentaire inchangé.", "Comment unchanged."));
      return Move::quit;
    }
  }
  const std::string* existing = m_response.find_comment(question.id);
  if (text == "-" && (existing == nullptr || existing->empty())) {
    m_screen.line(m_words.tr("Cette question n'a pas de commentaire : rien à effacer.",
                             "This question has no comment: nothing to delete."));
    return Move::stay;
  }
  if (text == "-") {
    m_response.set_comment(question.id, "");
    m_screen.line(m_words.tr("Commentaire effacé.", "Comment deleted."));
  } else {
    m_response.set_comment(question.id, text);
    m_screen.line(m_words.tr("Commentaire enregistré. Répondez maintenant à la question.",
                             "Comment saved. Now answer the question."));
  }
  save();
  return Move::stay;
}

Session::Move Session::ask_question(size_t step) {
  const model::Question& q = m_questionnaire.question(m_path.question_of(step));
  QuestionView view;
  view.question = &q;
  view.progress = progress_of(m_questionnaire, m_path, q.index, m_answers);
  view.current = m_answers.answers[q.index] ? &*m_answers.answers[q.index] : nullptr;
  view.comment = m_response.find_comment(q.id);
  view.can_go_back = m_path.previous(step, m_answers.presence).has_value();
  view.new_theme = q.theme_index != m_last_theme;
  m_last_theme = q.theme_index;
  show_question(m_screen, m_words, view);
  while (true) {
    std::optional<std::string> line = read_line();
    if (!line || stop_signal() != 0) return stop_move();
    Command command = parse_command(*line);
    // "je ne sais pas" may be the honest text of a text answer.
    if (command.kind == Command::Kind::dont_know && q.type == model::QuestionType::text) command.kind = Command::Kind::value;
    switch (command.kind) {
      case Command::Kind::keep:
        if (view.current != nullptr) return Move::next;
        if (!q.required) {
          m_skipped[step] = true;
          return Move::next;
        }
        m_screen.problem(m_words.tr("Cette question est obligatoire : tapez une réponse.",
                                    "This question is required: type an answer."));
        break;
      case Command::Kind::help:
        show_help(m_screen, m_words, q);
        continue;
      case Command::Kind::back:
        if (view.can_go_back) return Move::back;
        m_screen.problem(m_words.tr("C'est la première question : pas de retour possible.",
                                    "This is the first question: there is nothing to go back to."));
        break;
      case Command::Kind::not_applicable:
        if (q.na_allowed) {
          set_answer(q, model::Answer{model::Answer::Kind::na});
          return Move::next;
        }
        m_screen.problem(m_words.tr("« non concerné » n'est pas proposé pour cette question : choisissez la réponse "
                                    "la plus proche (? pour l'aide).",
                                    "\"not applicable\" is not offered for this question: choose the closest answer "
                                    "(? for help)."));
        break;
      case Command::Kind::dont_know:
        if (q.required && view.current == nullptr) {
          m_screen.problem(m_words.tr("Cette question est obligatoire : choisissez la réponse la plus proche ; ? donne "
                                      "de l'aide pour choisir.",
                                      "This question is required: choose the closest answer; ? gives help to choose."));
        } else {
          m_screen.problem(m_words.tr("Pas de souci : tapez s pour passer cette question, vous pourrez y revenir plus "
                                      "tard ; ? donne de l'aide.",
                                      "No problem: type s to pass this question, you can come back to it later; ? "
                                      "gives help."));
        }
        break;
      case Command::Kind::jump:
        if (auto move = take_jump(command.text)) return *move;
        break;
      case Command::Kind::skip:
        if (!q.required || view.current != nullptr) {
          m_skipped[step] = true;
          return Move::next;
        }
        m_screen.problem(m_words.tr("Cette question est obligatoire : elle ne peut pas être passée.",
                                    "This question is required: it cannot be skipped."));
        break;
      case Command::Kind::comment:
        if (Move move = take_comment(q, command.text); move == Move::stop || move == Move::quit) return move;
        break;
      case Command::Kind::quit:
        return Move::quit;
      case Command::Kind::value: {
        Message why;
        std::optional<model::RawValue> raw = read_value(q, command.text, why);
        std::optional<model::Answer> answer = raw ? load::interpret(q, *raw, why) : std::nullopt;
        if (answer) {
          set_answer(q, std::move(*answer));
          return Move::next;
        }
        m_screen.problem(why.in(m_options.lang));
        break;
      }
    }
    // Listened to in plain mode, the question is gone from view after a
    // refusal or a comment: it is said again before the prompt, as after ?.
    if (m_screen.plain() && m_terminal.interactive()) {
      m_screen.line(std::string(m_words.tr("Question : ", "Question: ")) + m_words.text(q.text));
    }
    m_screen.prompt();
  }
}

Session::Move Session::ask_themes(size_t step) {
  bool can_go_back = m_path.previous(step, m_answers.presence).has_value();
  show_theme_choice(m_screen, m_words, chosen_themes(), can_go_back);
  m_last_theme = -1;
  while (true) {
    std::optional<std::string> line = read_line();
    if (!line || stop_signal() != 0) return stop_move();
    Command command = parse_command(*line);
    switch (command.kind) {
      case Command::Kind::help:
        show_theme_help(m_screen, m_words);
        continue;
      case Command::Kind::back:
        if (can_go_back) return Move::back;
        m_screen.problem(m_words.tr("C'est la première étape : pas de retour possible.",
                                    "This is the first step: there is nothing to go back to."));
        break;
      case Command::Kind::quit:
        return Move::quit;
      case Command::Kind::jump:
        if (auto move = take_jump(command.text)) return *move;
        break;
      case Command::Kind::keep:
      case Command::Kind::value: {
        Message why;
        std::vector<std::string> ids;
        for (const model::Theme& theme : m_questionnaire.themes) ids.push_back(theme.id);
        if (auto chosen = read_theme_choice(command.text, ids, chosen_themes(), why)) {
          m_response.not_addressed.clear();
          m_response.not_addressed_marks.clear();
          for (size_t i = 0; i < chosen->size(); ++i) {
            if (!(*chosen)[i]) {
              m_response.not_addressed.push_back(m_questionnaire.themes[i].id);
              m_response.not_addressed_marks.push_back({});
            }
          }
          m_themes_chosen = true;
          refresh();
          save();
          return Move::next;
        }
        m_screen.problem(why.in(m_options.lang));
        break;
      }
      default:
        m_screen.problem(m_words.tr("Ici, tapez des numéros de thèmes, « tous », ?, <, g ou q.",
                                    "Here, type theme numbers, \"all\", ?, <, g or q."));
        break;
    }
    m_screen.prompt();
  }
}

}  // namespace autodiag::session
