#pragma once

#include "util/i18n.h"

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

namespace autodiag::cli {

// What was wrong on the command line, in the user's language: CLI11 words its
// errors in English only ("The following argument was not expected: --shrot"),
// so each kind is said again from its parts ("option inconnue : --shrot ;
// vouliez-vous dire --short ?"). A message this does not know keeps CLI11's
// words after a French or English lead.
// `command`: the command the user named (nullptr for none), whose
// arguments are named as its help shows them ("il manque l'argument
// RÉPONSE : fichier réponse", "argument en trop : b ; autodiag explain
// prend RÉPONSE").
// `names`: the options and commands the user may have meant, for "did you
// mean" (names_in() of the command being parsed and of the top level).
std::string parse_error_text(const CLI::ParseError& error, const CLI::App* command, const std::vector<std::string>& names,
                             Lang lang);

// The long options and the commands of `app` (not of its commands).
std::vector<std::string> names_in(const CLI::App& app);

}  // namespace autodiag::cli
