#pragma once

#include <fmt/format.h>

#include <string>
#include <string_view>

namespace autodiag {

// Interface language. French first: most users are French organisations.
enum class Lang { fr, en };

std::string_view lang_code(Lang lang);
// Accepts "fr", "en", and locale names such as "en_GB.UTF-8".
bool parse_lang(std::string_view text, Lang& out);
// --lang wins, then LC_ALL, LC_MESSAGES, LANG; French otherwise.
Lang detect_lang(std::string_view from_option);

// A message carried in both interface languages, so that library code can
// report problems without knowing which language the user reads.
struct Message {
  std::string fr;
  std::string en;
  const std::string& in(Lang lang) const { return lang == Lang::en ? en : fr; }
};

template <typename... Args>
Message msg(fmt::format_string<Args...> fr, fmt::format_string<Args...> en, Args&&... args) {
  return Message{fmt::vformat(fr, fmt::make_format_args(args...)), fmt::vformat(en, fmt::make_format_args(args...))};
}

inline std::string_view tr(Lang lang, std::string_view fr, std::string_view en) {
  return lang == Lang::en ? en : fr;
}

}  // namespace autodiag
