#include "session/prompt.h"

#include "load/reader.h"
#include "report/numbers.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace autodiag::session {

namespace {

using model::QuestionType;

std::string join(const std::vector<std::string>& parts, std::string_view separator) {
  std::string out;
  for (const std::string& part : parts) out += (out.empty() ? "" : std::string(separator)) + part;
  return out;
}

std::string option_line(const Words& words, const model::Question& q, size_t i) {
  return fmt::format("{}. {}", i + 1, words.text(q.options[i].label));
}

std::string yes_key(const Words& words) { return std::string(words.tr("o", "y")); }

std::string progress_line(const Words& words, const model::Question& q, const Progress& p) {
  double ratio = p.total == 0 ? 0 : static_cast<double>(p.answered) / static_cast<double>(p.total);
  std::string done = fmt::format("{} {}", report::show_percent(ratio, words.lang == Lang::fr), words.tr("fait", "done"));
  if (p.profile) {
    return fmt::format("{} · {} {} {} {} · {}", words.tr("Profil de la structure", "Organisation profile"),
                       words.tr("question", "question"), p.question_position, words.tr("sur", "of"), p.question_count,
                       done);
  }
  const model::Theme& theme = words.questionnaire.themes[static_cast<size_t>(q.theme_index)];
  return fmt::format("{} {} {} {}{}{} · {} {} {} {} · {}", words.tr("Thème", "Theme"), p.theme_position,
                     words.tr("sur", "of"), p.theme_count, words.tr(" : ", ": "), words.text(theme.label()), words.tr("question", "question"),
                     p.question_position, words.tr("sur", "of"), p.question_count, done);
}

std::string number_hint(const Words& words, const model::Question& q) {
  std::string kind(q.integer ? words.tr("un nombre entier", "a whole number") : words.tr("un nombre", "a number"));
  std::string range;
  if (q.min && q.max) {
    range = fmt::format(" {} {} {} {}", words.tr("entre", "from"), load::format_number(*q.min), words.tr("et", "to"),
                        load::format_number(*q.max));
  } else if (q.min) {
    range = fmt::format(" ({} {})", load::format_number(*q.min), words.tr("ou plus", "or more"));
  } else if (q.max) {
    range = fmt::format(" ({} {})", load::format_number(*q.max), words.tr("au plus", "at most"));
  }
  std::string unit = q.unit.empty() ? "" : fmt::format(" ({} {})", words.tr("en", "in"), words.text(q.unit));
  return fmt::format("{} {}{}{}.", words.tr("Tapez", "Type"), kind, range, unit);
}

std::string answer_hint(const Words& words, const model::Question& q) {
  switch (q.type) {
    case QuestionType::choice:
      if (q.role == model::Role::department) {
        return std::string(words.tr("Tapez le numéro ou le nom du département.", "Type the department's number or name."));
      }
      return fmt::format("{} (1 {} {}).", words.tr("Tapez le numéro de votre réponse", "Type the number of your answer"),
                         words.tr("à", "to"), q.options.size());
    case QuestionType::multi:
      return std::string(words.tr(
          "Tapez les numéros de toutes les réponses qui conviennent, séparés par des espaces (ex. 1 3), ou 0 pour aucune.",
          "Type the numbers of every answer that applies, separated by spaces (e.g. 1 3), or 0 for none."));
    case QuestionType::yesno:
      return std::string(words.tr("Tapez o pour oui ou n pour non.", "Type y for yes or n for no."));
    case QuestionType::number:
      return number_hint(words, q);
    case QuestionType::text:
      return std::string(words.tr("Tapez votre réponse sur une ligne.", "Type your answer on one line."));
  }
  return {};
}

// For Screen::commands: wrapping may break the line between commands, never
// inside one. Plain mode separates them with ";", which a screen reader
// reads as a pause, where "·" would be named.
std::string commands_line(const Words& words, const std::vector<std::string>& commands, bool plain) {
  std::vector<std::string> kept;
  for (std::string command : commands) {
    for (size_t at = command.find(' '); at != std::string::npos; at = command.find(' ', at)) command.replace(at, 1, "\u00a0");
    kept.push_back(std::move(command));
  }
  return std::string(words.tr("Commandes : ", "Commands: ")) + join(kept, plain ? words.tr(" ; ", "; ") : " · ");
}

}  // namespace

std::string Words::text(const model::Text& value) const {
  return value.get(lang_code(lang), questionnaire.default_language());
}

