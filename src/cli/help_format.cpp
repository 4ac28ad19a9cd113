#include "cli/help_format.h"

#include "util/text_width.h"
#include "util/wrap.h"

#include <algorithm>
#include <set>

namespace autodiag::cli {

namespace {

// "a\nb" with every line after the first indented by `indent` spaces.
std::string indent_after_first(const std::string& text, size_t indent) {
  std::string out;
  for (char c : text) {
    out += c;
    if (c == '\n') out.append(indent, ' ');
  }
  return out;
}

std::string trim_end(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

}  // namespace

std::vector<std::string> cli11_choices(std::string_view set) {
  size_t open = set.find('{');
  if (open == std::string_view::npos || !set.ends_with("}")) return {};
  std::string_view inner = set.substr(open + 1, set.size() - open - 2);
  std::vector<std::string> values;
  for (size_t i = 0; i < inner.size();) {
    // A comma where a value starts is the value ",".
    size_t end = inner[i] == ',' ? i + 1 : std::min(inner.find(',', i), inner.size());
    values.emplace_back(inner.substr(i, end - i));
    i = end + 1;  // past the separator
  }
  return values;
}

HelpFormatter::HelpFormatter(Lang lang, size_t width) : m_lang(lang), m_width(width) {
  label("Usage", tr("Utilisation", "Usage"));
  label("OPTIONS", "OPTIONS");
  label("SUBCOMMAND", tr("COMMANDE", "COMMAND"));
  label("SUBCOMMANDS", tr("COMMANDES", "COMMANDS"));
  label("Positionals", tr("Arguments", "Arguments"));
  label("REQUIRED", tr("OBLIGATOIRE", "REQUIRED"));
  label("TEXT", tr("TEXTE", "TEXT"));
  label("INT", tr("ENTIER", "INTEGER"));
  label("UINT", tr("ENTIER", "INTEGER"));
}

// Narrower terminals give the descriptions more room than the names.
size_t HelpFormatter::column() const { return m_width >= 70 ? 24 : 20; }

std::string HelpFormatter::heading(std::string_view title) const {
  return std::string(title) + tr(" :", ":");
}

std::string HelpFormatter::row(const std::string& left, const std::string& description) const {
  std::string name = "  " + left;
  std::string text = indent_after_first(trim_end(wrap_text(description, m_width - column())), column());
  if (description.empty()) return name + "\n";
  if (display_width(name) + 2 <= column()) {
    return name + std::string(column() - display_width(name), ' ') + text + "\n";
  }
  return name + "\n" + std::string(column(), ' ') + text + "\n";
}

std::string HelpFormatter::paragraph(const std::string& text) const { return wrap_text(text, m_width) + "\n"; }

std::string HelpFormatter::rows(const std::vector<std::pair<std::string, std::string>>& table) const {
  std::string out;
  for (const auto& [left, description] : table) out += row(left, description);
  return out;
}

std::string HelpFormatter::make_group(std::string group, bool is_positional,
                                      std::vector<const CLI::Option*> options) const {
  std::string out = "\n" + heading(group) + "\n";
  for (const CLI::Option* option : options) out += make_option(option, is_positional);
  return out;
}

std::string HelpFormatter::make_subcommands(const CLI::App* app, CLI::AppFormatMode) const {
  std::vector<const CLI::App*> commands =
      app->get_subcommands([](const CLI::App* sub) { return !sub->get_name().empty() && !sub->get_group().empty(); });
  if (commands.empty()) return {};
  std::string out = "\n" + heading(tr("Commandes", "Commands")) + "\n";
  for (const CLI::App* command : commands) out += make_subcommand(command);
  return out;
}

std::string HelpFormatter::make_option(const CLI::Option* option, bool is_positional) const {
  std::string description = option->get_description();
  auto names = [](const auto& options) {
    std::string out;
    for (const CLI::Option* other : options) out += (out.empty() ? "" : ", ") + other->get_name();
    return out;
  };
  // "(sans --short ni --full…)" already says it.
  const std::set<CLI::Option*> excludes = option->get_excludes();  // returned by value
  bool said = std::all_of(excludes.begin(), excludes.end(),
                          [&](const CLI::Option* other) { return description.find(other->get_name()) != std::string::npos; });
  if (!said) description += " (" + tr("incompatible avec ", "not with ") + names(excludes) + ")";
  const std::set<CLI::Option*> needs = option->get_needs();
  if (!needs.empty()) description += " (" + tr("avec ", "needs ") + names(needs) + ")";
  return row(make_option_name(option, is_positional) + make_option_opts(option), description);
}

// The value an option takes: "TEXTE", "fr|en" for a choice (CLI11 writes
// "TEXT:{fr,en}"), then "..." for several, and whether it is required. An
// argument's name already says what it is ("RÉPONSE"): only its choices.
std::string HelpFormatter::make_option_opts(const CLI::Option* option) const {
  if (!option->get_option_text().empty()) {
    // A value named by hand (FICHIER) says nothing of whether it is needed.
    return " " + option->get_option_text() + (option->get_required() ? " " + get_label("REQUIRED") : "");
  }
  if (option->get_type_size() == 0) return {};
  std::string type = option->get_type_name();
  std::string shown;
  if (std::vector<std::string> choices = cli11_choices(type); !choices.empty()) {
    for (const std::string& choice : choices) shown += (shown.empty() ? "" : "|") + choice;
  } else if (option->nonpositional()) {
    shown = get_label(type.substr(0, type.find_first_of(": ")));
  }
  std::string out = shown.empty() ? std::string() : " " + shown;
  if (option->get_expected_max() == CLI::detail::expected_max_vector_size) out += " ...";
  if (option->get_required()) out += " " + get_label("REQUIRED");
  return out;
}

std::string HelpFormatter::make_subcommand(const CLI::App* sub) const {
  return row(sub->get_display_name(), sub->get_description());
}

std::string HelpFormatter::make_description(const CLI::App* app) const {
  std::string description = app->get_description();
  return description.empty() ? std::string() : wrap_text(description, m_width) + "\n";
}

// "Utilisation : autodiag [OPTIONS] [COMMANDE]", with the French space.
std::string HelpFormatter::make_usage(const CLI::App* app, std::string name) const {
  std::string usage = CLI::Formatter::make_usage(app, std::move(name));
  std::string label = get_label("Usage") + ":";
  if (usage.starts_with(label)) usage.replace(0, label.size(), heading(get_label("Usage")));
  return usage;
}

std::string HelpFormatter::make_footer(const CLI::App* app) const {
  std::string footer = app->get_footer();
  if (footer.empty() || footer.ends_with('\n')) return footer;
  return footer + "\n";
}

std::shared_ptr<HelpFormatter> use_help_format(CLI::App& app, Lang lang, size_t width) {
  auto formatter = std::make_shared<HelpFormatter>(lang, width);
  app.formatter(formatter);
  app.set_help_flag("-h,--help", std::string(tr(lang, "affiche cette aide", "shows this help")));
  return formatter;
}

}  // namespace autodiag::cli
