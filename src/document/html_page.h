#pragma once

#include "util/i18n.h"

#include <string>
#include <string_view>
#include <vector>

namespace autodiag::document {

// The plan as one self-contained HTML page: the Markdown the template gave
// (so a custom template shapes the HTML as it shapes the Markdown), converted
// by md4c with raw HTML off, inside a page shell with `lang`, a title, the
// screen and A4 print stylesheet, and the chart inline: the image whose
// source is `chart_url` is replaced by `svg`. An h2 starting with "Annexe" or
// "Appendix" starts a new printed page.
std::string html_page(std::string_view markdown, std::string_view svg, std::string_view chart_url, Lang lang);

// The same with several charts (the batch summary): each image whose source
// is a chart's url is replaced by its SVG. The charts' ids must differ.
struct InlineChart {
  std::string_view url;
  std::string_view svg;
};
std::string html_page(std::string_view markdown, const std::vector<InlineChart>& charts, Lang lang);

// The consensus worksheet of `consolidate` (consolidate/worksheet.h) as a
// page of the same look, its "- [ ]" lines as boxes to tick on the printed
// sheet.
std::string worksheet_page(std::string_view markdown, Lang lang);

// The stylesheet of the page (screen and print).
std::string_view page_style();

}  // namespace autodiag::document