std::string duration(const Words& words, PromptRange prompts) {
  // Measured: a prompt takes about 15 seconds (reading, choosing, typing).
  auto minutes = [](size_t count) { return std::max<size_t>(1, (count * 15 + 30) / 60); };
  size_t low = minutes(prompts.first);
  size_t high = minutes(prompts.second);
  std::string count = prompts.first == prompts.second
                          ? fmt::format("{} {}", prompts.first, prompts.first == 1 ? "question" : "questions")
                          : fmt::format("{} {} {} questions", prompts.first, words.tr("à", "to"), prompts.second);
  if (low == high) {
    return fmt::format("{} {} {} ({})", words.tr("environ", "about"), low,
                       low == 1 ? words.tr("minute", "minute") : words.tr("minutes", "minutes"), count);
  }
  return fmt::format("{} {} {} {} {} ({})", words.tr("entre", "between"), low, words.tr("et", "and"), high,
                     words.tr("minutes", "minutes"), count);
}

void show_welcome(Screen& screen, const Words& words, const Welcome& w) {
  const model::Questionnaire& q = words.questionnaire;
  screen.title(fmt::format("autodiag — {}", words.text(q.title)));
  screen.line();
  // The questionnaire's intro says what the exercise is for; the generic
  // sentence is only for a questionnaire without one, or on resume (the
  // intro is not repeated then). Read aloud, saying it twice costs a minute.
  if (!q.intro.empty() && !w.resuming) {
    screen.paragraph(words.text(q.intro));
  } else {
    screen.paragraph(words.tr(
        "À quoi ça sert : préparer la présentation annuelle de vos pratiques à votre assemblée générale, et le débat "
        "sur vos objectifs de progrès. Ce n'est ni un examen ni un contrôle de conformité : il n'y a pas de note à "
        "atteindre.",
        "What it is for: preparing the yearly presentation of your practices to your general assembly, and the debate "
        "on your progress objectives. It is neither an exam nor a compliance check: there is no pass mark."));
  }
  screen.line();
  if (w.resuming) {
    std::string whose = w.organisation.empty()
                            ? std::string(words.tr("Reprise de l'autodiagnostic en cours.", "Resuming the self-assessment in progress."))
                            : fmt::format("{} « {} ».", words.tr("Reprise de l'autodiagnostic de", "Resuming the self-assessment of"),
                                          w.organisation);
    if (words.lang == Lang::en && !w.organisation.empty()) whose = fmt::format("Resuming the self-assessment of \"{}\".", w.organisation);
    screen.paragraph(fmt::format("{} {}", whose,
                                 words.tr("Vos réponses sont gardées ; on reprend aux questions sans réponse.",
                                          "Your answers are kept; we continue with the unanswered questions.")));
  }
  // With nothing left to answer the session only goes over the answers again:
  // no duration then.
  if (!w.offer_paths && w.prompts.first > 0) {
    screen.paragraph(fmt::format("{} {}.", words.tr("Durée :", "Time:"), duration(words, w.prompts)));
  }
  screen.paragraph(words.tr("Vos réponses restent sur cet ordinateur : rien n'est envoyé.",
                            "Your answers stay on this computer: nothing is sent anywhere."));
  screen.paragraph(fmt::format("{} {}", words.tr("Elles sont enregistrées après chaque réponse dans :",
                                                 "They are saved after every answer in:"),
                               w.save_path));
  screen.line();
  screen.line(words.tr("Comment répondre :", "How to answer:"));
  screen.item(words.tr("- tapez le numéro de votre réponse, puis Entrée (oui ou non : o ou n) ;",
                       "- type the number of your answer, then Enter (yes or no: y or n);"));
  screen.item(words.tr("- Entrée seule garde la réponse déjà donnée ;", "- Enter alone keeps the answer already given;"));
  screen.item(words.tr("- ? aide sur la question, < question précédente, na non concerné (quand c'est proposé) ;",
                       "- ? help on the question, < previous question, na not applicable (where offered);"));
  screen.item(words.tr("- s passer (ou Entrée seule, si la question n'est pas obligatoire) ;",
                       "- s skip (or Enter alone, if the question is not required);"));
  screen.item(words.tr("- g aller à un thème (g 3 : le thème 3 ; g p : le profil) ;",
                       "- g go to a theme (g 3: theme 3; g p: the profile);"));
  screen.item(words.tr("- c ajouter un commentaire ou une preuve, q enregistrer et quitter.",
                       "- c add a comment or evidence note, q save and quit."));
  if (w.interactive) {
    screen.paragraph(words.tr("Ctrl-C enregistre aussi vos réponses avant de quitter.",
                              "Ctrl-C also saves your answers before quitting."));
  }
  if (w.offer_paths) {
    screen.line();
    screen.title(words.tr("Deux parcours possibles :", "Two paths to choose from:"));
    screen.item(fmt::format("1. {} {}.", words.tr("Parcours court, les questions essentielles :", "Short path, the core questions:"),
                            duration(words, w.short_prompts)));
    screen.item(fmt::format("2. {} {}.", words.tr("Parcours complet, toutes les questions du guide :", "Full path, every question of the guide:"),
                            duration(words, w.full_prompts)));
    screen.hint(words.tr("Tapez 1 ou 2 (Entrée seule : le parcours court ; ? : la différence).",
                         "Type 1 or 2 (Enter alone: the short path; ?: the difference)."));
    screen.prompt();
  }
}

