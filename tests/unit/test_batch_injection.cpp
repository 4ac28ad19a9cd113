// Hostile responses in a batch: nothing they hold is active in summary.md
// (rendered to HTML by cmark), errors.txt, or scores.csv.

#include "batch/runner.h"
#include "util/files.h"

#include "test_helpers.h"
#include "test_report_fixtures.h"

#include <doctest/doctest.h>

#include <sstream>

using namespace autodiag;
using autodiag::test::TempDir;

namespace {

std::string response(const std::string& name, const std::string& legal_form, const std::string& extra = "") {
  return "format: autodiag-response/1\nquestionnaire: {id: mini, version: 1.0.0}\nstatus: in_progress\n"
         "profile:\n  name: \"" + name + "\"\n  legal_form: \"" + legal_form + "\"\n" + extra;
}

}  // namespace

TEST_CASE("batch: hostile values are inert in summary.md, errors.txt and scores.csv") {
  TempDir in("inject-in");
  TempDir out("inject-out");
  write_atomically(in / "a.yaml", response("-2+3+cmd|' /C calc'!A0", "association"));
  write_atomically(in / "b.yaml", response("B", "<script>alert(1)</script>"));
  write_atomically(in / "c.yaml", response("C", "<img src=x onerror=alert(1)>"));
  write_atomically(in / "d.yaml", response("D", "[clic](javascript:alert(1))"));
  write_atomically(in / "e.yaml", response("E", "x\\n# Forged heading\\n<b>bold</b>"));
  write_atomically(in / "f.yaml", response("F", "\\e]0;pwned\\a\\u202Eevil"));
  write_atomically(in / "g\n# forged <img src=x onerror=alert(1)>.yaml", response("G", "zzz"));
  batch::BatchOptions options;
  options.inputs = {in.path().string()};
  options.out_dir = out.path().string();
  std::ostringstream silent;
  batch::Progress progress(silent, false, false);
  batch::BatchOutcome outcome = batch::run_batch(options, test::mini(), progress);
  CHECK(outcome.responses == 1);
  CHECK(outcome.invalid == 6);

  std::pair<int, std::string> rendered = test::run_command("cmark '" + (out / "summary.md") + "'");
  REQUIRE(rendered.first == 0);
  const std::string& html = rendered.second;
  INFO(html);
  for (const char* active : {"<script", "<img src=x", "<img src=\"x", "<b>", "href=\"javascript", "<h1>Forged", "<h2>Forged",
                             "\x1b", "\u202E"}) {
    CHECK(html.find(active) == std::string::npos);
  }
  // The only images are the summary's two charts.
  size_t images = 0;
  for (size_t at = html.find("<img"); at != std::string::npos; at = html.find("<img", at + 1)) {
    std::string_view image = std::string_view(html).substr(at);
    CHECK((image.starts_with("<img src=\"summary-themes.svg\" ") || image.starts_with("<img src=\"summary-levels.svg\" ")));
    ++images;
  }
  CHECK(images == 2);
  // One heading of the summary's own per section, no forged one.
  CHECK(html.find("Forged heading") != std::string::npos);

  std::string errors = read_input(out / "errors.txt");
  CHECK(errors.find('\x1b') == std::string::npos);
  CHECK(errors.find("\\x1b]0;pwned\\x07\\u202eevil") != std::string::npos);
  // Every line is one diagnostic: the file name's line break cannot forge one.
  std::istringstream lines(errors);
  for (std::string line; std::getline(lines, line);) {
    INFO(line);
    CHECK(line.starts_with(in.path().string() + "/"));
  }

  std::string csv = read_input(out / "scores.csv");
  CHECK(csv.find(",'-2+3+cmd|' /C calc'!A0,") != std::string::npos);
}
