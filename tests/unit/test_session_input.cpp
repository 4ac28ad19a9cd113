#include "session/input.h"
#include "session/setup.h"
#include "test_report_fixtures.h"

#include <doctest/doctest.h>

using namespace autodiag;
using autodiag::session::Command;

TEST_SUITE("session::input") {
  TEST_CASE("commands are whole lines, case-insensitive") {
    CHECK(session::parse_command("").kind == Command::Kind::keep);
    CHECK(session::parse_command("   ").kind == Command::Kind::keep);
    CHECK(session::parse_command("?").kind == Command::Kind::help);
    CHECK(session::parse_command(" < ").kind == Command::Kind::back);
    CHECK(session::parse_command("NA").kind == Command::Kind::not_applicable);
    CHECK(session::parse_command("s").kind == Command::Kind::skip);
    CHECK(session::parse_command("Q").kind == Command::Kind::quit);
    CHECK(session::parse_command("c").kind == Command::Kind::comment);
    Command inline_comment = session::parse_command("c  voir le PV de l'AG ");
    CHECK(inline_comment.kind == Command::Kind::comment);
    CHECK(inline_comment.text == "voir le PV de l'AG");
    // "n" and "non" are answers (no), never "not applicable".
    CHECK(session::parse_command("n").kind == Command::Kind::value);
    CHECK(session::parse_command("non").kind == Command::Kind::value);
    CHECK(session::parse_command("c'est fait").kind == Command::Kind::value);
    CHECK(session::parse_command("snack").kind == Command::Kind::value);
    CHECK(session::parse_command("g").kind == Command::Kind::jump);
    Command jump = session::parse_command("G 3");
    CHECK(jump.kind == Command::Kind::jump);
    CHECK(jump.text == "3");
  }

  TEST_CASE("the words people type for not applicable and for I don't know") {
    for (const char* na : {"na", "NC", "n/a", "N.A.", "non concerné", "Non concernée", "non concerne", "sans objet",
                           "not applicable"}) {
      CAPTURE(na);
      CHECK(session::parse_command(na).kind == Command::Kind::not_applicable);
    }
    for (const char* unsure : {"je ne sais pas", "Je sais pas.", "jsp", "ne sais pas", "I don't know", "don’t know"}) {
      CAPTURE(unsure);
      CHECK(session::parse_command(unsure).kind == Command::Kind::dont_know);
    }
    CHECK(session::parse_command("non").kind == Command::Kind::value);
  }

  TEST_CASE("yes/no accepts French and English words and numbers") {
    model::Question q;
    q.type = model::QuestionType::yesno;
    Message why;
    for (const char* yes : {"o", "Oui", "y", "YES", "1"}) CHECK(session::read_value(q, yes, why)->scalar == "yes");
    for (const char* no : {"n", "non", "No", "2"}) CHECK(session::read_value(q, no, why)->scalar == "no");
    CHECK_FALSE(session::read_value(q, "peut-être", why));
    CHECK(why.fr == "répondez o (oui) ou n (non), pas « peut-être »");
    CHECK(why.en == "answer y (yes) or n (no), not 'peut-être'");
  }

  TEST_CASE("a number picks an option by position; ids that look like numbers stay ids") {
    model::Question q;
    q.type = model::QuestionType::choice;
    q.options = {{"44", model::Text("Loire-Atlantique"), 0, {}, {}}, {"other", model::Text("Autre"), 0, {}, {}}};
    Message why;
    CHECK(session::read_value(q, "1", why)->scalar == "44");
    CHECK(session::read_value(q, "other", why)->scalar == "other");
    // The dot or parenthesis of the printed list is understood.
    CHECK(session::read_value(q, "1.", why)->scalar == "44");
    CHECK(session::read_value(q, "2)", why)->scalar == "other");
    // A number that is no position but an option id is that option: the
    // department code that the label shows.
    CHECK(session::read_value(q, "44", why)->scalar == "44");
    // A label, whatever its case.
    CHECK(session::read_value(q, "autre", why)->scalar == "other");
    CHECK_FALSE(session::read_value(q, "45", why));
    CHECK(why.en == "type a number from 1 to 2, not 45; or s to skip");
    CHECK(why.fr == "tapez un numéro entre 1 et 2, pas 45 ; ou s pour passer");
    CHECK_FALSE(session::read_value(q, "0", why));
    CHECK_FALSE(session::read_value(q, "peut-être", why));
    CHECK(why.fr == "« peut-être » n'est pas dans la liste : tapez le numéro de votre réponse, de 1 à 2 ; ou s pour passer");
    q.required = true;
    CHECK_FALSE(session::read_value(q, "peut-être", why));
    CHECK(why.en == "'peut-être' is not in the list: type the number of your answer, from 1 to 2");
  }

  TEST_CASE("the bundled department field is typed as a code or a name, accents and case ignored") {
    const model::Question* department = test::guide().field_with_role(model::Role::department);
    REQUIRE(department != nullptr);
    CHECK(department->options.size() == 102);  // 101 departments and "other"
    Message why;
    auto typed = [&](const char* text) {
      auto value = session::read_value(*department, text, why);
      return value ? value->scalar : std::string("refused");
    };
    CHECK(typed("72") == "72");
    CHECK(typed("sarthe") == "72");
    CHECK(typed("SARTHE") == "72");
    CHECK(typed("1") == "01");
    CHECK(typed("2A") == "2a");
    CHECK(typed("Côte-d'Or") == "21");
    CHECK(typed("cote d or") == "21");
    CHECK(typed("Loire") == "42");
    CHECK(typed("loire-atlantique") == "44");
    CHECK(typed("La Réunion") == "974");
    CHECK(typed("976") == "976");
    CHECK(typed("Lyon") == "refused");
    CHECK(why.fr == "« Lyon » n'est ni un numéro ni un nom de département ; tapez ? pour l'aide ; ou s pour passer");
    CHECK(typed("0") == "refused");
  }

  TEST_CASE("multi takes several positions, or 0 for none") {
    model::Question q;
    q.type = model::QuestionType::multi;
    q.options = {{"a", model::Text("A"), 1, {}, {}}, {"b", model::Text("B"), 1, {}, {}}, {"c", model::Text("C"), 1, {}, {}}};
    Message why;
    auto both = session::read_value(q, "1, 3", why);
    REQUIRE(both);
    CHECK(both->is_list);
    CHECK(both->items == std::vector<std::string>{"a", "c"});
    auto none = session::read_value(q, "0", why);
    REQUIRE(none);
    CHECK(none->is_list);
    CHECK(none->items.empty());
    CHECK_FALSE(session::read_value(q, "1 4", why));
  }

  TEST_CASE("numbers are written the French way or the English way") {
    model::Question q;
    q.type = model::QuestionType::number;
    Message why;
    CHECK(session::read_value(q, "18,5", why)->scalar == "18.5");
    CHECK(session::read_value(q, "1 200", why)->scalar == "1200");
    CHECK(session::read_value(q, "27 %", why)->scalar == "27");
    CHECK(session::read_value(q, "27%", why)->scalar == "27");
    CHECK(session::read_value(q, "12 345,5", why)->scalar == "12345.5");
    CHECK(session::read_value(q, "-3", why)->scalar == "-3");
    // Not a thousands grouping: refused, with what to type.
    CHECK_FALSE(session::read_value(q, "1 2", why));
    CHECK(why.fr == "tapez un nombre écrit en chiffres (par exemple 18,5), pas « 1 2 » ; ou s pour passer");
    CHECK(why.en == "type a number written in digits (for example 18.5), not '1 2'; or s to skip");
  }

  TEST_CASE("integers are integers") {
    model::Question q;
    q.type = model::QuestionType::number;
    q.integer = true;
    q.required = true;
    Message why;
    CHECK(session::read_value(q, "12", why)->scalar == "12");
    CHECK(session::read_value(q, "12,0", why)->scalar == "12.0");
    CHECK_FALSE(session::read_value(q, "1e3", why));
    CHECK(why.fr == "tapez un nombre écrit en chiffres (par exemple 12), pas « 1e3 »");
    CHECK_FALSE(session::read_value(q, std::string(300, '1'), why));
    CHECK(why.fr == "« 111111111111111111111111… » est trop long : tapez un nombre d'au plus 15 chiffres");
    CHECK_FALSE(session::read_value(q, "2,5", why));
    CHECK(why.en == "type a whole number, without decimals (for example 12), not '2,5'");
    CHECK_FALSE(session::read_value(q, "douze", why));
    CHECK(why.en == "type a number written in digits (for example 12), not 'douze'");
  }

  TEST_CASE("a fraction at a percentage asks for the percentage") {
    model::Question q;
    q.type = model::QuestionType::number;
    q.unit = model::Text("%");
    Message why;
    CHECK_FALSE(session::read_value(q, "3/7", why));
    CHECK(why.fr == "un pourcentage est attendu : 3/7 font 43 %, tapez 43");
    CHECK(why.en == "a percentage is expected: 3/7 is 43 %, type 43");
    CHECK_FALSE(session::read_value(q, "3/0", why));
    CHECK(why.fr == "un pourcentage est attendu (un nombre de 0 à 100), pas « 3/0 »");
  }

  TEST_CASE("a quoted text answer may be a command word") {
    model::Question q;
    q.type = model::QuestionType::text;
    Message why;
    auto text = session::read_value(q, "\"s\"", why);
    REQUIRE(text);
    CHECK(text->scalar == "s");
    CHECK(text->quoted);
  }

  TEST_CASE("theme choice") {
    std::vector<bool> all(4, true);
    std::vector<std::string> ids = {"governance", "strategy", "territory", "ethics"};
    Message why;
    CHECK(*session::read_theme_choice("", ids, {true, false, true, false}, why) == std::vector<bool>{true, false, true, false});
    CHECK(*session::read_theme_choice("2 4", ids, all, why) == std::vector<bool>{false, true, false, true});
    CHECK(*session::read_theme_choice("tous", ids, {false, true, false, false}, why) == all);
    CHECK(*session::read_theme_choice("ALL", ids, {false, true, false, false}, why) == all);
    CHECK(*session::read_theme_choice("governance, 4", ids, all, why) == std::vector<bool>{true, false, false, true});
    CHECK_FALSE(session::read_theme_choice("gouvernance", ids, all, why));
    CHECK(why.fr == "tapez des numéros de thème entre 1 et 4, pas « gouvernance »");
    CHECK_FALSE(session::read_theme_choice("5", ids, all, why));
    CHECK(why.en == "type theme numbers from 1 to 4, not '5'");
    CHECK_FALSE(session::read_theme_choice(",", ids, all, why));
    CHECK(why.en == "choose at least one theme");
  }
}

TEST_SUITE("session::setup") {
  TEST_CASE("file names") {
    CHECK(session::default_output_path("2026-11-26T09:30:00Z") == "autodiag-2026.yaml");
    CHECK(session::plan_path_for("autodiag-2026.yaml") == "autodiag-2026-plan.md");
    CHECK(session::plan_path_for("/tmp/x.y/reponse") == "/tmp/x.y/reponse-plan.md");
    CHECK(session::plan_path_for("dir/.hidden") == "dir/.hidden-plan.md");
  }

  TEST_CASE("in January, last year's file is the one to offer") {
    CHECK(session::last_year_output_path("2027-01-05T08:00:00Z") == "autodiag-2026.yaml");
    CHECK(session::default_output_path("2027-01-05T08:00:00Z") == "autodiag-2027.yaml");
  }
}
