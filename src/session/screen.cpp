#include "session/screen.h"

#include "util/text_width.h"

#include <string>

namespace autodiag::session {

namespace {

constexpr size_t widest = 78;

std::string wrap(std::string_view text, size_t wrap_width) {
  std::string out;
  size_t column = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(start, end - start);
    size_t width = display_width(word);
    if (column > 0 && column + 1 + width > wrap_width) {
      out += '\n';
      column = 0;
    } else if (column > 0) {
      out += ' ';
      ++column;
    }
    out += word;
    column += width;
    if (word.find('\n') != std::string_view::npos) column = display_width(word.substr(word.rfind('\n') + 1));
    start = end + 1;
  }
  return out;
}

}  // namespace

size_t Screen::width() const {
  // One column spare: some terminals move to the next line on the last one.
  size_t columns = m_terminal.columns();
  return columns > 20 && columns - 1 < widest ? columns - 1 : widest;
}

void Screen::paragraph(std::string_view text) { line(m_plain ? std::string(text) : wrap(text, width())); }

void Screen::item(std::string_view text) {
  constexpr std::string_view indent = "     ";
  if (m_plain) return line(std::string("  ") + std::string(text));
  std::string wrapped = wrap(text, width() - indent.size());
  std::string out = "  ";
  for (char c : wrapped) {
    out += c;
    if (c == '\n') out += indent;
  }
  line(out);
}

void Screen::line(std::string_view text) {
  m_terminal.write(text);
  m_terminal.write("\n");
}

void Screen::styled(std::string_view style, std::string_view text) {
  std::string body = m_plain ? std::string(text) : wrap(text, width());
  if (!m_color) return line(body);
  m_terminal.write(style);
  m_terminal.write(body);
  m_terminal.write("\x1b[0m\n");
}

void Screen::title(std::string_view text) { styled("\x1b[1m", text); }

void Screen::hint(std::string_view text) { styled("\x1b[2m", text); }

void Screen::problem(std::string_view text) { styled("\x1b[1;31m", std::string("! ") + std::string(text)); }

void Screen::rule() {
  if (m_plain) return;
  std::string bar;
  for (size_t i = 0; i < width(); ++i) bar += m_utf8 ? "─" : "-";
  line(bar);
}

void Screen::prompt() { m_terminal.write("> "); }

}  // namespace autodiag::session
