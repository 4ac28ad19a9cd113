#pragma once

#include "util/i18n.h"

#include <CLI/CLI.hpp>

namespace autodiag::cli {

// Gives every option of every command that takes a path or an identifier the
// value name the manual uses (FICHIER, DOSSIER, RÉPONSE, ID; FILE, FOLDER…)
// instead of CLI11's "TEXT", so that `--help`, errors and the man pages say
// the same (tests/install/man_test.py compares them). Options that already
// name their value are left as they are.
void name_option_values(CLI::App& app, Lang lang);

}  // namespace autodiag::cli
