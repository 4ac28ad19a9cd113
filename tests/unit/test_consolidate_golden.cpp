// The five responses of examples/consensus-persona-b consolidated: the
// worksheet, the consolidated response and its plan, byte for byte.
// AUTODIAG_UPDATE_GOLDEN=1 rewrites them: read the diff as a facilitator
// preparing the meeting would.

#include "batch/runner.h"
#include "consolidate/consolidate.h"
#include "consolidate/worksheet.h"
#include "document/html_page.h"
#include "load/response_writer.h"
#include "report/numbers.h"
#include "report/plan.h"
#include "score/result.h"
#include "util/files.h"

#include "test_report_fixtures.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <sstream>

using namespace autodiag;
using namespace autodiag::test;

namespace {

void check_golden_file(const std::string& relative, const std::string& actual) {
  if (const char* update = std::getenv("AUTODIAG_UPDATE_GOLDEN"); update && std::string(update) == "1") {
    write_atomically(std::string(AUTODIAG_SOURCE_DIR) + "/" + relative, actual);
  }
  CHECK_MESSAGE(actual == read_source_file(relative), "differs from " << relative << " (AUTODIAG_UPDATE_GOLDEN=1 rewrites it)");
}

consolidate::Consolidation persona_b(Lang lang = Lang::fr) {
  std::vector<consolidate::Input> inputs;
  for (const char* who : {"direction", "conseil", "salarie-1", "salarie-2", "salarie-3"}) {
    std::string file = std::string("examples/consensus-persona-b/") + who + ".yaml";
    inputs.push_back({std::string(who) + ".yaml", checked(file)});
  }
  return consolidate::consolidate(guide(), std::move(inputs), {false, "2026-11-27T08:00:00Z", lang});
}

size_t count_of(const std::string& text, const std::string& what) {
  size_t count = 0;
  for (size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++count;
  return count;
}

// Raw HTML nodes as cmark sees them: respondent text must never make any.
size_t html_nodes(const std::string& markdown) {
  TempDir folder("cmark");
  write_atomically(folder.file("w.md"), markdown);
  auto [status, xml] = run_command("cmark --to xml '" + folder.file("w.md") + "'");
  REQUIRE(status == 0);
  size_t count = 0;
  for (size_t at = xml.find("<html_"); at != std::string::npos; at = xml.find("<html_", at + 1)) ++count;
  return count;
}

}  // namespace

TEST_CASE("golden consensus of persona B: five people, three groups") {
  consolidate::Consolidation c = persona_b();
  std::string worksheet = consolidate::worksheet_markdown(c, Lang::fr);
  check_golden_file("tests/golden/consensus/persona-b-worksheet.md", worksheet);
  CHECK(html_nodes(worksheet) == 0);
  // Two of the five gave their name; without --names it appears nowhere.
  for (const std::string& text : {worksheet, load::write_response(c.result.response)}) {
    CHECK(text.find("Lemoine") == std::string::npos);
    CHECK(text.find("Martin") == std::string::npos);
  }
  // The web page: one box per answer to tick (2 for the union delegate, then
  // 5 + 4 + 5 + 5 + 4 + 4 + 4 for the seven divergent scale questions, the
  // number question having a blank instead), none ticked, the same title.
  std::string page = document::worksheet_page(worksheet, Lang::fr);
  CHECK(count_of(worksheet, "\n- [ ] ") == 33);
  CHECK(count_of(page, "<li class=\"task-list-item\"><span class=\"tick-box\" aria-hidden=\"true\"></span>") == 33);
  CHECK(count_of(page, "<input") == 0);
  CHECK(page.find("<title>Réunion de consensus — Association Anjou Accompagnement et Soins</title>") != std::string::npos);
  check_golden_file("tests/golden/consensus/persona-b-consolide.yaml", load::write_response(c.result.response));
  check_golden_file("tests/golden/consensus/persona-b-worksheet-en.md", consolidate::worksheet_markdown(persona_b(Lang::en), Lang::en));

  report::PlanRequest request = request_for(c.result);
  report::RenderedPlan plan = report::render_plan(request, "persona-b-consensus.svg", "");
  check_golden_file("tests/golden/plans/persona-b-consensus.md", plan.markdown);
  CHECK(html_nodes(plan.markdown) == 0);
}

TEST_CASE("batch --group-by organisation: the five people of persona B count as one organisation") {
  TempDir out("group-by");
  batch::BatchOptions options;
  options.inputs = {std::string(AUTODIAG_SOURCE_DIR) + "/examples/consensus-persona-b",
                    std::string(AUTODIAG_SOURCE_DIR) + "/examples/persona-a-association-sportive.yaml",
                    std::string(AUTODIAG_SOURCE_DIR) + "/examples/persona-c-scic-tiers-lieu.yaml"};
  options.out_dir = out.file("j1");
  options.group_by_organisation = true;
  std::ostringstream silent;
  batch::Progress progress(silent, false, false);
  batch::BatchOutcome outcome = batch::run_batch(options, guide(), progress);
  CHECK(outcome.responses == 3);
  CHECK(outcome.invalid == 0);

  // The consolidated row scores what `consolidate` gives for the same files.
  consolidate::Consolidation c = persona_b();
  score::Result expected = score::compute(guide(), c.result.response, c.result.answers);
  CHECK(report::show_score(expected.overall) == "66");
  std::string csv = read_input(out.file("j1/scores.csv"));
  std::string row = csv.substr(csv.find(std::string(AUTODIAG_SOURCE_DIR) + "/examples/consensus-persona-b/conseil.yaml (+4),"));
  row = row.substr(0, row.find('\n'));
  CHECK(row.find(",Association Anjou Accompagnement et Soins,association,49,complete,") != std::string::npos);
  CHECK(row.find("," + report::show_score(expected.overall) + ",") != std::string::npos);
  CHECK(read_input(out.file("j1/summary.md")).find("- Organisations évaluées : 3 (3 terminées, 0 en cours), d'après 7 réponses valides : ") !=
        std::string::npos);

  options.out_dir = out.file("j2");
  options.jobs = 2;
  batch::run_batch(options, guide(), progress);
  for (const char* file : {"scores.csv", "scores.json", "summary.md"}) {
    CHECK(read_input(out.file(std::string("j1/") + file)) == read_input(out.file(std::string("j2/") + file)));
  }
}
