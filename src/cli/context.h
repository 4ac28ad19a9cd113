#pragma once

#include "model/diagnostic.h"
#include "util/charset.h"
#include "util/i18n.h"

#include <iostream>
#include <string>

namespace autodiag::cli {

// What every subcommand needs to talk to the user.
struct Context {
  Lang lang = Lang::fr;
  bool color = false;     // stdout is a terminal and NO_COLOR is unset
  bool utf8 = true;       // the locale is UTF-8: Unicode block characters for bars
  Charset charset = Charset::utf8;  // what stdout shows, when it is a terminal
  bool plain = false;     // TERM=dumb: no bars, scores said in words
  size_t columns = 0;     // width of the terminal on stdout; 0 when it is not one
  std::ostream& out = std::cout;
  std::ostream& err = std::cerr;
  int exit_code = 0;

  std::string_view tr(std::string_view fr, std::string_view en) const { return autodiag::tr(lang, fr, en); }
};

// Columns to lay text out in on stdout: the terminal's, one spare, at most
// 78; 0 (no wrapping) when stdout is not a terminal.
size_t text_width(const Context& context);

// Writes `text` to stdout laid out for the terminal, broken between words;
// continuation lines are indented `hang` columns more than their line.
void print_laid_out(const std::string& text, Context& context, size_t hang = 2);

// Prints diagnostics to stderr, sorted by position.
void print_diagnostics(const Diagnostics& diagnostics, Context& context);

}  // namespace autodiag::cli
