#include "document/html_page.h"

#include "util/errors.h"
#include "util/exit_codes.h"

#include <md4c-html.h>

#include <array>

namespace autodiag::document {

namespace {

void append_output(const MD_CHAR* text, MD_SIZE size, void* userdata) {
  static_cast<std::string*>(userdata)->append(text, size);
}

std::string markdown_to_html(std::string_view markdown, unsigned extra_flags) {
  std::string html;
  // Raw HTML stays text: the template escapes answers for Markdown, and this
  // keeps anything that looks like HTML (in a custom template too) inert.
  unsigned parser_flags = MD_FLAG_TABLES | MD_FLAG_NOHTML | extra_flags;
  // XHTML-style empty tags (<br />) are valid HTML too, and let tests check
  // the page with a strict XML parser.
  if (md_html(markdown.data(), static_cast<MD_SIZE>(markdown.size()), append_output, &html, parser_flags,
              MD_HTML_FLAG_SKIP_UTF8_BOM | MD_HTML_FLAG_XHTML) != 0) {
    throw Failure(exit_code::internal, msg("conversion du plan en HTML impossible", "cannot convert the plan to HTML"));
  }
  return html;
}

// The SVG file starts with an XML declaration, which has no place inside HTML.
std::string_view svg_element(std::string_view svg) {
  size_t start = svg.find("<svg");
  return start == std::string_view::npos ? std::string_view() : svg.substr(start);
}

void inline_chart(std::string& html, std::string_view svg, std::string_view chart_url) {
  if (chart_url.empty() || svg.empty()) return;
  std::string needle = "<img src=\"" + std::string(chart_url) + "\"";
  size_t start = html.find(needle);
  if (start == std::string::npos) return;
  size_t end = html.find('>', start);
  html.replace(start, end + 1 - start, svg_element(svg));
}

bool safe_target(std::string_view href) {
  for (std::string_view scheme : {"https://", "http://", "mailto:", "#"}) {
    if (href.substr(0, scheme.size()) == scheme) return true;
  }
  return false;
}

// A link from a custom questionnaire's catalogue could say "javascript:…";
// only web, mail and in-page targets stay clickable.
void drop_unsafe_links(std::string& html) {
  static constexpr std::string_view open = "<a href=\"";
  for (size_t at = html.find(open); at != std::string::npos; at = html.find(open, at + 1)) {
    size_t value = at + open.size();
    size_t close = html.find('"', value);
    if (close == std::string::npos) return;
    if (!safe_target(std::string_view(html).substr(value, close - value))) html.replace(at, close + 1 - at, "<a");
  }
}

// French puts a space before : ; ? ! » and after «; a no-break space keeps
// "« fait »" or "Score :" from breaking across lines in print. Only text
// holds these sequences: tags and attributes from md4c never do.
void french_spacing(std::string& html) {
  static constexpr std::string_view nbsp = "\u00A0";
  for (std::string_view mark : {" :", " ;", " ?", " !", " »"}) {
    for (size_t at = html.find(mark); at != std::string::npos; at = html.find(mark, at + nbsp.size())) {
      html.replace(at, 1, nbsp);
    }
  }
  for (size_t at = html.find("« "); at != std::string::npos; at = html.find("« ", at + 1)) {
    html.replace(at + std::string_view("«").size(), 1, nbsp);
  }
}

void mark_annexes(std::string& html) {
  for (std::string_view word : {"<h2>Annexe", "<h2>Appendix"}) {
    for (size_t at = html.find(word); at != std::string::npos; at = html.find(word, at + 1)) {
      html.replace(at, 4, "<h2 class=\"annex\">");
    }
  }
}

// The first heading's text, tags removed (entities stay escaped, as <title>
// needs them).
std::string page_title(std::string_view html, Lang lang) {
  size_t start = html.find("<h1>");
  size_t end = html.find("</h1>");
  if (start == std::string_view::npos || end == std::string_view::npos || end < start) {
    return std::string(tr(lang, "Plan d'action", "Action plan"));
  }
  std::string title;
  bool in_tag = false;
  for (char c : html.substr(start + 4, end - start - 4)) {
    if (c == '<') in_tag = true;
    if (!in_tag) title += c;
    if (c == '>') in_tag = false;
  }
  return title;
}

// `body` already has its French spacing: the chart inlined after it must not
// get it.
std::string page_shell(std::string body, Lang lang) {
  drop_unsafe_links(body);
  mark_annexes(body);
  return "<!DOCTYPE html>\n<html lang=\"" + std::string(lang_code(lang)) + "\">\n<head>\n<meta charset=\"utf-8\" />\n" +
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n<title>" + page_title(body, lang) +
         "</title>\n<style>\n" + std::string(page_style()) + "</style>\n</head>\n" + "<body>\n<main>\n" + body +
         "</main>\n</body>\n</html>\n";
}

}  // namespace

std::string html_page(std::string_view markdown, std::string_view svg, std::string_view chart_url, Lang lang) {
  return html_page(markdown, {{chart_url, svg}}, lang);
}

std::string html_page(std::string_view markdown, const std::vector<InlineChart>& charts, Lang lang) {
  std::string body = markdown_to_html(markdown, 0);
  if (lang == Lang::fr) french_spacing(body);
  for (const InlineChart& chart : charts) inline_chart(body, chart.svg, chart.url);
  return page_shell(std::move(body), lang);
}

std::string worksheet_page(std::string_view markdown, Lang lang) {
  std::string body = markdown_to_html(markdown, MD_FLAG_TASKLISTS);
  // md4c makes "- [ ]" a disabled checkbox, which has no label for a screen
  // reader and nothing to do on screen: the box is drawn for the pen, and
  // the option's text is read as a list item.
  static constexpr std::string_view input = "<input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled>";
  static constexpr std::string_view box = "<span class=\"tick-box\" aria-hidden=\"true\"></span>";
  for (size_t at = body.find(input); at != std::string::npos; at = body.find(input, at + box.size())) {
    body.replace(at, input.size(), box);
  }
  if (lang == Lang::fr) french_spacing(body);
  return page_shell(std::move(body), lang);
}

}  // namespace autodiag::document
