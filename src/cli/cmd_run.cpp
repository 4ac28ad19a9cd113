#include "cli/commands.h"
#include "cli/plan_beside.h"
#include "cli/questionnaire_source.h"
#include "cli/response_source.h"
#include "document/documents.h"
#include "load/checked_response.h"
#include "load/migrate.h"
#include "load/response_check.h"
#include "load/response_loader.h"
#include "load/response_writer.h"
#include "model/profile.h"
#include "report/score_text.h"
#include "score/result.h"
#include "session/session.h"
#include "session/setup.h"
#include "session/file_lock.h"
#include "session/input.h"
#include "session/signals.h"
#include "session/stdio_terminal.h"
#include "util/errors.h"
#include "util/escape.h"
#include "util/exit_codes.h"
#include "util/system_error.h"
#include "util/files.h"

#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>

namespace autodiag::cli {

namespace {

struct RunOptions {
  std::string questionnaire;
  std::string output;
  std::string resume;
  bool short_path = false;
  bool full_path = false;
  std::string themes;
  std::string answers;
  bool plain = false;
  bool force = false;
  bool several = false;
};

// A response file read and checked against the questionnaire of this session.
struct Earlier {
  model::Response response;
  std::shared_ptr<const model::Questionnaire> questionnaire;
};

Failure invalid(const std::string& path) {
  return Failure(exit_code::data_error, msg("la réponse {} n'est pas valide", "response {} is not valid", path));
}

// A file resumed keeps the questionnaire version it was made with (resuming
// must not drop answers); answers taken over into a new response (--answers)
// are read with the current version, through its migrations.
Earlier read_earlier(const std::string& path, const RunOptions& options, Context& context, bool to_current) {
  std::string text = read_input(path);
  Diagnostics diagnostics(path);
  auto response = load::load_response(text, diagnostics);
  if (!response) {
    print_diagnostics(diagnostics, context);
    throw invalid(path);
  }
  auto questionnaire = choose_questionnaire(options.questionnaire, response->questionnaire_id, context,
                                           to_current ? std::string_view() : response->questionnaire_version);
  if (to_current) load::migrate_response(*questionnaire, *response, diagnostics);
  Diagnostics version(path);
  if (!load::check_version(*questionnaire, *response, version)) {
    print_diagnostics(version, context);
    throw Failure(exit_code::data_error,
                  msg("{} a été fait avec un autre questionnaire ou une autre version majeure : il ne peut pas être "
                      "repris avec celui-ci. Démarrez une nouvelle réponse avec -o, ou donnez le bon questionnaire avec -q.",
                      "{} was made with another questionnaire or another major version: it cannot be resumed with this "
                      "one. Start a new response with -o, or give the right questionnaire with -q.",
                      path));
  }
  load::check_response(*questionnaire, *response, diagnostics);
  print_diagnostics(diagnostics, context);
  if (diagnostics.has_errors()) throw invalid(path);
  return {std::move(*response), std::move(questionnaire)};
}

// A path as the shell reads it: quoted when it holds anything else than
// letters, digits and ./-_ (a space would split it in two).
std::string shell_word(const std::string& word) {
  bool plain = !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || std::strchr("._/-+=:,@%", c) != nullptr;
  });
  if (plain) return word;
  std::string quoted = "'";
  for (char c : word) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// The command that takes the session up again as it was: the same file, and
// every option that changes what is asked or how it is shown.
std::string resume_command(const RunOptions& options, const std::string& path, bool short_path, Context& context) {
  std::string command = "autodiag run --resume " + shell_word(path);
  if (!options.questionnaire.empty()) command += " -q " + shell_word(options.questionnaire);
  if (short_path) command += " --short";
  if (options.plain) command += " --plain";
  if (context.lang == Lang::en || detect_lang({}) != context.lang) command += " --lang " + std::string(lang_code(context.lang));
  return command;
}

// In January, last year's unfinished file is offered before a new one is
// started: coming back after New Year must not look like everything was lost.
std::string offer_last_year(const std::string& now, session::Terminal& terminal, session::Screen& screen,
                            Context& context) {
  std::string earlier = session::last_year_output_path(now);
  std::string current = session::default_output_path(now);
  if (!std::filesystem::exists(earlier)) return current;
  Diagnostics ignored(earlier);
  auto response = load::load_response(read_input(earlier), ignored);
  if (!response || response->status != model::Status::in_progress) return current;
  screen.paragraph(msg("Un autodiagnostic commencé l'an dernier n'est pas terminé : {}. Le reprendre ?",
                       "A self-assessment started last year is not finished: {}. Resume it?", earlier)
                       .in(context.lang));
  screen.hint(msg("o : oui, le reprendre (Entrée seule) ; n : non, en commencer un nouveau dans {}.",
                  "y: yes, resume it (Enter alone); n: no, start a new one in {}.", current)
                  .in(context.lang));
  while (true) {
    screen.prompt();
    std::optional<std::string> line = terminal.read_line();
    if (!line || session::stop_signal() != 0) {
      throw Failure(exit_code::interrupted, msg("arrêté avant la première question : rien n'a été enregistré",
                                                "stopped before the first question: nothing was saved"));
    }
    if (!terminal.interactive()) screen.line(*line);
    std::string answer = session::lower(session::trim(*line));
    if (answer.empty() || answer == "o" || answer == "oui" || answer == "y" || answer == "yes") return earlier;
    if (answer == "n" || answer == "non" || answer == "no") return current;
    screen.problem(context.tr("tapez o pour reprendre ce fichier, ou n pour en commencer un nouveau",
                              "type y to resume that file, or n to start a new one"));
  }
}

void print_end(const model::Questionnaire& q, const std::string& output, const std::string& last_saved, bool force,
               session::Screen& screen, Context& context) {
  PlanBeside plan = write_plan_beside(q, context.lang, output, last_saved, force);
  const load::CheckedResponse& checked = plan.response;
  score::Result result = score::compute(q, checked.response, checked.answers);
  screen.line();
  screen.rule();
  screen.title(context.tr("Merci ! L'autodiagnostic est terminé.", "Thank you! The self-assessment is finished."));
  if (plan.changed_elsewhere) {
    screen.problem(fmt::format(
        fmt::runtime(context.tr("{} a été enregistré entre-temps par une autre session : les scores et le plan "
                                "ci-dessous suivent ce qu'il contient maintenant.",
                                "{} was saved meanwhile by another session: the scores and the plan below follow what "
                                "it holds now.")),
        output));
  }
  if (checked.response.status != model::Status::complete) {
    screen.paragraph(context.tr("Des questions obligatoires restent sans réponse : la réponse reste « en cours ».",
                                "Some required questions are still unanswered: the response stays \"in progress\"."));
  }
  screen.line();
  std::string scores = report::score_text(q, checked.response, result, model::organisation_name(q, checked.answers),
                                          {context.lang, context.utf8, screen.width(), !screen.plain()});
  screen.terminal().write(show_controls(scores));
  screen.line();
  screen.line(context.tr("Vos réponses :", "Your answers:"));
  screen.line("  " + std::filesystem::absolute(output).string());
  if (!plan.written.kept_plan.empty()) screen.paragraph(plan.written.kept_message.in(context.lang));
  screen.line(context.tr("Votre plan d'action, à joindre au dossier de l'assemblée générale :",
                         "Your action plan, for the general assembly file:"));
  screen.line("  " + std::filesystem::absolute(plan.plan_path).string());
  screen.paragraph(context.tr("Ouvrez-le dans votre navigateur (double-clic sur le fichier, ou xdg-open dans un "
                              "terminal) ; pour l'imprimer ou en faire un PDF : Ctrl+P. Pour un document Word ou "
                              "LibreOffice (odt au lieu de docx) :",
                              "Open it in your browser (double-click the file, or xdg-open in a terminal); to print "
                              "it or make a PDF: Ctrl+P. For a Word or LibreOffice document (odt instead of docx):"));
  // Whole on its line, so that a copy of it runs.
  screen.unbroken("  autodiag plan " + shell_word(output) + " --format docx");
  screen.line(context.tr("Les autres fichiers :", "The other files:"));
  document::Written others = plan.written;
  others.paths.erase(others.paths.begin());
  std::string lines = document::written_lines(others, context.lang, true);
  for (size_t start = 0; start < lines.size();) {
    size_t end = lines.find('\n', start);
    screen.line("  " + lines.substr(start, end - start));
    start = end + 1;
  }
}

void run_session(const RunOptions& options, Context& context) {
  std::string now = load::now_timestamp();
  const char* term = std::getenv("TERM");
  bool plain = options.plain || (term != nullptr && std::strcmp(term, "dumb") == 0) || !::isatty(STDOUT_FILENO);
  session::install_stop_handlers();
  session::StdioTerminal terminal(context.charset);
  session::Screen screen(terminal, plain, context.color, context.utf8);
  std::string output = !options.output.empty() ? options.output
                       : !options.resume.empty() ? options.resume
                       : std::filesystem::exists(session::default_output_path(now))
                           ? session::default_output_path(now)
                           : offer_last_year(now, terminal, screen, context);
  // Found out now rather than after the first answer.
  std::filesystem::path folder = std::filesystem::path(output).parent_path();
  if (::access(folder.empty() ? "." : folder.c_str(), W_OK) != 0) {
    // The reason names the folder and the way out (-o in one's own folder).
    Message reason = system_reason(errno, Access::write, output);
    throw Failure(exit_code::cannot_write, msg("impossible d'enregistrer les réponses dans {0} : {1}",
                                               "cannot save the answers in {0}: {2}", output, reason.fr, reason.en));
  }
  Message why;
  std::optional<session::FileLock> lock = session::FileLock::acquire(output, why);
  if (!lock) throw Failure(exit_code::in_use, why);
  std::string source = options.resume;
  if (source.empty() && std::filesystem::exists(output)) {
    if (!options.answers.empty()) {
      throw Failure(exit_code::usage, msg("{} existe déjà : reprenez-le avec --resume {}, ou choisissez un autre fichier avec -o",
                                          "{} already exists: resume it with --resume {}, or choose another file with -o",
                                          output, output));
    }
    source = output;
  }

  std::shared_ptr<const model::Questionnaire> questionnaire;
  model::Response response;
  bool resuming = !source.empty();
  bool short_path = options.short_path;
  if (resuming) {
    Earlier earlier = read_earlier(source, options, context, false);
    // Going over a finished short path again keeps to the short path, rather
    // than turning a review into the rest of the full questionnaire.
    if (earlier.response.status == model::Status::complete && !options.full_path &&
        session::answered_on_short_path(*earlier.questionnaire, earlier.response)) {
      short_path = true;
    }
    if (options.resume.empty() && earlier.response.status == model::Status::complete) {
      std::string command = resume_command(options, output, short_path, context);
      throw Failure(exit_code::usage,
                    msg("{} contient un autodiagnostic terminé : revoyez-le avec « {} », ou commencez-en un autre "
                        "avec -o FICHIER",
                        "{} holds a finished self-assessment: go over it with '{}', or start another one with -o FILE",
                        output, command));
    }
    questionnaire = earlier.questionnaire;
    response = std::move(earlier.response);
  } else {
    questionnaire = choose_questionnaire(options.questionnaire, {}, context);
    response = session::new_response(*questionnaire, context.lang);
    if (!options.answers.empty()) {
      Earlier prefill = read_earlier(options.answers, options, context, true);
      if (prefill.questionnaire->id != questionnaire->id) {
        throw Failure(exit_code::data_error, msg("{} concerne un autre questionnaire", "{} is for another questionnaire",
                                                 options.answers));
      }
      session::prefill(response, prefill.response);
    }
  }
  const model::Questionnaire& q = *questionnaire;
  if (!options.themes.empty()) {
    if (!session::choose_themes(q, options.themes, response, why)) throw Failure(exit_code::usage, why);
  }
  response.language = std::string(lang_code(context.lang));

  session::SessionOptions session_options;
  session_options.lang = context.lang;
  session_options.plain = plain;
  session_options.color = context.color;
  session_options.utf8 = context.utf8;
  session_options.short_path = short_path;
  session_options.offer_paths = !short_path && !options.full_path && !resuming;
  session_options.ask_respondent = options.several;
  session_options.ask_themes = options.themes.empty();
  session_options.resuming = resuming;
  session_options.save_path = output;

  if (response.created.empty()) response.created = now;
  // The session never reads the clock: the time of each save is stamped here.
  std::string last_saved;
  auto save = [&output, &last_saved](const model::Response& r) {
    model::Response stamped = r;
    stamped.updated = load::now_timestamp();
    last_saved = load::write_response(stamped);
    write_atomically(output, last_saved);
  };

  session::Session session(q, response, terminal, save, session_options);
  session::Outcome outcome = session.run();
  if (outcome == session::Outcome::finished) {
    print_end(q, output, last_saved, options.force, screen, context);
    context.exit_code = exit_code::ok;
    return;
  }
  screen.line();
  if (outcome == session::Outcome::interrupted) {
    screen.line(context.tr("Interrompu.", "Interrupted."));
  } else if (outcome == session::Outcome::end_of_input) {
    // On a terminal the end of input is Ctrl-D: a person stopped.
    screen.line(terminal.interactive() ? context.tr("Arrêté (Ctrl-D).", "Stopped (Ctrl-D).")
                                       : context.tr("Fin des réponses en entrée.", "End of input."));
  }
  if (std::filesystem::exists(output)) {
    screen.line(fmt::format("{} {}", context.tr("Vos réponses sont enregistrées dans", "Your answers are saved in"), output));
    // On a line of its own and never broken: copied, it is the whole command,
    // --plain included.
    screen.line(context.tr("Pour reprendre là où vous en étiez :", "To continue where you left off:"));
    screen.unbroken("  " + resume_command(options, output, session.short_path(), context));
  } else {
    screen.line(context.tr("Aucune réponse donnée : rien n'a été enregistré.", "No answer given: nothing was saved."));
  }
  context.exit_code = outcome == session::Outcome::quit ? exit_code::ok : exit_code::interrupted;
}

}  // namespace

