#pragma once

#include "session/terminal.h"

namespace autodiag::session {

// stdin and stdout through read(2) and write(2), so that a signal handler
// installed without SA_RESTART interrupts a blocked read (see signals.h).
class StdioTerminal : public Terminal {
 public:
  // `charset`: what the terminal shows (locale_charset()); the text written
  // is encoded for it and the lines read decoded from it.
  explicit StdioTerminal(Charset charset = Charset::utf8) : m_charset(charset) {}

  std::optional<std::string> read_line() override;
  void write(std::string_view text) override;
  bool interactive() const override;
  size_t columns() const override;
  Charset charset() const override { return m_charset; }

 private:
  std::string m_buffer;
  bool m_end = false;
  Charset m_charset;
};

}  // namespace autodiag::session
