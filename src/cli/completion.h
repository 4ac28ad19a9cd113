#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

// Shell completion scripts generated from the CLI11 command tree, so that
// they list exactly the commands and options that `--help` shows.
namespace autodiag::cli::completion {

struct OptionSpec {
  std::vector<std::string> names;  // "--lang", "-o"…
  std::string description;
  bool takes_value = false;
  std::vector<std::string> values;  // the fixed choices, when there are; else a path
};

struct CommandSpec {
  std::string name;  // empty for the top level
  std::string description;
  std::vector<OptionSpec> options;
  bool takes_files = false;  // positional arguments
};

// The top level first, then every visible subcommand in the order of --help.
// The top level also offers the options of `default_command`, the command
// that `autodiag` alone runs (`autodiag --plain`).
std::vector<CommandSpec> describe(const CLI::App& app, const std::string& default_command);

std::string bash_script(const std::vector<CommandSpec>& commands);
std::string zsh_script(const std::vector<CommandSpec>& commands);
std::string fish_script(const std::vector<CommandSpec>& commands);

}  // namespace autodiag::cli::completion
