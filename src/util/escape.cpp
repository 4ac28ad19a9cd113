#include "util/escape.h"

#include "util/utf8.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

namespace autodiag {

namespace {

char32_t decode(std::string_view text, size_t i, size_t length) {
  auto byte = [&](size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(text[i + k])); };
  switch (length) {
    case 1: return byte(0);
    case 2: return ((byte(0) & 0x1F) << 6) | (byte(1) & 0x3F);
    case 3: return ((byte(0) & 0x0F) << 12) | ((byte(1) & 0x3F) << 6) | (byte(2) & 0x3F);
    default: return ((byte(0) & 0x07) << 18) | ((byte(1) & 0x3F) << 12) | ((byte(2) & 0x3F) << 6) | (byte(3) & 0x3F);
  }
}

// Characters a reader cannot see, or that change how the text around them
// is shown.
bool is_hidden(char32_t c) {
  return (c >= 0x80 && c <= 0x9F)                      // C1 controls (CSI, OSC in 8-bit form)
         || c == 0x061C                                // Arabic letter mark
         || c == 0x180E                                // Mongolian vowel separator
         || (c >= 0x200B && c <= 0x200F)               // zero-width space, joiners, LRM, RLM
         || (c >= 0x2028 && c <= 0x202E)               // line and paragraph separators, embeddings, overrides
         || (c >= 0x2060 && c <= 0x2069)               // word joiner, invisible operators, isolates
         || c == 0xFEFF                                // zero-width no-break space
         || (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;  // noncharacters (XML forbids U+FFFE, U+FFFF)
}

enum class Lines { keep, show };

std::string visible(std::string_view text, Lines lines) {
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      out += fmt::format("\\x{:02x}", b);
      ++i;
      continue;
    }
    char32_t c = decode(text, i, length);
    if (c == '\n' || c == '\r') {
      if (lines == Lines::show) {
        out += c == '\n' ? "\\n" : "\\r";
      } else {
        out += static_cast<char>(c);
      }
    } else if ((c < 0x20 && c != '\t') || c == 0x7F) {
      out += fmt::format("\\x{:02x}", static_cast<unsigned>(c));
    } else if (is_hidden(c)) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
    } else {
      out.append(text, i, length);
    }
    i += length;
  }
  return out;
}

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

// Calls `hidden(position, length, character)` for each character that
// hidden_as_escapes escapes.
template <typename Hidden>
void for_each_hidden(std::string_view text, Hidden hidden) {
  for (size_t i = 0; i < text.size();) {
    size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      ++i;
      continue;
    }
    char32_t c = decode(text, i, length);
    if (length > 1 && c <= 0xFFFF && is_hidden(c)) hidden(i, length, c);
    i += length;
  }
}

}  // namespace

bool is_web_address(std::string_view url) {
  if (!url.starts_with("https://") && !url.starts_with("http://")) return false;
  return std::none_of(url.begin(), url.end(), [](char c) {
    return static_cast<unsigned char>(c) <= ' ' || c == 0x7F || c == '<' || c == '>' || c == '\\' || c == '`';
  });
}

std::string hidden_as_escapes(std::string_view document) {
  std::string out;
  size_t copied = 0;
  for_each_hidden(document, [&](size_t at, size_t length, char32_t c) {
    out.append(document, copied, at - copied);
    out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
    copied = at + length;
  });
  if (copied == 0) return std::string(document);
  out.append(document, copied);
  return out;
}

bool has_hidden(std::string_view text) {
  bool found = false;
  for_each_hidden(text, [&](size_t, size_t, char32_t) { found = true; });
  return found;
}

std::string show_controls(std::string_view text) { return visible(text, Lines::keep); }

std::string one_line(std::string_view text) { return visible(text, Lines::show); }

std::string markdown_escape(std::string_view text) {
  std::string flat = flatten(visible(text, Lines::keep));
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

std::string xml_escape(std::string_view text) {
  std::string out;
  for (char c : visible(text, Lines::keep)) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string csv_cell_text(std::string_view text) {
  std::string out = visible(text, Lines::keep);
  if (!out.empty() && std::string_view("=+-@\t\r\n").find(out[0]) != std::string_view::npos) out.insert(0, 1, '\'');
  return out;
}

}  // namespace autodiag