void add_run(CLI::App& app, Context& context) {
  auto options = std::make_shared<RunOptions>();
  // The value names of autodiag's own help footer and of the manual.
  const std::string file(context.tr("FICHIER", "FILE"));
  CLI::App* sub = app.add_subcommand(
      "run", std::string(context.tr("l'autodiagnostic interactif (réponses enregistrées après chaque question)",
                                    "the interactive self-assessment (answers saved after every question)")));
  sub->add_option("-q,--questionnaire", options->questionnaire,
                  std::string(context.tr("questionnaire (par défaut : le guide intégré)",
                                         "questionnaire (default: the bundled guide)")))
      ->option_text(file);
  sub->add_option("-o,--output", options->output,
                  std::string(context.tr("fichier réponse (par défaut : autodiag-ANNÉE.yaml ; repris s'il existe et est en cours)",
                                         "response file (default: autodiag-YEAR.yaml; resumed if it exists and is in progress)")))
      ->option_text(file);
  auto* resume = sub->add_option("--resume", options->resume,
                                 std::string(context.tr("reprend une réponse en cours à la première question sans réponse",
                                                        "continues a response at the first unanswered question")))
                    ->option_text(file);
  auto* short_flag = sub->add_flag("--short", options->short_path,
                                   std::string(context.tr("parcours court : les questions essentielles seulement",
                                                          "short path: the core questions only")));
  sub->add_flag("--full", options->full_path,
                std::string(context.tr("parcours complet : toutes les questions (sans --short ni --full, la session "
                                       "propose le choix)",
                                       "full path: every question (without --short or --full, the session offers "
                                       "the choice)")))
      ->excludes(short_flag);
  sub->add_option("--themes", options->themes,
                  std::string(context.tr("thèmes abordés cette année, ex. governance,ethics (les autres : non abordés)",
                                         "themes addressed this year, e.g. governance,ethics (the others: not addressed)")))
      ->option_text("ID,…");
  sub->add_option("--answers", options->answers,
                  std::string(context.tr("pré-remplit depuis un fichier réponse et ne pose que ce qui manque",
                                         "pre-fills from a response file and asks only what is missing")))
      ->option_text(file)
      ->excludes(resume);
  sub->add_flag("--several", options->several,
                std::string(context.tr("plusieurs personnes de la structure répondent chacune de leur côté : la session "
                                       "demande d'abord votre groupe (sans --several, elle ne le demande pas ; voir "
                                       "docs/consolidate.md)",
                                       "several people of the organisation answer separately: the session first asks "
                                       "your group (without --several it does not; see docs/consolidate.md)")));
  sub->add_flag("--plain", options->plain,
                std::string(context.tr("affichage simple : sans couleur ni dessin, adapté aux lecteurs d'écran",
                                       "plain display: no colour or drawing, suited to screen readers")));
  sub->add_flag("--force", options->force,
                std::string(context.tr("remplace le plan même s'il a été modifié depuis qu'autodiag l'a écrit",
                                       "replaces the plan even if it was edited since autodiag wrote it")));
  sub->callback([options, &context] { run_session(*options, context); });
}

}  // namespace autodiag::cli