void show_question(Screen& screen, const Words& words, const QuestionView& view) {
  const model::Question& q = *view.question;
  screen.line();
  screen.rule();
  if (view.new_theme && !q.is_profile()) {
    const model::Theme& theme = words.questionnaire.themes[static_cast<size_t>(q.theme_index)];
    screen.title(words.text(theme.title));
    if (!theme.summary.empty()) screen.paragraph(words.text(theme.summary));
    screen.line();
  }
  screen.hint(progress_line(words, q, view.progress));
  screen.title(q.required ? fmt::format("{} {}", words.text(q.text), words.tr("(obligatoire)", "(required)"))
                          : words.text(q.text));
  // The 101 departments are typed (code or name), not read out as a list.
  if ((q.type == QuestionType::choice && q.role != model::Role::department) || q.type == QuestionType::multi) {
    for (size_t i = 0; i < q.options.size(); ++i) screen.item(option_line(words, q, i));
  } else if (q.type == QuestionType::yesno) {
    screen.item(fmt::format("{}. {}", yes_key(words), words.tr("Oui", "Yes")));
    screen.item(fmt::format("n. {}", words.tr("Non", "No")));
  }
  if (view.current != nullptr) {
    screen.line(fmt::format("{} {} {}", words.tr("Réponse actuelle :", "Current answer:"),
                            describe(words, q, *view.current),
                            words.tr("(Entrée pour la garder)", "(Enter to keep it)")));
  }
  if (view.comment != nullptr) screen.line(fmt::format("{} {}", words.tr("Commentaire :", "Comment:"), *view.comment));
  screen.hint(answer_hint(words, q));
  std::vector<std::string> commands = {std::string(words.tr("? aide", "? help"))};
  if (view.can_go_back) commands.emplace_back(words.tr("< retour", "< back"));
  if (q.na_allowed) commands.emplace_back(words.tr("na non concerné", "na not applicable"));
  if (!q.required) {
    commands.emplace_back(view.current != nullptr ? words.tr("s passer", "s skip")
                                                  : words.tr("s ou Entrée passer", "s or Enter skip"));
  }
  commands.emplace_back(words.tr("c commentaire", "c comment"));
  commands.emplace_back(words.tr("g aller à", "g go to"));
  commands.emplace_back(words.tr("q enregistrer et quitter", "q save and quit"));
  screen.commands(commands_line(words, commands, screen.plain()));
  screen.prompt();
}

void show_help(Screen& screen, const Words& words, const model::Question& q) {
  bool any = false;
  if (!q.help.empty()) {
    screen.paragraph(words.text(q.help));
    any = true;
  }
  for (size_t i = 0; i < q.options.size(); ++i) {
    if (q.options[i].help.empty()) continue;
    screen.paragraph(fmt::format("{}{}{}", option_line(words, q, i), words.tr(" : ", ": "), words.text(q.options[i].help)));
    any = true;
  }
  if (q.na_allowed) {
    screen.paragraph(words.tr("na (non concerné) : la question ne s'applique pas à votre structure ; elle ne compte "
                              "alors ni pour ni contre vous.",
                              "na (not applicable): the question does not apply to your organisation; it then counts "
                              "neither for nor against you."));
    any = true;
  }
  if (!any) screen.line(words.tr("Pas d'aide supplémentaire pour cette question.", "No further help for this question."));
  // Listened to rather than read, the question is forgotten after the help.
  screen.title(words.text(q.text));
  screen.prompt();
}

