#pragma once

#include <string>
#include <string_view>

namespace autodiag {

// Columns a UTF-8 string takes in a terminal (one per code point: enough for
// the Latin scripts of the questionnaires).
size_t display_width(std::string_view text);

// Pads with spaces to `width` columns, or cuts and ends with "…".
std::string fit(std::string_view text, size_t width);

}  // namespace autodiag
