#pragma once

#include <string>
#include <string_view>

namespace autodiag::report {

// Makes free text (answers, comments, names) safe to drop anywhere in a
// Markdown document, table cells included: line breaks become spaces, and the
// characters that could start markup (pipes, backticks, emphasis, links, HTML
// tags, entities, and headings, lists, rules or quotes at the start) are
// backslash-escaped, so the text always reads as plain text.
std::string markdown_escape(std::string_view text);

}  // namespace autodiag::report
