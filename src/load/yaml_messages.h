#pragma once

#include "util/i18n.h"

#include <string>
#include <string_view>

namespace autodiag::load {

// yaml-cpp's syntax error (its English, parser-oriented wording: "illegal map
// value") said for the person who edited the file, in both languages, with
// the usual cause and what to check. Unknown messages keep yaml-cpp's words.
// `line` is the text of the line where yaml-cpp stopped: a tab in its
// indentation is the cause whatever yaml-cpp says ("illegal map value").
Message yaml_syntax_message(const std::string& yaml_cpp_message, std::string_view line);

}  // namespace autodiag::load
