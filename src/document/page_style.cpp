#include "document/html_page.h"

namespace autodiag::document {

// Kept in the binary with the page so that the HTML file stands alone. Print
// rules aim at an A4 document for the assembly file: page numbers, headings
// kept with what follows, table rows never cut, header rows repeated, and
// the annexes on pages of their own.
std::string_view page_style() {
  return R"css(:root { color-scheme: light; }
body { margin: 0 auto; max-width: 52rem; padding: 1.5rem; color: #1a1a1a; background: #fff;
  font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 1rem; line-height: 1.5; }
h1 { font-size: 1.6rem; line-height: 1.25; color: #1f3a5f; margin: 0 0 1rem; }
h2 { font-size: 1.3rem; color: #1f3a5f; margin: 2rem 0 .75rem; padding-bottom: .2rem; border-bottom: 2px solid #c9d3de; }
h3 { font-size: 1.1rem; color: #1f3a5f; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1rem; color: #1f3a5f; margin: 1.25rem 0 .4rem; }
p, li { orphans: 3; widows: 3; }
li { margin: .2rem 0; }
/* The worksheet's answers to tick: boxes large enough for a pen. */
li.task-list-item { list-style: none; }
span.tick-box { display: inline-block; width: .95em; height: .95em; margin: 0 .5em 0 -1.5em; vertical-align: -.12em;
  border: 1.5px solid #1a1a1a; border-radius: 2px; }
a { color: #1f4e8c; }
table { border-collapse: collapse; width: 100%; margin: .75rem 0 1.25rem; font-size: .92em; }
th, td { border: 1px solid #b9c4d0; padding: .3rem .5rem; vertical-align: top; text-align: left;
  overflow-wrap: break-word; hyphens: auto; }
/* The action table (the only one with 7 columns): the action's text gets
   the room that automatic layout gives to the empty columns to fill in. */
th:nth-child(2):nth-last-child(6) { width: 12em; }
th[align="right"], td[align="right"] { text-align: right; white-space: nowrap; }
th { background: #e6edf5; }
tbody tr:nth-child(even) { background: #f5f7fa; }
svg { display: block; max-width: 100%; height: auto; margin: 1rem auto; }
@page { size: A4; margin: 16mm 15mm 18mm;
  @bottom-center { content: counter(page) " / " counter(pages); font-family: "DejaVu Sans", Arial, sans-serif;
    font-size: 8.5pt; color: #555; } }
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; line-height: 1.4; }
  h1 { font-size: 17pt; }
  h2 { font-size: 13.5pt; margin-top: 1.2rem; }
  h3 { font-size: 11pt; margin-top: 1rem; }
  h4 { font-size: 10.5pt; margin-top: .9rem; }
  h1, h2, h3, h4 { break-after: avoid; }
  h2.annex { break-before: page; }
  tr, li, svg { break-inside: avoid; }
  thead { display: table-header-group; }
  table { font-size: 9pt; }
  a { color: inherit; text-decoration: none; }
  svg { max-height: 105mm; width: auto; }
}
)css";
}

}  // namespace autodiag::document
