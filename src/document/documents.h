#pragma once

#include "report/plan_files.h"
#include "util/files.h"
#include "util/i18n.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace autodiag::document {

enum class Format { md, html, docx, odt, pdf };

std::optional<Format> parse_format(std::string_view name);
std::string_view extension(Format format);  // "md", "html"…
// The known names among `names`, in order, without repeats ("json" is not a document).
std::vector<Format> parse_formats(const std::vector<std::string>& names);

struct DocumentRequest {
  report::PlanRequest plan;
  std::vector<Format> formats;  // in the order asked, without repeats
  std::string reference_doc;    // pandoc --reference-doc for docx and odt ("" = pandoc's own)
  std::string template_name;    // names a custom template in error messages
  bool actions_sheet = true;    // write the tracking sheet beside the plan
  // The folder a batch writes its plans in, held open: the files go there
  // by name, whatever happens to its path (util/files.h). nullptr: the path
  // the user named.
  const Folder* folder = nullptr;
  bool force = false;           // replace a Markdown plan someone edited (report/plan_guard.h)
};

// Throws Failure(69) naming the Debian package when a tool the formats need
// is missing.
void check_tools(const std::vector<Format>& formats);

// `path` with its extension replaced: "asso-plan.md" → "asso-plan.pdf".
std::string with_extension(const std::string& path, std::string_view extension);

// Writes the plan at `path` in the first format and beside it (same stem) in
// the others; with md, the SVG chart too; and the tracking sheet (see
// actions_csv.h). Every needed tool is looked for and every document rendered
// before the first file is written: a missing tool (Failure 69), a broken
// template (65) or a failed conversion (69) leaves no file behind. A Markdown
// plan edited since autodiag wrote it is kept unless `force`: every document
// then takes the free name beside it ("x-2.md", "x-2.html"…), and the
// Markdown alone carries the fingerprint. Returns the paths written.
struct Written {
  std::vector<std::string> paths;
  std::string kept_sheet;  // a tracking sheet already filled in, left as it was ("" when none)
  std::string kept_plan;   // an edited plan left in place of the one asked for ("" when none)
  Message kept_message;    // says so, when `kept_plan` is set
};
Written write_documents(const DocumentRequest& request, const std::string& path);

// What a written file is, for the lines printed after writing:
// "Plan d'action (Word)", "Graphique", "Tableau de suivi des actions".
std::string_view file_label(const std::string& path, Lang lang);

// The lines printed after writing: "label : path" for each file, and a note
// for a tracking sheet kept as the board filled it.
std::string written_lines(const Written& written, Lang lang, bool absolute_paths = false);

}  // namespace autodiag::document
