#include "util/charset.h"

#include "util/utf8.h"

#include <array>
#include <cctype>
#include <cstdlib>
#include <string>

namespace autodiag {

namespace {

bool contains(std::string_view text, std::string_view part) {
  for (size_t i = 0; i + part.size() <= text.size(); ++i) {
    bool same = true;
    for (size_t j = 0; j < part.size() && same; ++j) {
      same = std::tolower(static_cast<unsigned char>(text[i + j])) == part[j];
    }
    if (same) return true;
  }
  return false;
}

// ASCII spellings of U+00A0 to U+00FF.
constexpr std::array<std::string_view, 96> latin1_in_ascii = {
    " ", "!", "c", "GBP", "?", "JPY", "|", "S", "\"", "(c)", "a", "\"", "-", "", "(R)", "-",
    "o", "+/-", "2", "3", "'", "u", "P", "|", ",", "1", "o", "\"", "1/4", "1/2", "3/4", "?",
    "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
    "D", "N", "O", "O", "O", "O", "O", "x", "O", "U", "U", "U", "U", "Y", "Th", "ss",
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
    "d", "n", "o", "o", "o", "o", "o", "/", "o", "u", "u", "u", "u", "y", "th", "y"};

// Characters beyond Latin-1 that the tool's texts and questionnaires use.
std::string_view beyond_latin1(char32_t c) {
  switch (c) {
    case U'\u0152': return "OE";
    case U'\u0153': return "oe";
    case U'\u0178': return "Y";
    case U'\u2009':
    case U'\u200A': return " ";
    case U'\u2010':
    case U'\u2011':
    case U'\u2012':
    case U'\u2013':
    case U'\u2014':
    case U'\u2212': return "-";
    case U'\u2018':
    case U'\u2019':
    case U'\u201A': return "'";
    case U'\u201C':
    case U'\u201D':
    case U'\u201E': return "\"";
    case U'\u2022':
    case U'\u25CF': return "*";
    case U'\u2026': return "...";
    case U'\u20AC': return "EUR";
    case U'\u2190': return "<-";
    case U'\u2192': return "->";
    case U'\u2260': return "!=";
    case U'\u2264': return "<=";
    case U'\u2265': return ">=";
    case U'\u2713':
    case U'\u2714': return "v";
    case U'\u2500':
    case U'\u2501': return "-";
    case U'\u2502': return "|";
    case U'\u2591': return ".";
    case U'\u2592': return ":";
    default: break;
  }
  if (c >= U'\u2588' && c <= U'\u258F') return "#";  // full and partial blocks of the bars
  if (c == U'\u2593') return "#";
  return "?";
}

char32_t decode(std::string_view text, size_t i, size_t length) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(text[i + k]); };
  if (length == 1) return byte(0);
  if (length == 2) return (char32_t{byte(0)} & 0x1F) << 6 | (byte(1) & 0x3F);
  if (length == 3) return (char32_t{byte(0)} & 0x0F) << 12 | (char32_t{byte(1)} & 0x3F) << 6 | (byte(2) & 0x3F);
  return (char32_t{byte(0)} & 0x07) << 18 | (char32_t{byte(1)} & 0x3F) << 12 | (char32_t{byte(2)} & 0x3F) << 6 |
         (byte(3) & 0x3F);
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

}  // namespace

Charset locale_charset() {
  for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
    const char* value = std::getenv(name);
    if (value == nullptr || *value == '\0') continue;
    std::string_view v = value;
    if (contains(v, "utf-8") || contains(v, "utf8")) return Charset::utf8;
    if (contains(v, "8859-1") || contains(v, "88591") || contains(v, "latin1") || contains(v, "latin-1") ||
        contains(v, "@euro")) {
      return Charset::latin1;
    }
    return Charset::ascii;
  }
  return Charset::ascii;
}

std::string transliterate(std::string_view text, Charset charset) {
  if (charset == Charset::utf8) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t length = utf8_sequence_length(text, i);
    if (length == 0) {  // not UTF-8: passed on as it is, show_controls deals with it
      out += text[i++];
      continue;
    }
    char32_t c = decode(text, i, length);
    // French quotes take spaces inside them, English ones do not: « oui »
    // becomes "oui".
    if (charset == Charset::ascii && (c == U'\u00AB' || c == U'\u00BB')) {
      if (c == U'\u00BB' && !out.empty() && out.back() == ' ') out.pop_back();
      out += '"';
      i += length;
      if (c == U'\u00AB') {
        for (std::string_view space : {" ", "\u00A0", "\u202F"}) {
          if (text.substr(i).starts_with(space)) {
            i += space.size();
            break;
          }
        }
      }
      continue;
    }
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c == U'\u00A0' || c == U'\u202F') {
      out += "\u00A0";  // kept through the layout, a space once encoded
    } else if (c >= 0xA0 && c <= 0xFF) {
      if (charset == Charset::latin1) {
        out.append(text.substr(i, length));
      } else {
        out += latin1_in_ascii[c - 0xA0];
      }
    } else {
      out += beyond_latin1(c);
    }
    i += length;
  }
  return out;
}

std::string encode_for_terminal(std::string_view text, Charset charset) {
  std::string shown = transliterate(text, charset);
  if (charset == Charset::ascii) {
    std::string spaced;
    for (size_t i = 0; i < shown.size(); ++i) {
      bool no_break = shown.compare(i, 2, "\u00A0") == 0;
      spaced += no_break ? ' ' : shown[i];
      i += no_break ? 1 : 0;
    }
    return spaced;
  }
  if (charset != Charset::latin1) return shown;
  std::string out;
  out.reserve(shown.size());
  for (size_t i = 0; i < shown.size();) {
    size_t length = utf8_sequence_length(shown, i);
    if (length == 2) {
      out += static_cast<char>(decode(shown, i, 2));
      i += 2;
    } else {
      out += shown[i++];
    }
  }
  return out;
}

std::string decode_from_terminal(std::string_view bytes, Charset charset) {
  if (charset != Charset::latin1 || is_utf8(bytes)) return std::string(bytes);
  std::string out;
  for (char b : bytes) append_utf8(out, static_cast<unsigned char>(b));
  return out;
}

}  // namespace autodiag
