#include "cli/app.h"

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/help_format.h"
#include "cli/parse_errors.h"
#include "cli/shown_stream.h"
#include "cli/value_names.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace autodiag::cli {

namespace {

// --lang must be known before the help texts are built, so it is read from
// argv ahead of the real parse.
std::string_view lang_from_argv(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--lang" && i + 1 < argc) return argv[i + 1];
    if (arg.starts_with("--lang=")) return arg.substr(7);
  }
  return {};
}

// Without a command, autodiag starts the self-assessment, with the options
// given (`autodiag --plain`, `autodiag --lang en`). Returned in the reverse
// order that CLI11's vector parse expects.
std::vector<std::string> with_default_command(CLI::App& app, int argc, char** argv, bool& implicit) {
  std::vector<std::string> args(argv + 1, argv + argc);
  bool has_command = std::any_of(args.begin(), args.end(), [&](const std::string& arg) {
    return arg == "-h" || arg == "--help" || arg == "--version" ||
           !app.get_subcommands([&](CLI::App* sub) { return sub->get_name() == arg; }).empty();
  });
  implicit = !has_command;
  if (implicit) args.insert(args.begin(), default_command);
  std::reverse(args.begin(), args.end());
  return args;
}

}  // namespace

int main(int argc, char** argv) {
  // Accents and typography are sent only to a terminal that shows them
  // (LANG=C: ASCII); files and pipes get UTF-8 whatever the locale.
  const Charset charset = locale_charset();
  ShownBuffer shown_out(std::cout.rdbuf(), ::isatty(STDOUT_FILENO) ? charset : Charset::utf8);
  ShownBuffer shown_err(std::cerr.rdbuf(), ::isatty(STDERR_FILENO) ? charset : Charset::utf8);
  std::ostream out(&shown_out);
  std::ostream err(&shown_err);
  Context context{.out = out, .err = err};
  context.lang = detect_lang(lang_from_argv(argc, argv));
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  // No TERM (a cron job, some IDE consoles, a service) says nothing about
  // colours: none are sent.
  context.color = ::isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0') && term != nullptr &&
                  *term != '\0' && std::strcmp(term, "dumb") != 0;
  context.utf8 = charset == Charset::utf8;
  context.charset = ::isatty(STDOUT_FILENO) ? charset : Charset::utf8;
  context.plain = term != nullptr && std::strcmp(term, "dumb") == 0;
  struct winsize size {};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0) context.columns = size.ws_col;

  CLI::App app(std::string(context.tr(
      "autodiag — autodiagnostic du guide des bonnes pratiques de l'ESS (loi du 31 juillet 2014, art. 3).\n"
      "Sans commande : lance l'autodiagnostic interactif.",
      "autodiag — self-assessment against the French ESS good-practice guide (law of 31 July 2014, art. 3).\n"
      "Without a command: starts the interactive self-assessment.")), "autodiag");
  std::shared_ptr<HelpFormatter> help = use_help_format(app, context.lang, context.columns ? text_width(context) : 78);
  app.set_version_flag("--version", std::string("autodiag ") + AUTODIAG_VERSION,
                       std::string(context.tr("affiche la version d'autodiag", "shows autodiag's version")));
  std::string lang_option;
  app.add_option("--lang", lang_option, std::string(context.tr("langue de l'interface : fr ou en", "interface language: fr or en")))
      ->check(CLI::IsMember({"fr", "en"}));
  app.require_subcommand(0, 1);
  app.fallthrough();

  add_validate(app, context);
  add_show(app, context);
  add_questionnaires(app, context);
  add_score(app, context);
  add_explain(app, context);
  add_plan(app, context);
  add_compare(app, context);
  add_run(app, context);
  add_batch(app, context);
  add_form(app, context);
  add_consolidate(app, context);
  add_schema(app, context);
  add_init(app, context);
  add_completion(app, context);
  name_option_values(app, context.lang);
  // `autodiag` alone starts the session: its options belong on the first
  // help screen a newcomer reads. Set after the subcommands, which would
  // otherwise copy it.
  app.footer(help->paragraph(std::string(context.tr("Sans commande, autodiag lance l'autodiagnostic ; ses options :",
                                                    "Without a command, autodiag starts the self-assessment; its options:"))) +
             help->rows({
                 {"--short", std::string(context.tr("parcours court : les questions essentielles",
                                                    "short path: the core questions"))},
                 {"--full", std::string(context.tr("parcours complet : toutes les questions (sans l'une ni l'autre, "
                                                   "le choix est proposé)",
                                                   "full path: every question (with neither, the choice is offered)"))},
                 {"--plain", std::string(context.tr("affichage simple : sans couleur ni dessin, adapté aux lecteurs "
                                                    "d'écran",
                                                    "plain display: no colour or drawing, suited to screen readers"))},
                 {std::string(context.tr("--resume FICHIER", "--resume FILE")),
                  std::string(context.tr("reprend une réponse en cours", "continues a response in progress"))},
                 {std::string(context.tr("-o FICHIER", "-o FILE")),
                  std::string(context.tr("fichier réponse (par défaut : autodiag-ANNÉE.yaml)",
                                         "response file (default: autodiag-YEAR.yaml)"))},
                 {"--lang fr|en", std::string(context.tr("langue de l'interface", "interface language"))},
             }) +
             help->paragraph(std::string(context.tr("Toutes les options : autodiag run --help", "Every option: autodiag run --help"))));

  // `run` replaces these with its own, which save the answers first.
  remove_temporary_files_on_stop();
  bool implicit_command = false;
  try {
    app.parse(with_default_command(app, argc, argv, implicit_command));
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e, context.out, context.err);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e, context.out, context.err);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e, context.out, context.err);
  } catch (const CLI::ParseError& e) {
    std::vector<CLI::App*> commands = app.get_subcommands();
    // `autodiag --shrot` was parsed as the session's: its options are meant.
    const CLI::App* command = implicit_command ? app.get_subcommand(default_command)
                              : commands.empty() ? nullptr
                                                 : commands[0];
    std::vector<std::string> names = names_in(app);
    if (command != nullptr) {
      std::vector<std::string> more = names_in(*command);
      names.insert(names.end(), more.begin(), more.end());
    }
    std::string help_command =
        "autodiag " + (command == nullptr || implicit_command ? "" : command->get_name() + " ") + "--help";
    context.err << "autodiag: " << parse_error_text(e, implicit_command ? nullptr : command, names, context.lang) << '\n'
                << fmt::format(fmt::runtime(context.tr("Voir « {} ».", "See '{}'.")), help_command) << '\n';
    return exit_code::usage;
  } catch (const Failure& e) {
    context.err << "autodiag: " << e.message().in(context.lang) << '\n' << std::flush;
    return e.exit_code();
  } catch (const std::exception& e) {
    context.err << "autodiag: " << context.tr("erreur interne (merci de la signaler) : ", "internal error (please report it): ")
                << e.what() << '\n';
    return exit_code::internal;
  }
  return context.exit_code;
}

}  // namespace autodiag::cli
