#include "session/scripted_terminal.h"

namespace autodiag::session {

std::optional<std::string> ScriptedTerminal::read_line() {
  if (m_next >= m_lines.size()) return std::nullopt;
  return m_lines[m_next++];
}

}  // namespace autodiag::session
