#pragma once

#include "util/i18n.h"

#include <fmt/format.h>

#include <cstddef>
#include <string>
#include <string_view>

namespace autodiag {

// A noun in its singular and plural forms.
struct Noun {
  std::string_view one;
  std::string_view many;
};

// "0 erreur", "1 erreur", "2 erreurs"; "0 errors", "1 error", "2 errors":
// French takes the singular for 0 and 1, English for 1 only.
inline std::string count_of(size_t n, Lang lang, Noun fr, Noun en) {
  bool one = lang == Lang::fr ? n <= 1 : n == 1;
  const Noun& noun = lang == Lang::fr ? fr : en;
  return fmt::format("{} {}", n, one ? noun.one : noun.many);
}

}  // namespace autodiag
