#pragma once

#include <set>
#include <string>
#include <string_view>

namespace autodiag::batch {

// A readable file name stem for an organisation: accents transliterated
// (é → e, œ → oe, ß → ss), other characters outside a–z and 0–9 turned into
// single hyphens, lower case, at most `max_length` bytes cut at a hyphen when
// possible; `fallback` when nothing is left. Never contains '/', '\\' or "..".
std::string slug(std::string_view name, std::string_view fallback, size_t max_length = 60);

// Hands out unique stems in the order asked: the second "x" becomes "x-2",
// then "x-3", and so on. Stems from slug() are lower case, so names that
// differ only in case collide here too, as they would on macOS and Windows.
class UniqueNames {
 public:
  std::string take(const std::string& stem);

 private:
  std::set<std::string> m_taken;
};

}  // namespace autodiag::batch
