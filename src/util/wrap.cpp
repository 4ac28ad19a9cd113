#include "util/wrap.h"

#include "util/text_width.h"

#include <vector>

namespace autodiag {

namespace {

bool sticks_to_previous(std::string_view word) {
  return word == "?" || word == ":" || word == ";" || word == "!" || word == "»" || word.starts_with("»") ||
         word == "·" || word == "|";
}

// The units that a line may not be broken inside: words, with French
// punctuation glued to its neighbour.
std::vector<std::string> units(std::string_view line) {
  std::vector<std::string> out;
  bool glue_next = false;
  size_t start = 0;
  while (start < line.size()) {
    size_t end = line.find(' ', start);
    if (end == std::string_view::npos) end = line.size();
    std::string_view word = line.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    if (!out.empty() && (glue_next || sticks_to_previous(word))) {
      out.back() += ' ';
      out.back() += word;
    } else {
      out.emplace_back(word);
    }
    glue_next = word == "«";
  }
  return out;
}

}  // namespace

std::string wrap_text(std::string_view text, size_t width, size_t hang) {
  if (width == 0) return std::string(text);
  std::string out;
  size_t begin = 0;
  while (begin <= text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    size_t lead = line.find_first_not_of(' ');
    if (lead == std::string_view::npos) lead = 0;
    std::string indent(lead, ' ');
    std::string continuation(lead + hang, ' ');
    out += indent;
    size_t column = lead;
    bool first = true;
    for (const std::string& unit : units(line)) {
      size_t unit_width = display_width(unit);
      if (!first && column + 1 + unit_width > width) {
        out += '\n';
        out += continuation;
        column = continuation.size();
      } else if (!first) {
        out += ' ';
        ++column;
      }
      out += unit;
      column += unit_width;
      first = false;
    }
    if (end == text.size()) break;
    out += '\n';
    begin = end + 1;
  }
  return out;
}

}  // namespace autodiag
