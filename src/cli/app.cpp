#include "cli/app.h"

#include "cli/commands.h"
#include "cli/context.h"
#include "cli/shown_stream.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include <CLI/CLI.hpp>
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

bool terminal_is_utf8() {
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && *value != '\0') {
      std::string_view v = value;
      return v.find("UTF-8") != std::string_view::npos || v.find("utf8") != std::string_view::npos ||
             v.find("UTF8") != std::string_view::npos || v.find("utf-8") != std::string_view::npos;
    }
  }
  return false;
}

// Without a command, autodiag starts the self-assessment, with the options
// given (`autodiag --plain`, `autodiag --lang en`). Returned in the reverse
// order that CLI11's vector parse expects.
std::vector<std::string> with_default_command(CLI::App& app, int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  bool has_command = std::any_of(args.begin(), args.end(), [&](const std::string& arg) {
    return arg == "-h" || arg == "--help" || arg == "--version" ||
           !app.get_subcommands([&](CLI::App* sub) { return sub->get_name() == arg; }).empty();
  });
  if (!has_command) args.insert(args.begin(), default_command);
  std::reverse(args.begin(), args.end());
  return args;
}

}  // namespace

int main(int argc, char** argv) {
  ShownBuffer shown_out(std::cout.rdbuf());
  ShownBuffer shown_err(std::cerr.rdbuf());
  std::ostream out(&shown_out);
  std::ostream err(&shown_err);
  Context context{.out = out, .err = err};
  context.lang = detect_lang(lang_from_argv(argc, argv));
  const char* no_color = std::getenv("NO_COLOR");
  const char* term = std::getenv("TERM");
  context.color = ::isatty(STDOUT_FILENO) && (no_color == nullptr || *no_color == '\0') &&
                  !(term != nullptr && std::strcmp(term, "dumb") == 0);
  context.utf8 = terminal_is_utf8();
  context.plain = term != nullptr && std::strcmp(term, "dumb") == 0;
  struct winsize size {};
  if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0) context.columns = size.ws_col;

  CLI::App app(std::string(context.tr(
      "autodiag — autodiagnostic du guide des bonnes pratiques de l'ESS (loi du 31 juillet 2014, art. 3).\n"
      "Sans commande : lance l'autodiagnostic interactif.",
      "autodiag — self-assessment against the French ESS good-practice guide (law of 31 July 2014, art. 3).\n"
      "Without a command: starts the interactive self-assessment.")), "autodiag");
  app.set_version_flag("--version", std::string("autodiag ") + AUTODIAG_VERSION);
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
  // `autodiag` alone starts the session: its options belong on the first
  // help screen a newcomer reads. Set after the subcommands, which would
  // otherwise copy it.
  app.footer(std::string(context.tr(
      "Sans commande, autodiag lance l'autodiagnostic ; ses options :\n"
      "  --short             parcours court : les questions essentielles\n"
      "  --full              parcours complet : toutes les questions (sans l'une ni l'autre, le choix est proposé)\n"
      "  --plain             affichage simple : sans couleur ni dessin, adapté aux lecteurs d'écran\n"
      "  --resume FICHIER    reprend une réponse en cours\n"
      "  -o FICHIER          fichier réponse (par défaut : autodiag-ANNÉE.yaml)\n"
      "  --lang fr|en        langue de l'interface\n"
      "Toutes les options : autodiag run --help",
      "Without a command, autodiag starts the self-assessment; its options:\n"
      "  --short             short path: the core questions\n"
      "  --full              full path: every question (with neither, the choice is offered)\n"
      "  --plain             plain display: no colour or drawing, suited to screen readers\n"
      "  --resume FILE       continues a response in progress\n"
      "  -o FILE             response file (default: autodiag-YEAR.yaml)\n"
      "  --lang fr|en        interface language\n"
      "Every option: autodiag run --help")));

  // `run` replaces these with its own, which save the answers first.
  remove_temporary_files_on_stop();
  try {
    app.parse(with_default_command(app, argc, argv));
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    // CLI11 words its messages in English only; the French line comes first.
    context.err << "autodiag: " << context.tr("ligne de commande incorrecte", "invalid command line") << " ("
                << e.what() << ")\n"
                << context.tr("Voir « autodiag --help ».", "See 'autodiag --help'.") << '\n';
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
