#pragma once

#include "util/charset.h"

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace autodiag::session {

// The longest line a session takes as an answer or comment. With every
// question answered at this length a response stays well under the YAML
// reader's 32 MiB, so that it can always be read back.
inline constexpr size_t max_line_bytes = 64 * 1024;

// What the question loop needs from the person answering: the real terminal
// (stdio_terminal.h) or a scripted fake for tests (scripted_terminal.h).
class Terminal {
 public:
  virtual ~Terminal() = default;

  // One line without its end-of-line; nullopt at end of input or when a
  // stop signal interrupted the read.
  virtual std::optional<std::string> read_line() = 0;
  virtual void write(std::string_view text) = 0;
  // A person at a keyboard (stdin is a terminal), not a script.
  virtual bool interactive() const = 0;
  // Width of the display in columns; 0 when unknown.
  virtual size_t columns() const { return 0; }
  // What the display can show: the session's texts are transliterated to it
  // before they are laid out, so that the width is measured on what is shown.
  virtual Charset charset() const { return Charset::utf8; }
};

}  // namespace autodiag::session
