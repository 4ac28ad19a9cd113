#include "util/text_width.h"

namespace autodiag {

size_t display_width(std::string_view text) {
  size_t width = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++width;
  }
  return width;
}

std::string fit(std::string_view text, size_t width) {
  size_t current = display_width(text);
  if (current <= width) return std::string(text) + std::string(width - current, ' ');
  std::string out;
  size_t columns = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    bool starts_char = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (starts_char && ++columns > width - 1) break;
    out += text[i];
  }
  return out + "…";
}

}  // namespace autodiag
