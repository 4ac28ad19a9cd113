// The plan written at the end of `run` describes the response file it sits
// beside, even when another session saved that file meanwhile.

#include "cli/plan_beside.h"
#include "cli/questionnaire_source.h"
#include "util/errors.h"
#include "util/files.h"

#include "test_helpers.h"

#include <doctest/doctest.h>

using namespace autodiag;
using autodiag::test::TempDir;

TEST_CASE("plan beside: made from the file, not from this session's memory") {
  const model::Questionnaire* q = cli::bundled_questionnaire("guide-bonnes-pratiques-ess");
  REQUIRE(q != nullptr);
  TempDir dir("plan-beside");
  std::string path = dir.file("autodiag-2026.yaml");
  std::string mine = test::read_source_file("examples/persona-a-association-sportive.yaml");
  std::string theirs = test::read_source_file("examples/persona-b-medico-social.yaml");
  // This session saved persona A; another one then saved persona B there.
  write_atomically(path, theirs);
  cli::PlanBeside plan = cli::write_plan_beside(*q, Lang::fr, path, mine);
  CHECK(plan.changed_elsewhere);
  CHECK(plan.plan_path == dir.file("autodiag-2026-plan.html"));
  CHECK(plan.written.paths == std::vector<std::string>{dir.file("autodiag-2026-plan.html"),
                                                       dir.file("autodiag-2026-plan.md"),
                                                       dir.file("autodiag-2026-plan.svg"),
                                                       dir.file("autodiag-2026-actions.csv")});
  CHECK(read_input(dir.file("autodiag-2026-plan.html")).find("Association Anjou Accompagnement et Soins") !=
        std::string::npos);
  std::string markdown = read_input(dir.file("autodiag-2026-plan.md"));
  CHECK(markdown.find("Association Anjou Accompagnement et Soins") != std::string::npos);
  CHECK(markdown.find("Étoile sportive") == std::string::npos);

  write_atomically(path, mine);
  plan = cli::write_plan_beside(*q, Lang::fr, path, mine);
  CHECK_FALSE(plan.changed_elsewhere);
  CHECK(read_input(dir.file("autodiag-2026-plan.md")).find("Étoile sportive de la Vallée du Loir") != std::string::npos);

  write_atomically(path, "format: autodiag-response/1\n");
  try {
    cli::write_plan_beside(*q, Lang::en, path, mine);
    FAIL("expected a Failure");
  } catch (const Failure& e) {
    CHECK(e.exit_code() == 65);
    CHECK(e.message().en == path + " was changed during the session and is no longer a valid response: no plan written");
  }
}
