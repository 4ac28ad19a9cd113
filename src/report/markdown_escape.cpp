#include "report/markdown_escape.h"

#include <cctype>

namespace autodiag::report {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// One line, single spaces, no leading or trailing blanks: a table row must
// stay on one line, and two trailing spaces would be a hard line break.
std::string flatten(std::string_view text) {
  std::string out;
  bool pending_space = false;
  for (char c : text) {
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    out += c;
  }
  return out;
}

bool is_inline_special(char c) {
  switch (c) {
    case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
    case '|': case '&': case '~':
      return true;
    default:
      return false;
  }
}

// "- ", "+ " or a lone "-" at the start of a line would open a list; a text
// of only "-", "=" and spaces could underline the line above as a heading or
// draw a rule. "-5" or "+11" stay as they are.
bool opens_block(const std::string& text) {
  if (text.empty() || (text[0] != '-' && text[0] != '+' && text[0] != '=')) return false;
  if (text.size() == 1 || text[1] == ' ') return true;
  return text.find_first_not_of(std::string(1, text[0]) + " ") == std::string::npos;
}

// "12. " or "3) " at the start of a line would open an ordered list.
size_t ordered_list_marker(const std::string& text) {
  size_t i = 0;
  while (i < text.size() && i < 9 && std::isdigit(static_cast<unsigned char>(text[i]))) ++i;
  if (i == 0 || i >= text.size() || (text[i] != '.' && text[i] != ')')) return std::string::npos;
  if (i + 1 < text.size() && text[i + 1] != ' ') return std::string::npos;
  return i;
}

}  // namespace

std::string markdown_escape(std::string_view text) {
  std::string flat = flatten(text);
  std::string out;
  out.reserve(flat.size() + 8);
  size_t marker = ordered_list_marker(flat);
  for (size_t i = 0; i < flat.size(); ++i) {
    char c = flat[i];
    bool block_start = i == 0 && (c == '#' || opens_block(flat));
    if (block_start || i == marker || is_inline_special(c)) out += '\\';
    out += c;
  }
  return out;
}

}  // namespace autodiag::report
