#pragma once

#include "cli/context.h"

#include <CLI/CLI.hpp>

// One file per subcommand: each adds itself to the application and, when
// chosen, runs and sets context.exit_code.
namespace autodiag::cli {

// What `autodiag` runs without a command, with the options given.
inline constexpr const char* default_command = "run";

void add_validate(CLI::App& app, Context& context);
void add_show(CLI::App& app, Context& context);
void add_questionnaires(CLI::App& app, Context& context);
void add_score(CLI::App& app, Context& context);
void add_explain(CLI::App& app, Context& context);
void add_plan(CLI::App& app, Context& context);
void add_compare(CLI::App& app, Context& context);
void add_run(CLI::App& app, Context& context);
void add_batch(CLI::App& app, Context& context);
void add_form(CLI::App& app, Context& context);
void add_consolidate(CLI::App& app, Context& context);
void add_schema(CLI::App& app, Context& context);
void add_init(CLI::App& app, Context& context);
void add_completion(CLI::App& app, Context& context);

}  // namespace autodiag::cli
