#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace autodiag {

inline constexpr size_t max_input_bytes = size_t{64} << 20;

// Reads a whole file ("-" is stdin). Throws Failure: no_input when it cannot,
// data_error beyond max_input_bytes.
std::string read_input(const std::string& path);

// Replaces `path` atomically: writes a temporary file in the same directory,
// flushes it to disk, then renames it over the target, so that readers and
// crashes only ever see the old or the new content. "-" writes to stdout.
// Throws Failure(cannot_write).
void write_atomically(const std::string& path, std::string_view content);

}  // namespace autodiag