void show_theme_choice(Screen& screen, const Words& words, const std::vector<bool>& chosen, bool can_go_back) {
  const model::Questionnaire& q = words.questionnaire;
  screen.line();
  screen.rule();
  screen.title(words.tr("Les thèmes de cette année", "This year's themes"));
  screen.paragraph(fmt::format(
      "{} {} {}", words.tr("Le guide compte", "The guide has"), q.themes.size(),
      words.tr("thèmes. Vous pouvez tous les aborder, ou n'en choisir que quelques-uns cette année : les autres seront "
               "notés « non abordés cette année » et laissés hors des scores.",
               "themes. You can address all of them, or only a few this year: the others will be recorded as \"not "
               "addressed this year\" and left out of the scores.")));
  std::vector<std::string> numbers;
  for (size_t i = 0; i < q.themes.size(); ++i) {
    screen.item(fmt::format("{}. {}", i + 1, words.text(q.themes[i].label())));
    if (chosen[i]) numbers.push_back(std::to_string(i + 1));
  }
  std::string current = numbers.size() == q.themes.size() ? std::string(words.tr("tous les thèmes", "every theme"))
                                                          : join(numbers, " ");
  screen.line(fmt::format("{} {} {}", words.tr("Choix actuel :", "Current choice:"), current,
                          words.tr("(Entrée pour le garder)", "(Enter to keep it)")));
  screen.hint(words.tr("Tapez les numéros des thèmes à aborder, séparés par des espaces (ex. 1 2 5), ou « tous ».",
                       "Type the numbers of the themes to address, separated by spaces (e.g. 1 2 5), or \"all\"."));
  std::vector<std::string> commands = {std::string(words.tr("? aide", "? help"))};
  if (can_go_back) commands.emplace_back(words.tr("< retour", "< back"));
  commands.emplace_back(words.tr("q enregistrer et quitter", "q save and quit"));
  screen.commands(commands_line(words, commands, screen.plain()));
  screen.prompt();
}

void show_path_help(Screen& screen, const Words& words) {
  screen.paragraph(words.tr(
      "Le parcours court pose le profil et les questions essentielles de chaque thème : assez pour un premier "
      "point et un plan d'action. Le parcours complet pose toutes les questions du guide : un point plus fin, pour "
      "une deuxième année ou un travail en groupe. Vous pourrez compléter plus tard.",
      "The short path asks the profile and the core questions of each theme: enough for a first review and an "
      "action plan. The full path asks every question of the guide: a finer review, for a second year or a group "
      "session. You can complete it later."));
  screen.prompt();
}

void show_jump_menu(Screen& screen, const Words& words, bool themes_step) {
  const model::Questionnaire& q = words.questionnaire;
  screen.line(words.tr("Aller à :", "Go to:"));
  screen.item(fmt::format("p. {}", words.tr("Profil de la structure", "Organisation profile")));
  if (themes_step) screen.item(fmt::format("t. {}", words.tr("Les thèmes de cette année", "This year's themes")));
  for (size_t i = 0; i < q.themes.size(); ++i) screen.item(fmt::format("{}. {}", i + 1, words.text(q.themes[i].label())));
  screen.hint(words.tr("Tapez votre choix (Entrée seule : rester sur cette question).",
                       "Type your choice (Enter alone: stay on this question)."));
  screen.prompt();
}

void show_theme_help(Screen& screen, const Words& words) {
  screen.paragraph(words.tr(
      "La loi demande de présenter chaque année votre démarche, pas de tout traiter chaque année. Un thème non abordé "
      "n'est pas compté comme un manque : il est simplement laissé de côté cette année. Vous pourrez revenir à ce choix "
      "avec < depuis la première question des thèmes.",
      "The law asks you to present your approach every year, not to cover everything every year. A theme not addressed "
      "does not count as a shortfall: it is simply left aside this year. You can come back to this choice with < from "
      "the first theme question."));
  screen.prompt();
}

std::string describe(const Words& words, const model::Question& q, const model::Answer& answer) {
  auto option_text = [&](const std::string& id) {
    for (size_t i = 0; i < q.options.size(); ++i) {
      if (q.options[i].id == id) return option_line(words, q, i);
    }
    return id;
  };
  switch (answer.kind) {
    case model::Answer::Kind::na:
      return std::string(words.tr("non concerné", "not applicable"));
    case model::Answer::Kind::option:
      if (q.type == QuestionType::yesno) return std::string(answer.option == "yes" ? words.tr("oui", "yes") : words.tr("non", "no"));
      return option_text(answer.option);
    case model::Answer::Kind::options: {
      if (answer.options.empty()) return std::string(words.tr("aucune", "none"));
      std::vector<std::string> parts;
      for (const std::string& id : answer.options) parts.push_back(option_text(id));
      return join(parts, ", ");
    }
    case model::Answer::Kind::number: {
      std::string number = load::format_number(answer.number);
      if (words.lang == Lang::fr) std::replace(number.begin(), number.end(), '.', ',');
      return q.unit.empty() ? number : fmt::format("{} {}", number, words.text(q.unit));
    }
    case model::Answer::Kind::text:
      return answer.text;
  }
  return {};
}

}  // namespace autodiag::session
