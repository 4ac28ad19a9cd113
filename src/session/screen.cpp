#include "session/screen.h"

#include "util/escape.h"
#include "util/wrap.h"

#include <algorithm>
#include <string>

namespace autodiag::session {

namespace {

constexpr size_t widest = 78;

}  // namespace

size_t Screen::width() const {
  size_t columns = m_terminal.columns();
  // Unknown width: a pipe or a file. Plain mode leaves the lines whole for
  // whatever reads them; otherwise a classic 80-column layout.
  if (columns == 0) return m_plain ? 0 : widest;
  // One column spare: some terminals move to the next line on the last one.
  return std::clamp<size_t>(columns - 1, 20, widest);
}

std::string Screen::shown(std::string_view text) const { return transliterate(text, m_terminal.charset()); }

void Screen::paragraph(std::string_view text) { line(text); }

void Screen::unbroken(std::string_view text) {
  m_terminal.write(show_controls(shown(text)));
  m_terminal.write("\n");
}

void Screen::item(std::string_view text) {
  // Continuation lines start under the text, after "1. " or "- ".
  size_t marker = text.find(' ');
  size_t hang = marker != std::string_view::npos && marker <= 4 ? marker + 1 : 0;
  m_terminal.write(show_controls(wrap_text(shown("  " + std::string(text)), width(), hang)));
  m_terminal.write("\n");
}

// Texts come from the questionnaire and from the response being resumed:
// shown so that they cannot command the terminal (util/escape.h).
void Screen::line(std::string_view text) {
  m_terminal.write(show_controls(wrap_text(shown(text), width())));
  m_terminal.write("\n");
}

std::string Screen::laid_out(std::string_view text) const { return show_controls(wrap_text(shown(text), width())); }

void Screen::styled(std::string_view style, std::string_view text) { write_styled(style, laid_out(text)); }

void Screen::write_styled(std::string_view style, std::string_view body) {
  if (!m_color) {
    m_terminal.write(body);
    m_terminal.write("\n");
    return;
  }
  m_terminal.write(style);
  m_terminal.write(body);
  m_terminal.write("\x1b[0m\n");
}

void Screen::title(std::string_view text) { styled("\x1b[1m", text); }

void Screen::hint(std::string_view text) { styled("\x1b[2m", text); }

void Screen::commands(std::string_view text) {
  // The no-break spaces only held each command together through the layout:
  // a screen reader or a copy gets ordinary spaces.
  std::string body = laid_out(text);
  for (size_t at = body.find("\u00a0"); at != std::string::npos; at = body.find("\u00a0", at)) body.replace(at, 2, " ");
  write_styled("\x1b[2m", body);
}

void Screen::problem(std::string_view text) { styled("\x1b[1;31m", std::string("! ") + std::string(text)); }

void Screen::rule() {
  if (m_plain) return;
  std::string bar;
  for (size_t i = 0; i < std::max<size_t>(width(), 20); ++i) bar += m_utf8 ? "─" : "-";
  m_terminal.write(bar);
  m_terminal.write("\n");
}

void Screen::prompt() { m_terminal.write("> "); }

}  // namespace autodiag::session
