#include "session/stdio_terminal.h"

#include "session/signals.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>

namespace autodiag::session {

std::optional<std::string> StdioTerminal::read_line() {
  while (true) {
    if (size_t end = m_buffer.find('\n'); end != std::string::npos) {
      std::string line = m_buffer.substr(0, end);
      m_buffer.erase(0, end + 1);
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return decode_from_terminal(line, m_charset);
    }
    if (m_end || !wait_for_input(STDIN_FILENO)) break;
    char chunk[4096];
    ssize_t got = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (got < 0 && errno == EINTR) continue;  // the loop above checks the stop flag
    if (got <= 0) {
      m_end = true;
      continue;
    }
    m_buffer.append(chunk, static_cast<size_t>(got));
    // An endless line (a pasted file, /dev/zero) must not fill the memory:
    // its start is kept, too long to be taken (max_line_bytes), the rest
    // dropped up to the next line end.
    if (m_buffer.find('\n') == std::string::npos && m_buffer.size() > 2 * max_line_bytes) {
      m_buffer.resize(max_line_bytes + 1);
    }
  }
  // A last line without its newline still counts, unless we are stopping.
  if (m_end && !m_buffer.empty() && stop_signal() == 0) {
    std::string line;
    line.swap(m_buffer);
    return decode_from_terminal(line, m_charset);
  }
  return std::nullopt;
}

void StdioTerminal::write(std::string_view utf8_text) {
  std::string encoded = encode_for_terminal(utf8_text, m_charset);
  std::string_view text = encoded;
  while (!text.empty()) {
    ssize_t done = ::write(STDOUT_FILENO, text.data(), text.size());
    if (done < 0 && errno == EINTR) continue;
    if (done <= 0) return;  // stdout closed: nothing sensible left to do with the text
    text.remove_prefix(static_cast<size_t>(done));
  }
}

bool StdioTerminal::interactive() const { return ::isatty(STDIN_FILENO) != 0; }

size_t StdioTerminal::columns() const {
  struct winsize size {};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) return 0;
  return size.ws_col;
}

}  // namespace autodiag::session
