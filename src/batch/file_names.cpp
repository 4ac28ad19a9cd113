#include "batch/file_names.h"

#include <array>
#include <cstdint>

namespace autodiag::batch {

namespace {

// ASCII spelling of the Latin-1 letters U+00C0..U+00FF (lower-cased).
constexpr std::array<const char*, 64> latin1 = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0..CF
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0..DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0..EF
    "d", "n", "o", "o", "o", "o", "o", "",  "o", "u", "u", "u", "u", "y", "th", "y"};  // F0..FF

// Decodes one UTF-8 sequence at `i` (advancing it); invalid bytes give 0.
std::uint32_t next_code_point(std::string_view text, size_t& i) {
  auto c = static_cast<unsigned char>(text[i++]);
  if (c < 0x80) return c;
  size_t extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  std::uint32_t code = c & (0x3F >> extra);
  for (size_t k = 0; k < extra; ++k) {
    if (i >= text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (static_cast<unsigned char>(text[i++]) & 0x3F);
  }
  return extra == 0 ? 0 : code;
}

std::string ascii_of(std::uint32_t code) {
  if (code < 0x80) {
    char c = static_cast<char>(code);
    if (c >= 'A' && c <= 'Z') return std::string(1, static_cast<char>(c + 32));
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) return std::string(1, c);
    return "-";
  }
  if (code >= 0xC0 && code <= 0xFF) {
    std::string s = latin1[code - 0xC0];
    return s.empty() ? "-" : s;
  }
  switch (code) {
    case 0x152: case 0x153: return "oe";  // Œ œ
    case 0x160: case 0x161: return "s";   // Š š
    case 0x17D: case 0x17E: return "z";   // Ž ž
    case 0x178: return "y";               // Ÿ
    default: return "-";
  }
}

bool is_reserved(const std::string& stem) {
  // Device names that Windows refuses as file names, whatever the extension.
  static const std::set<std::string> reserved = {"con", "prn", "aux", "nul", "com1", "com2", "com3", "com4",
                                                 "com5", "com6", "com7", "com8", "com9", "lpt1", "lpt2", "lpt3",
                                                 "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9"};
  return reserved.contains(stem);
}

}  // namespace

std::string slug(std::string_view name, std::string_view fallback, size_t max_length) {
  std::string out;
  for (size_t i = 0; i < name.size();) {
    for (char c : ascii_of(next_code_point(name, i))) {
      if (c == '-' && (out.empty() || out.back() == '-')) continue;
      out += c;
    }
  }
  if (out.size() > max_length) {
    out.resize(max_length);
    if (size_t hyphen = out.rfind('-'); hyphen != std::string::npos && hyphen >= max_length / 2) out.resize(hyphen);
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.empty()) return std::string(fallback);
  if (is_reserved(out)) out += "-org";
  return out;
}

std::string UniqueNames::take(const std::string& stem) {
  std::string name = stem;
  for (int n = 2; m_taken.contains(name); ++n) name = stem + "-" + std::to_string(n);
  m_taken.insert(name);
  return name;
}

}  // namespace autodiag::batch
