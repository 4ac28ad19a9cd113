#include "util/i18n.h"

#include <cstdlib>

namespace autodiag {

std::string_view lang_code(Lang lang) { return lang == Lang::en ? "en" : "fr"; }

bool parse_lang(std::string_view text, Lang& out) {
  if (text.starts_with("en")) {
    out = Lang::en;
    return true;
  }
  if (text.starts_with("fr")) {
    out = Lang::fr;
    return true;
  }
  return false;
}

Lang detect_lang(std::string_view from_option) {
  Lang lang = Lang::fr;
  if (parse_lang(from_option, lang)) return lang;
  for (const char* name : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* value = std::getenv(name);
    if (value != nullptr && *value != '\0') {
      return parse_lang(value, lang) ? lang : Lang::fr;
    }
  }
  return Lang::fr;
}

}  // namespace autodiag
