#include "cli/commands.h"
#include "util/errors.h"
#include "util/exit_codes.h"

namespace autodiag::cli {

// Placeholder until its issue lands: replaced by the real command.
void add_explain(CLI::App& app, Context& context) {
  CLI::App* sub = app.add_subcommand("explain", std::string(context.tr("(à venir)", "(coming)")));
  sub->allow_extras();
  sub->callback([] {
    throw Failure(exit_code::internal, msg("commande pas encore disponible", "command not available yet"));
  });
}

}  // namespace autodiag::cli
