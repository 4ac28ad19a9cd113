#pragma once

#include "session/terminal.h"

#include <string>
#include <vector>

namespace autodiag::session {

// A terminal that replays prepared lines and records what was written: the
// question loop is tested through it, without a TTY. After the last line,
// read_line() reports end of input.
class ScriptedTerminal : public Terminal {
 public:
  explicit ScriptedTerminal(std::vector<std::string> lines, bool interactive = true, size_t columns = 0)
      : m_lines(std::move(lines)), m_interactive(interactive), m_columns(columns) {}

  std::optional<std::string> read_line() override;
  void write(std::string_view text) override { m_output.append(text); }
  bool interactive() const override { return m_interactive; }
  size_t columns() const override { return m_columns; }
  Charset charset() const override { return m_charset; }
  void set_charset(Charset charset) { m_charset = charset; }

  const std::string& output() const { return m_output; }

 private:
  std::vector<std::string> m_lines;
  size_t m_next = 0;
  bool m_interactive;
  size_t m_columns;
  Charset m_charset = Charset::utf8;
  std::string m_output;
};

}  // namespace autodiag::session
