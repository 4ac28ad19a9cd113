#pragma once

#include "cli/context.h"

#include <CLI/CLI.hpp>

// One file per subcommand: each adds itself to the application and, when
// chosen, runs and sets context.exit_code.
namespace autodiag::cli {

void add_validate(CLI::App& app, Context& context);
void add_show(CLI::App& app, Context& context);
void add_questionnaires(CLI::App& app, Context& context);

}  // namespace autodiag::cli
