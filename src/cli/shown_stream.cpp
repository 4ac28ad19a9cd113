#include "cli/shown_stream.h"

#include "util/escape.h"

namespace autodiag::cli {

std::string ShownBuffer::shown(std::string_view text) const {
  return encode_for_terminal(show_controls(text), m_charset);
}

ShownBuffer::int_type ShownBuffer::overflow(int_type c) {
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  m_pending += traits_type::to_char_type(c);
  if (m_pending.back() == '\n') pass_lines();
  return c;
}

std::streamsize ShownBuffer::xsputn(const char* s, std::streamsize n) {
  m_pending.append(s, static_cast<size_t>(n));
  pass_lines();
  return n;
}

void ShownBuffer::pass_lines() {
  size_t end = m_pending.rfind('\n');
  if (end == std::string::npos) return;
  std::string text = shown(std::string_view(m_pending).substr(0, end + 1));
  m_target->sputn(text.data(), static_cast<std::streamsize>(text.size()));
  m_pending.erase(0, end + 1);
}

int ShownBuffer::sync() {
  if (!m_pending.empty()) {
    std::string text = shown(m_pending);
    m_target->sputn(text.data(), static_cast<std::streamsize>(text.size()));
    m_pending.clear();
  }
  return m_target->pubsync();
}

}  // namespace autodiag::cli
