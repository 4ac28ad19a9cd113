#pragma once

#include <chrono>
#include <ostream>

namespace autodiag::batch {

// One line on stderr, rewritten in place: inputs done, rate, time left.
// Only for a terminal: when stderr goes to a file or a pipe it stays silent,
// so that logs and scripts are not filled with progress lines.
class Progress {
 public:
  Progress(std::ostream& out, bool enabled, bool french);
  void start(size_t total);
  void update(size_t done);
  void finish();

 private:
  std::ostream& m_out;
  bool m_enabled;
  size_t m_total = 0;
  bool m_french;
  std::chrono::steady_clock::time_point m_start;
  std::chrono::steady_clock::time_point m_last;
  bool m_shown = false;
};

}  // namespace autodiag::batch
