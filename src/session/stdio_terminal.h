#pragma once

#include "session/terminal.h"

namespace autodiag::session {

// stdin and stdout through read(2) and write(2), so that a signal handler
// installed without SA_RESTART interrupts a blocked read (see signals.h).
class StdioTerminal : public Terminal {
 public:
  std::optional<std::string> read_line() override;
  void write(std::string_view text) override;
  bool interactive() const override;
  size_t columns() const override;

 private:
  std::string m_buffer;
  bool m_end = false;
};

}  // namespace autodiag::session
