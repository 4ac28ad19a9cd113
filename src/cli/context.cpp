#include "cli/context.h"

#include <algorithm>

namespace autodiag::cli {

void print_diagnostics(const Diagnostics& diagnostics, Context& context) {
  std::vector<Diagnostic> sorted = diagnostics.items();
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::pair(a.mark.line, a.mark.column) < std::pair(b.mark.line, b.mark.column);
  });
  for (const Diagnostic& d : sorted) context.err << format_diagnostic(d, context.lang) << '\n';
}

}  // namespace autodiag::cli
