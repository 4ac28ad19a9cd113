#include "batch/progress.h"

#include <fmt/format.h>

namespace autodiag::batch {

Progress::Progress(std::ostream& out, bool enabled, bool french) : m_out(out), m_enabled(enabled), m_french(french) {}

void Progress::start(size_t total) {
  m_total = total;
  m_start = std::chrono::steady_clock::now();
  m_last = m_start;
}

void Progress::update(size_t done) {
  if (!m_enabled) return;
  auto now = std::chrono::steady_clock::now();
  if (done < m_total && now - m_last < std::chrono::milliseconds(200)) return;
  m_last = now;
  double seconds = std::chrono::duration<double>(now - m_start).count();
  double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
  auto left = static_cast<long>(rate > 0 ? static_cast<double>(m_total - done) / rate + 0.5 : 0);
  auto format = m_french ? fmt::runtime("\r{}/{} fichiers · {:.0f}/s · reste {}:{:02d} ")
                         : fmt::runtime("\r{}/{} files · {:.0f}/s · {}:{:02d} left ");
  m_out << fmt::format(format, done, m_total, rate, left / 60, left % 60)
        << std::flush;
  m_shown = true;
}

void Progress::finish() {
  if (m_shown) m_out << "\r\033[K" << std::flush;
  m_shown = false;
}

}  // namespace autodiag::batch
