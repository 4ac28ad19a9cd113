#include "cli/commands.h"
#include "cli/questionnaire_source.h"
#include "load/questionnaire_loader.h"
#include "util/bundled.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include <fmt/format.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <regex>
#include <tuple>

namespace autodiag::cli {

namespace {

namespace fs = std::filesystem;

struct InitOptions {
  std::string file;
  std::string from = "guide-bonnes-pratiques-ess";
  std::string id;
};

// "Réseau Sport 44.yaml" → "reseau-sport-44": ids allow [a-z0-9_-] only, and
// accented letters lose their accent rather than becoming a dash.
std::string id_from_file_name(const std::string& file) {
  static const std::pair<const char*, char> accents[] = {
      {"à", 'a'}, {"â", 'a'}, {"ä", 'a'}, {"ç", 'c'}, {"é", 'e'}, {"è", 'e'}, {"ê", 'e'}, {"ë", 'e'}, {"î", 'i'},
      {"ï", 'i'}, {"ô", 'o'}, {"ö", 'o'}, {"ù", 'u'}, {"û", 'u'}, {"ü", 'u'}, {"ÿ", 'y'}, {"œ", 'o'}, {"æ", 'a'}};
  std::string stem = fs::path(file).stem().string();
  std::string id;
  for (size_t i = 0; i < stem.size();) {
    bool replaced = false;
    for (const auto& [accented, plain] : accents) {
      std::string_view a = accented;
      if (stem.compare(i, a.size(), a) == 0) {
        id += plain;
        i += a.size();
        replaced = true;
        break;
      }
    }
    if (replaced) continue;
    char c = stem[i++];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
    if (keep) {
      id += c;
    } else if (!id.empty() && id.back() != '-') {
      id += '-';
    }
  }
  while (!id.empty() && (id.back() == '-' || id.back() == '_')) id.pop_back();
  return id.substr(0, 64);
}

// The newest version of the bundled (or installed) questionnaire with that id.
std::optional<std::string> source_text(const std::string& id) {
  std::optional<std::string> best;
  std::tuple<int, int, int> best_version{-1, -1, -1};
  for (const std::string& name : bundled_questionnaire_names()) {
    Diagnostics ignored(name);
    auto q = load::load_questionnaire(bundled::find(name)->content, ignored);
    if (!q || q->id != id) continue;
    std::tuple<int, int, int> version{q->version.major, q->version.minor, q->version.patch};
    if (version > best_version) {
      best_version = version;
      best = std::string(bundled::find(name)->content);
    }
  }
  return best;
}

// The schema an editor can reach: the installed copy, else one written
// beside the new questionnaire.
std::string schema_reference(const fs::path& target) {
  for (const std::string& folder : bundled::data_folders()) {
    fs::path installed = fs::path(folder) / "schemas" / "questionnaire.schema.json";
    std::error_code error;
    if (fs::is_regular_file(installed, error)) return installed.string();
  }
  fs::path beside = target.parent_path() / "questionnaire.schema.json";
  std::error_code error;
  if (!fs::exists(beside, error)) write_atomically(beside.string(), bundled::find("schemas/questionnaire.schema.json")->content);
  return "questionnaire.schema.json";
}

std::string starter(std::string text, const std::string& id, const std::string& from, const std::string& schema,
                    const std::string& file) {
  // The copy's own modeline and header comments are replaced by ours.
  text = std::regex_replace(text, std::regex("^# yaml-language-server:[^\n]*\n"), "");
  text = std::regex_replace(text, std::regex("^id: [^\n]*$"), "id: " + id, std::regex_constants::format_first_only);
  text = std::regex_replace(text, std::regex("\nid: [^\n]*\n"), "\nid: " + id + "\n", std::regex_constants::format_first_only);
  text = std::regex_replace(text, std::regex("\nversion: [^\n]*\n"), "\nversion: 1.0.0\n", std::regex_constants::format_first_only);
  // A new questionnaire has no earlier version to read: the copy's
  // `migrations:` block (its indented and blank lines) goes.
  if (size_t start = text.find("\nmigrations:"); start != std::string::npos) {
    size_t end = text.find('\n', start + 1);
    while (end != std::string::npos && end + 1 < text.size() && (text[end + 1] == ' ' || text[end + 1] == '\n')) {
      end = text.find('\n', end + 1);
    }
    text.erase(start + 1, end == std::string::npos ? std::string::npos : end - start);
  }
  return fmt::format(
      "# yaml-language-server: $schema={}\n"
      "# Questionnaire « {} », commencé à partir de « {} » (autodiag init).\n"
      "# À faire avant de l'utiliser :\n"
      "#   - changez title, description et intro : ils disent à qui s'adresse ce questionnaire ;\n"
      "#   - ajoutez, retirez ou adaptez thèmes, questions et accompagnements (support) ;\n"
      "#   - gardez les identifiants (id) stables une fois des réponses collectées : elles y renvoient ;\n"
      "#   - montez la version (version) à chaque diffusion : MAJEURE si des id changent ;\n"
      "#   - vérifiez : autodiag validate {} ; essayez : autodiag run -q {}\n"
      "# Le format : docs/questionnaire-format.md (tutoriel à la fin).\n"
      "#\n{}",
      schema, id, from, file, file, text);
}

}  // namespace

void add_init(CLI::App& app, Context& context) {
  auto options = std::make_shared<InitOptions>();
  CLI::App* sub = app.add_subcommand(
      "init", std::string(context.tr("commence un questionnaire de réseau, copie d'un questionnaire intégré",
                                     "starts a network's own questionnaire, a copy of a bundled one")));
  sub->add_option(std::string(context.tr("FICHIER", "FILE")), options->file, std::string(context.tr("fichier à créer (jamais écrasé)", "file to create (never overwritten)")))
      ->required();
  sub->add_option("--from", options->from,
                  std::string(context.tr("questionnaire de départ (par défaut : guide-bonnes-pratiques-ess)",
                                         "questionnaire to start from (default: guide-bonnes-pratiques-ess)")));
  sub->add_option("--id", options->id,
                  std::string(context.tr("identifiant du nouveau questionnaire (par défaut : tiré du nom du fichier)",
                                         "id of the new questionnaire (default: from the file name)")));
  sub->callback([&context, options] {
    std::string id = options->id.empty() ? id_from_file_name(options->file) : options->id;
    if (!std::regex_match(id, std::regex("[a-z0-9][a-z0-9_-]{0,63}"))) {
      throw Failure(exit_code::usage,
                    msg("identifiant « {} » invalide : lettres minuscules sans accent, chiffres, - et _ (--id pour le choisir)",
                        "invalid id '{}': lower-case letters, digits, - and _ (--id to choose it)", id));
    }
    std::error_code error;
    if (fs::exists(fs::symlink_status(options->file, error))) {
      throw Failure(exit_code::cannot_write, msg("{} existe déjà : autodiag init ne remplace jamais un fichier",
                                                 "{} already exists: autodiag init never replaces a file", options->file));
    }
    std::optional<std::string> text = source_text(options->from);
    if (!text) {
      throw Failure(exit_code::usage, msg("aucun questionnaire intégré n'a l'identifiant « {} » (voir autodiag questionnaires)",
                                          "no bundled questionnaire has the id '{}' (see autodiag questionnaires)", options->from));
    }
    fs::path target = fs::absolute(options->file, error);
    // The file name as a shell command would need it.
    std::string name = fs::path(options->file).filename().string();
    if (name.find_first_of(" '\"") != std::string::npos) name = "\"" + name + "\"";
    write_atomically(options->file, starter(*text, id, options->from, schema_reference(target), name));
    context.out << msg("Questionnaire « {} » créé : {}\nVérifiez-le avec : autodiag validate {}\n",
                       "Questionnaire '{}' created: {}\nCheck it with: autodiag validate {}\n", id, options->file, options->file)
                       .in(context.lang);
  });
}

}  // namespace autodiag::cli
