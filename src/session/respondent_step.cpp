#include "model/respondent.h"
#include "session/input.h"
#include "session/session.h"
#include "session/signals.h"

#include <fmt/format.h>

namespace autodiag::session {

// run --several: each person says which group they belong to, so that the
// facilitator can consolidate the responses (docs/consolidate.md). The name
// is optional and never shown unless the facilitator asks for it.
Session::Move Session::ask_respondent() {
  const auto& groups = model::respondent_groups();
  m_screen.line();
  m_screen.paragraph(m_words.tr("Plusieurs personnes de votre structure répondent chacune de leur côté ; vos réponses "
                                "seront ensuite réunies avec les leurs. À quel groupe appartenez-vous ?",
                                "Several people of your organisation answer separately; your answers will then be "
                                "gathered with theirs. Which group do you belong to?"));
  for (size_t i = 0; i < groups.size(); ++i) {
    m_screen.line(fmt::format("  {}. {}", i + 1, m_options.lang == Lang::en ? groups[i].en : groups[i].fr));
  }
  m_screen.paragraph(m_words.tr("Le détail par groupe n'est montré qu'à partir de trois personnes, pour que chacun "
                                "puisse répondre librement.",
                                "Answers are shown by group only from three people, so that everyone can answer freely."));
  m_screen.prompt();
  model::Respondent respondent;
  while (respondent.group.empty()) {
    std::optional<std::string> line = read_line();
    if (!line || stop_signal() != 0) return stop_move();
    std::string word = trim(*line);
    if (parse_command(word).kind == Command::Kind::quit) return Move::quit;
    if (word.size() == 1 && word[0] >= '1' && word[0] < static_cast<char>('1' + groups.size())) {
      respondent.group = groups[static_cast<size_t>(word[0] - '1')].id;
      break;
    }
    m_screen.problem(fmt::format(fmt::runtime(std::string(m_words.tr("Tapez un numéro de 1 à {}.", "Type a number from 1 to {}."))),
                                 groups.size()));
    m_screen.prompt();
  }
  m_screen.line(m_words.tr("Votre prénom, si vous voulez le donner (Entrée seule : rester anonyme ; il n'est montré "
                           "que si l'animateur le demande) :",
                           "Your first name, if you wish to give it (Enter alone: stay anonymous; it is shown only if "
                           "the facilitator asks for it):"));
  m_screen.prompt();
  std::optional<std::string> line = read_line();
  if (!line || stop_signal() != 0) return stop_move();
  respondent.name = trim(*line);
  if (respondent.name.size() > max_name_bytes) {
    size_t cut = max_name_bytes;
    while (cut > 0 && (static_cast<unsigned char>(respondent.name[cut]) & 0xC0) == 0x80) --cut;  // a whole character
    respondent.name.resize(cut);
  }
  m_response.respondent = std::move(respondent);
  save();
  return Move::next;
}

}  // namespace autodiag::session
