#include "document/documents.h"

#include "document/actions_csv.h"
#include "document/external_tool.h"
#include "document/html_page.h"
#include "report/plan.h"
#include "report/plan_guard.h"
#include "util/files.h"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <utility>

namespace autodiag::document {

namespace {

const Tool pandoc{"pandoc", "pandoc"};
const Tool weasyprint{"weasyprint", "weasyprint"};
const Tool rsvg_convert{"rsvg-convert", "librsvg2-bin"};

bool wants(const std::vector<Format>& formats, Format format) {
  return std::find(formats.begin(), formats.end(), format) != formats.end();
}

bool wants(const DocumentRequest& request, Format format) { return wants(request.formats, format); }

std::string file_name(const std::string& path) { return std::filesystem::path(path).filename().string(); }

std::string absolute(const std::string& path) { return std::filesystem::absolute(path).string(); }

struct Tools {
  std::string pandoc, weasyprint, rsvg_convert;
};

Tools find_tools(const std::vector<Format>& formats) {
  Tools tools;
  if (wants(formats, Format::docx) || wants(formats, Format::odt)) {
    tools.pandoc = require_tool(pandoc);
    tools.rsvg_convert = require_tool(rsvg_convert);
  }
  if (wants(formats, Format::pdf)) tools.weasyprint = require_tool(weasyprint);
  return tools;
}

// Word and LibreOffice get the chart as a PNG: Word before 2016 and
// LibreOffice's .docx import show an SVG as an empty frame or a low-resolution
// fallback. Twice the SVG's size, at 192 dpi, so it prints sharp at its size.
std::string office_document(const DocumentRequest& request, const Tools& tools, Format format, const ScratchDir& dir) {
  report::RenderedPlan plan = report::render_plan(request.plan, "chart.png", request.template_name);
  write_atomically(dir.file("chart.svg"), plan.svg);
  run_tool(rsvg_convert, tools.rsvg_convert, {"--zoom=2", "--dpi-x=192", "--dpi-y=192", "--format=png",
                                              "--output=chart.png", "chart.svg"},
           dir.path());
  write_atomically(dir.file("plan.md"), plan.markdown);
  std::string out = std::string("plan.") + std::string(extension(format));
  // Raw HTML off: the Markdown's answers are escaped for CommonMark, and
  // nothing in them may become markup in the document.
  std::vector<std::string> args{"--from=commonmark+pipe_tables-raw_html", "--to=" + std::string(extension(format)),
                                "--metadata=lang:" + std::string(request.plan.lang == Lang::fr ? "fr-FR" : "en-GB"),
                                "--output=" + out, "plan.md"};
  if (!request.reference_doc.empty()) args.insert(args.begin(), "--reference-doc=" + absolute(request.reference_doc));
  run_tool(pandoc, tools.pandoc, args, dir.path());
  return read_input(dir.file(out));
}

std::string pdf_document(const std::string& html, const Tools& tools, const ScratchDir& dir) {
  write_atomically(dir.file("plan.html"), html);
  run_tool(weasyprint, tools.weasyprint, {"--quiet", "plan.html", "plan.pdf"}, dir.path());
  return read_input(dir.file("plan.pdf"));
}

}  // namespace

std::optional<Format> parse_format(std::string_view name) {
  for (Format format : {Format::md, Format::html, Format::docx, Format::odt, Format::pdf}) {
    if (extension(format) == name) return format;
  }
  return std::nullopt;
}

std::vector<Format> parse_formats(const std::vector<std::string>& names) {
  std::vector<Format> formats;
  for (const std::string& name : names) {
    auto format = parse_format(name);
    if (format && !wants(formats, *format)) formats.push_back(*format);
  }
  return formats;
}

std::string_view extension(Format format) {
  switch (format) {
    case Format::md: return "md";
    case Format::html: return "html";
    case Format::docx: return "docx";
    case Format::odt: return "odt";
    case Format::pdf: return "pdf";
  }
  return "md";
}

void check_tools(const std::vector<Format>& formats) { find_tools(formats); }

std::string with_extension(const std::string& path, std::string_view ext) {
  return std::filesystem::path(path).replace_extension(std::string(".") + std::string(ext)).string();
}

Written write_documents(const DocumentRequest& request, const std::string& path) {
  Tools tools = find_tools(request.formats);
  std::vector<std::pair<std::string, std::string>> files;  // path, content: written only once all are ready
  // Only the Markdown is edited by hand and fingerprinted: it decides whether
  // the documents go to the names asked for or beside an edited plan.
  auto named = [&](const std::string& first, Format format) {
    return format == request.formats.front() ? first : with_extension(first, extension(format));
  };
  report::PlanTarget target{path, ""};
  if (wants(request, Format::md)) {
    target = report::choose_plan_target(named(path, Format::md), request.force,
                                        request.folder ? Target::in_folder : Target::named);
  }
  std::string first = path;
  if (!target.kept.empty()) {
    Format front = request.formats.front();
    first = front == Format::md ? target.path : with_extension(target.path, extension(front));
  }
  auto path_for = [&](Format format) { return named(first, format); };

  std::string svg_path = report::chart_path_for(path_for(Format::md));
  report::RenderedPlan plan = report::render_plan(request.plan, file_name(svg_path), request.template_name);
  std::string chart_url = plan.model["chart"]["file_url"].get<std::string>();
  std::string html;
  if (wants(request, Format::html) || wants(request, Format::pdf)) {
    html = html_page(plan.markdown, plan.svg, chart_url, request.plan.lang);
  }
  std::optional<ScratchDir> scratch;
  for (Format format : request.formats) {
    if (format != Format::md && format != Format::html && !scratch) scratch.emplace();
    switch (format) {
      case Format::md:
        // The plan first: when the folder refuses, the error names the
        // file the user asked for, not its chart.
        files.emplace_back(path_for(format), report::with_fingerprint(plan.markdown));
        files.emplace_back(svg_path, plan.svg);
        break;
      case Format::html: files.emplace_back(path_for(format), html); break;
      case Format::pdf: files.emplace_back(path_for(format), pdf_document(html, tools, *scratch)); break;
      case Format::docx:
      case Format::odt: files.emplace_back(path_for(format), office_document(request, tools, format, *scratch)); break;
    }
  }
  Written written;
  if (!target.kept.empty()) {
    written.kept_plan = target.kept;
    written.kept_message = report::kept_message(target);
  }
  // The sheet keeps the name asked for: it has its own protection, and the
  // board's sheet is the same whichever plan file it follows.
  if (request.actions_sheet) {
    std::string sheet_path = actions_path_for(path);
    if (should_write_sheet(sheet_path)) {
      files.emplace_back(sheet_path, actions_csv(plan.model, request.plan.lang));
    } else {
      written.kept_sheet = sheet_path;
    }
  }
  for (const auto& [file, content] : files) {
    // Every file is a sibling of `path`, so in the same folder.
    if (request.folder) {
      write_atomically(*request.folder, file_name(file), content);
    } else {
      write_atomically(file, content);
    }
    written.paths.push_back(file);
  }
  return written;
}

std::string_view file_label(const std::string& path, Lang lang) {
  std::string ext = std::filesystem::path(path).extension().string();
  if (ext == ".svg") return tr(lang, "Graphique", "Chart");
  if (ext == ".csv") return tr(lang, "Tableau de suivi des actions", "Action tracking sheet");
  if (ext == ".html") return tr(lang, "Plan d'action (page à ouvrir dans un navigateur)", "Action plan (page to open in a browser)");
  if (ext == ".docx") return tr(lang, "Plan d'action (Word)", "Action plan (Word)");
  if (ext == ".odt") return tr(lang, "Plan d'action (LibreOffice)", "Action plan (LibreOffice)");
  if (ext == ".pdf") return tr(lang, "Plan d'action (PDF)", "Action plan (PDF)");
  return tr(lang, "Plan d'action", "Action plan");
}

std::string written_lines(const Written& written, Lang lang, bool absolute_paths) {
  std::string out;
  for (const std::string& file : written.paths) {
    out += std::string(file_label(file, lang)) + (lang == Lang::fr ? " : " : ": ") +
           (absolute_paths ? absolute(file) : file) + "\n";
  }
  if (!written.kept_sheet.empty()) {
    out += fmt::format(fmt::runtime(tr(lang, "Tableau de suivi déjà rempli, laissé tel quel : {}\n",
                                       "Tracking sheet already filled in, left as it is: {}\n")),
                       absolute_paths ? absolute(written.kept_sheet) : written.kept_sheet);
  }
  return out;
}

}  // namespace autodiag::document
