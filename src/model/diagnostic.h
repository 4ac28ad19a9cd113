#pragma once

#include "util/i18n.h"

#include <string>
#include <vector>

namespace autodiag {

// 1-based position in a source file; 0 means "no position".
struct Mark {
  int line = 0;
  int column = 0;
};

enum class Severity { error, warning };

struct Diagnostic {
  std::string file;
  Mark mark;
  Severity severity = Severity::error;
  Message message;
};

// Collects every problem found in one pass, so that the user sees them all at
// once instead of fixing them one run at a time.
class Diagnostics {
 public:
  explicit Diagnostics(std::string file = {}) : m_file(std::move(file)) {}

  void error(Mark mark, Message message);
  void warning(Mark mark, Message message);
  void add(Diagnostic diagnostic) { m_items.push_back(std::move(diagnostic)); }

  const std::string& file() const { return m_file; }
  const std::vector<Diagnostic>& items() const { return m_items; }
  bool has_errors() const;
  size_t count(Severity severity) const;

 private:
  std::string m_file;
  std::vector<Diagnostic> m_items;
};

// "file:line:col: error: message" (position parts left out when unknown).
std::string format_diagnostic(const Diagnostic& diagnostic, Lang lang);

}  // namespace autodiag
