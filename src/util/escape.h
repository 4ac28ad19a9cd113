#pragma once

#include <string>
#include <string_view>

// Making text that came from outside (answers, comments, names, file paths,
// a custom questionnaire's labels) inert in each kind of output. Apply the
// function of the output at the point where the text is written, once:
//
//   terminal, errors.txt, any plain text  → show_controls / one_line
//   Markdown (plans, summary.md)          → markdown_escape
//   HTML and XML (SVG charts, HTML plans) → xml_escape
//   a CSV cell a spreadsheet will open    → csv_cell_text
//
// All of them first show what a reader could not see as a visible escape:
// control characters (ESC, BEL: terminal commands), bidirectional and
// zero-width characters (which reorder or hide text: display spoofing),
// noncharacters such as U+FFFE (which XML forbids) and bytes that are not
// UTF-8. ESC becomes `\x1b`, U+202E `\u202e`, a stray byte `\xff`.
namespace autodiag {

// For text shown as it is (terminal, plain-text files): every character
// above made visible. Line feeds and tabs are kept.
std::string show_controls(std::string_view text);

// The same, for text that must stay on one line (a diagnostic in errors.txt,
// a file name): line feeds and carriage returns are shown as `\n` and `\r`
// too, so that no one can forge a line.
std::string one_line(std::string_view text);

// Free text safe anywhere in a Markdown document, table cells included: one
// line, single spaces, and the characters that could start markup (pipes,
// backticks, emphasis, links, HTML tags, entities; headings, lists, rules or
// quotes at the start) backslash-escaped, so that it always reads as plain
// text and no HTML in it is ever active.
std::string markdown_escape(std::string_view text);

// Text or attribute value in HTML or XML: & < > " ' as entities.
std::string xml_escape(std::string_view text);

// A CSV cell that came from a respondent, for a spreadsheet (OWASP CSV
// injection): a cell starting with = + - @, a tab, a carriage return or a
// line feed gets a leading apostrophe, so that it is never run as a formula.
// Quoting for the separator is csv_row's job (util/csv.h).
std::string csv_cell_text(std::string_view text);

// Whether `url` can be shown as a Markdown autolink (<https://…>): an
// http(s) address without blanks, controls, `<`, `>`, `\` or backquotes.
// Anything else, from a custom questionnaire's catalogue, could be a
// `javascript:` link or end the autolink and become Markdown of its own.
bool is_web_address(std::string_view url);

// Data files (scores.json, a response written as YAML) keep the respondent's
// text exactly, but a hidden character of the Basic Multilingual Plane
// (bidirectional override, zero-width, U+FEFF…) is written as the `\uXXXX`
// escape that JSON and YAML double-quoted strings read back as the same
// character: the data is unchanged, and a terminal or an editor showing the
// file shows the escape instead of reordering or hiding text.
// `document` must hold such characters only inside double-quoted strings.
std::string hidden_as_escapes(std::string_view document);

// Whether `text` holds a character hidden_as_escapes would escape.
bool has_hidden(std::string_view text);

}  // namespace autodiag
