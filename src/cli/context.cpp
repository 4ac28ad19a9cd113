#include "cli/context.h"

#include "util/wrap.h"

#include <algorithm>

namespace autodiag::cli {

size_t text_width(const Context& context) {
  if (context.columns == 0) return 0;
  return std::clamp<size_t>(context.columns - 1, 20, 78);
}

void print_laid_out(const std::string& text, Context& context, size_t hang) {
  context.out << wrap_text(transliterate(text, context.charset), text_width(context), hang);
}

void print_diagnostics(const Diagnostics& diagnostics, Context& context) {
  std::vector<Diagnostic> sorted = diagnostics.items();
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::pair(a.mark.line, a.mark.column) < std::pair(b.mark.line, b.mark.column);
  });
  // stdout and stderr often end up in one place (a terminal, a log): keep
  // them in the order they were written.
  context.out.flush();
  for (const Diagnostic& d : sorted) context.err << format_diagnostic(d, context.lang) << '\n';
  context.err.flush();
}

}  // namespace autodiag::cli
