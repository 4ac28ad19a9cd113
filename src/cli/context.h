#pragma once

#include "model/diagnostic.h"
#include "util/i18n.h"

#include <iostream>
#include <string>

namespace autodiag::cli {

// What every subcommand needs to talk to the user.
struct Context {
  Lang lang = Lang::fr;
  bool color = false;     // stdout is a terminal and NO_COLOR is unset
  bool utf8 = true;       // the terminal can show Unicode block characters
  std::ostream& out = std::cout;
  std::ostream& err = std::cerr;
  int exit_code = 0;

  std::string_view tr(std::string_view fr, std::string_view en) const { return autodiag::tr(lang, fr, en); }
};

// Prints diagnostics to stderr, sorted by position.
void print_diagnostics(const Diagnostics& diagnostics, Context& context);

}  // namespace autodiag::cli
