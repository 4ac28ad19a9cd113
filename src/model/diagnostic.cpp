#include "model/diagnostic.h"

#include "util/escape.h"

#include <algorithm>

namespace autodiag {

void Diagnostics::error(Mark mark, Message message) {
  m_items.push_back({m_file, mark, Severity::error, std::move(message)});
}

void Diagnostics::warning(Mark mark, Message message) {
  m_items.push_back({m_file, mark, Severity::warning, std::move(message)});
}

bool Diagnostics::has_errors() const { return count(Severity::error) > 0; }

size_t Diagnostics::count(Severity severity) const {
  return static_cast<size_t>(std::count_if(m_items.begin(), m_items.end(), [&](const Diagnostic& d) {
    return d.severity == severity;
  }));
}

std::string format_diagnostic(const Diagnostic& d, Lang lang) {
  // Values quoted in messages and file names come from the user's files:
  // shown so that they can neither forge a line nor command a terminal.
  std::string out = one_line(d.file);
  if (d.mark.line > 0) out += fmt::format(":{}:{}", d.mark.line, d.mark.column);
  if (!out.empty()) out += ": ";
  if (d.severity == Severity::error) {
    out += tr(lang, "erreur", "error");
  } else {
    out += tr(lang, "avertissement", "warning");
  }
  out += ": ";
  out += one_line(d.message.in(lang));
  return out;
}

}  // namespace autodiag
