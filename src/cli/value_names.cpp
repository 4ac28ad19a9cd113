#include "cli/value_names.h"

#include <string>
#include <string_view>

namespace autodiag::cli {

namespace {

struct ValueName {
  std::string_view command;  // "" for every command
  std::string_view option;
  std::string_view fr;
  std::string_view en;
};

// Command-specific rows first: the first match wins.
constexpr ValueName value_names[] = {
    {"batch", "--output", "DOSSIER", "FOLDER"},
    {"batch", "--previous", "DOSSIER", "FOLDER"},
    {"plan", "--previous", "RÉPONSE", "RESPONSE"},
    {"form", "--prefill", "RÉPONSE", "RESPONSE"},
    {"", "--questionnaire", "FICHIER", "FILE"},
    {"", "--output", "FICHIER", "FILE"},
    {"", "--template", "FICHIER", "FILE"},
    {"", "--reference-doc", "FICHIER", "FILE"},
    {"", "--actions", "FICHIER", "FILE"},
    {"", "--worksheet", "FICHIER", "FILE"},
    {"", "--theme", "ID", "ID"},
    {"init", "--from", "ID", "ID"},
    {"", "--id", "ID", "ID"},
};

}  // namespace

void name_option_values(CLI::App& app, Lang lang) {
  for (CLI::App* command : app.get_subcommands({})) {
    for (CLI::Option* option : command->get_options()) {
      if (!option->get_option_text().empty() || option->get_type_size() == 0) continue;
      for (const ValueName& v : value_names) {
        if ((v.command.empty() || v.command == command->get_name()) && option->check_lname(std::string(v.option.substr(2)))) {
          option->option_text(std::string(tr(lang, v.fr, v.en)));
          break;
        }
      }
    }
  }
}

}  // namespace autodiag::cli
