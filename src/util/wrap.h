#pragma once

#include <string>
#include <string_view>

namespace autodiag {

// Lays `text` out in lines of at most `width` columns, breaking only between
// words: a word longer than the line (a file name, a command) gets a line of
// its own and is never cut. French punctuation that follows a space ("?",
// ":", ";", "!", "»", and the "·" or "|" between commands) stays with the word
// before it, and "«" with the word after, as a non-breaking space would
// keep them. Each line of `text` keeps
// its leading spaces; its continuation lines are indented by `hang` columns
// more than that (for "1. " lists). A width of 0 leaves the text as it is.
std::string wrap_text(std::string_view text, size_t width, size_t hang = 0);

}  // namespace autodiag
