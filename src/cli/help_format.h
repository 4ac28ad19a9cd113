#pragma once

#include "util/i18n.h"

#include <CLI/CLI.hpp>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace autodiag::cli {

// CLI11's help in the user's language and laid out for the terminal: French
// labels ("Utilisation", "Commandes", "OBLIGATOIRE"), value names ("TEXTE",
// "fr|en" for a choice), "incompatible avec" instead of "Excludes", and every
// description wrapped between words at `width` columns, its continuation
// lines under the description column.
class HelpFormatter : public CLI::Formatter {
 public:
  HelpFormatter(Lang lang, size_t width);

  // One row of the help: `left` (an option, a command) and its description.
  std::string row(const std::string& left, const std::string& description) const;
  // Text wrapped at the width (footers are set as they are shown).
  std::string paragraph(const std::string& text) const;
  // Rows for a footer of options (`autodiag` alone's session options).
  std::string rows(const std::vector<std::pair<std::string, std::string>>& table) const;

  std::string make_group(std::string group, bool is_positional, std::vector<const CLI::Option*> options) const override;
  std::string make_subcommands(const CLI::App* app, CLI::AppFormatMode mode) const override;
  std::string make_option(const CLI::Option* option, bool is_positional) const override;
  std::string make_option_opts(const CLI::Option* option) const override;
  std::string make_subcommand(const CLI::App* sub) const override;
  std::string make_description(const CLI::App* app) const override;
  std::string make_usage(const CLI::App* app, std::string name) const override;
  std::string make_footer(const CLI::App* app) const override;

 private:
  std::string tr(std::string_view fr, std::string_view en) const { return std::string(autodiag::tr(m_lang, fr, en)); }
  std::string heading(std::string_view title) const;
  size_t column() const;

  Lang m_lang;
  size_t m_width;
};

// The values of a CLI11 choice, from its type name or error ("TEXT:{fr,en}",
// "{,,;}": the values "," and ";").
std::vector<std::string> cli11_choices(std::string_view set);

// Installs the formatter and the help and version flags' descriptions on
// `app`, before its subcommands are added (they copy them).
std::shared_ptr<HelpFormatter> use_help_format(CLI::App& app, Lang lang, size_t width);

}  // namespace autodiag::cli
