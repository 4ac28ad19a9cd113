#pragma once

#include "session/terminal.h"

#include <string_view>

namespace autodiag::session {

// How the session looks. Every line is laid out for the terminal's width,
// broken between words only. Plain mode (--plain, TERM=dumb, or output that
// is not a terminal) writes bare lines: no colour, no box drawing, so that a
// screen reader reads each prompt as it comes; it wraps only when the width
// is known. Otherwise sections are separated by a rule, and colour, when
// allowed, only underlines what the words already say.
class Screen {
 public:
  Screen(Terminal& terminal, bool plain, bool color, bool utf8 = true)
      : m_terminal(terminal), m_plain(plain), m_color(color && !plain), m_utf8(utf8) {}

  void paragraph(std::string_view text);  // wrapped, then a new line
  void line(std::string_view text = {});  // wrapped too (a short line stays as is), then a new line
  void item(std::string_view text);       // "1. text" or "- text", indented; wrapped lines start under the text
  // A command to copy: never broken, so that a copy is the whole command (a
  // terminal folds a line too long without adding a line break).
  void unbroken(std::string_view text);
  void title(std::string_view text);      // bold in colour
  void hint(std::string_view text);       // dimmed in colour
  // A hint listing commands ("? aide ; g aller à ; q enregistrer et
  // quitter"): no-break spaces join each command's key to its words, so that
  // a line ends between commands only; they are sent as spaces.
  void commands(std::string_view text);
  void problem(std::string_view text);    // starts with "!" so that it is seen without colour
  void rule();                            // a separator line, not in plain mode
  void prompt();                          // "> " where the answer is typed

  Terminal& terminal() { return m_terminal; }
  // Columns to lay text out in; 0 when it is not to be wrapped.
  size_t width() const;
  bool plain() const { return m_plain; }

 private:
  void styled(std::string_view style, std::string_view text);
  void write_styled(std::string_view style, std::string_view body);
  // `text` wrapped for the width, in the terminal's characters, made inert.
  std::string laid_out(std::string_view text) const;

  Terminal& m_terminal;
  // `text` in what the terminal shows, measured before it is wrapped.
  std::string shown(std::string_view text) const;

  bool m_plain;
  bool m_color;
  bool m_utf8;
};

}  // namespace autodiag::session
