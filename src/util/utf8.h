#pragma once

#include <cstddef>
#include <string_view>

namespace autodiag {

// Length in bytes of the well-formed UTF-8 sequence starting at text[i]
// (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF), or 0
// when the bytes there are not one. Other libraries (JSON output) reject such
// bytes later otherwise.
size_t utf8_sequence_length(std::string_view text, size_t i);

bool is_utf8(std::string_view text);

}  // namespace autodiag
