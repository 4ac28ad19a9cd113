// run --several: the session asks the person's group, then an optional name.

#include "test_session_fixture.h"

#include <doctest/doctest.h>

using namespace session_fixture;

TEST_CASE("run --several asks the group first and records it; a name is optional") {
  session::SessionOptions options;
  options.ask_respondent = true;
  // "7" is refused (six groups), "3" is employees; the name is left empty.
  Run run({"7", "3", "", "Les Amis", "0", "", "s", "s", "s", "s", "s"}, options);
  CHECK(run.outcome == Outcome::finished);
  CHECK(run.output.find("  3. Salariés\n") != std::string::npos);
  CHECK(run.output.find("Tapez un numéro de 1 à 6.") != std::string::npos);
  CHECK(run.last_save().find("respondent:\n  group: employees\nprofile:") != std::string::npos);
  // Saved as soon as it is given, before the first question.
  CHECK(run.saves.front().find("respondent:\n  group: employees\n") != std::string::npos);

  Run named({"1", "  Zoé  ", "q"}, options);
  CHECK(named.outcome == Outcome::quit);
  CHECK(named.last_save().find("respondent:\n  group: board\n  name: \"Zoé\"\n") != std::string::npos);

  // Without --several nothing is asked: the first line answers the first question.
  Run plain({"Les Amis", "q"});
  CHECK(plain.last_save().find("respondent") == std::string::npos);
  CHECK(plain.last_save().find("name: \"Les Amis\"") != std::string::npos);
}
