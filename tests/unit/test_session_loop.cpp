#include "test_session_fixture.h"

#include <doctest/doctest.h>

using namespace session_fixture;


TEST_SUITE("session::Session") {
  TEST_CASE("a whole session, straight through") {
    Run run({"Les Amis", "3", "", "1", "27,5", "o", "1 2", "Rien à signaler"});
    CHECK(run.outcome == Outcome::finished);
    CHECK(run.asked() == std::vector<std::string>{"Nom", "Salariés", "Les thèmes de cette année", "Choix A ?",
                                                  "Taux A ?", "Entretiens B ?", "Multi B ?", "Note B ?"});
    CHECK(run.last_save() == header("complete") +
                                 "profile:\n  name: \"Les Amis\"\n  employees: 3\n"
                                 "answers:\n  a_choice: none\n  a_rate: 27.5\n  b_staff: yes\n  b_multi: [x, y]\n"
                                 "  b_note: \"Rien à signaler\"\n");
    // Saved after every answer and after the theme choice, then once at the end.
    CHECK(run.saves.size() == 9);
    CHECK(run.output.find("Thème 1 sur 2 : Alpha · question 1 sur 2 · 29\u202f% fait") != std::string::npos);
  }

  TEST_CASE("going back keeps the earlier answer as the default") {
    Run run({"Les Amis", "0", "", "3", "<", "", "<", "2", "na", "s", "s"});
    CHECK(run.outcome == Outcome::finished);
    CHECK(run.asked() == std::vector<std::string>{"Nom", "Salariés", "Les thèmes de cette année", "Choix A ?",
                                                  "Taux A ?", "Choix A ?", "Taux A ?", "Choix A ?", "Taux A ?",
                                                  "Multi B ?", "Note B ?"});
    CHECK(run.output.find("Réponse actuelle : 3. Tout (Entrée pour la garder)") != std::string::npos);
    CHECK(run.last_save().find("  a_choice: some\n  a_rate: na\n") != std::string::npos);
  }

  TEST_CASE("changing a profile answer hides and shows what follows") {
    // 0 employees: no CSE question, no staff question. Back to the profile, 12
    // employees: both appear and are asked.
    Run run({"Les Amis", "0", "", "1", "<", "<", "<", "12", "n", "", "", "", "o", "0", "s"});
    CHECK(run.outcome == Outcome::finished);
    CHECK(run.asked() == std::vector<std::string>{"Nom", "Salariés", "Les thèmes de cette année", "Choix A ?",
                                                  "Taux A ?", "Choix A ?", "Les thèmes de cette année", "Salariés",
                                                  "CSE ?",
                                                  "Les thèmes de cette année", "Choix A ?", "Taux A ?",
                                                  "Entretiens B ?", "Multi B ?", "Note B ?"});
    CHECK(run.last_save() == header("complete") +
                                 "profile:\n  name: \"Les Amis\"\n  employees: 12\n  has_cse: no\n"
                                 "answers:\n  a_choice: none\n  b_staff: yes\n  b_multi: []\n");
  }

  TEST_CASE("an answer hidden by a later profile change is dropped when the session ends") {
    model::Response start = session::new_response(questionnaire(), Lang::fr);
    start.set_value("name", true, {false, "X", true, {}, {}});
    start.set_value("employees", true, {false, "5", false, {}, {}});
    start.set_value("b_staff", false, {false, "yes", false, {}, {}});
    Run run({"<", "<", "0", "", "", "", "", ""}, {}, start);
    CHECK(run.outcome == Outcome::finished);
    CHECK(run.last_save().find("b_staff") == std::string::npos);
    // Before the end, while it could still come back, it was kept.
    CHECK(run.saves[run.saves.size() - 2].find("b_staff: yes") != std::string::npos);
  }

  TEST_CASE("not applicable only where offered; skip only where not required") {
    Run run({"na", "s", "Les Amis", "na", "s", "", "4", "", "4", "", "na", "s", "1", "1"});
    CHECK(run.output.find("! « non concerné » n'est pas proposé pour cette question : choisissez la réponse la plus "
                          "proche (? pour l'aide).") != std::string::npos);
    CHECK(run.output.find("! Cette question est obligatoire : elle ne peut pas être passée.") != std::string::npos);
    CHECK(run.output.find("! Cette question est obligatoire : tapez une réponse.") != std::string::npos);
    CHECK(run.output.find("! tapez un numéro entre 1 et 3, pas 4 ; ou s pour passer") != std::string::npos);
    CHECK(run.outcome == Outcome::end_of_input);
    CHECK(run.last_save() == header("in_progress") +
                                 "profile:\n  name: \"Les Amis\"\n  employees: 4\n"
                                 "answers:\n  a_rate: na\n  b_staff: yes\n  b_multi: [x]\n");
  }

  TEST_CASE("invalid answers are asked again with a one-line reason") {
    Run run({"Les Amis", "beaucoup", "2,5", "-1", "3", "9", "", "pas mal", "1", "150", "50", "peut-être", "oui"});
    // Every refusal says what to type instead.
    CHECK(run.output.find("! tapez un nombre écrit en chiffres (par exemple 12), pas « beaucoup »\n") != std::string::npos);
    CHECK(run.output.find("! tapez un nombre entier, sans virgule (par exemple 12), pas « 2,5 »\n") != std::string::npos);
    CHECK(run.output.find("! tapez un nombre de 0 ou plus, pas -1\n") != std::string::npos);
    CHECK(run.output.find("! tapez des numéros de thème entre 1 et 2, pas « 9 »\n") != std::string::npos);
    CHECK(run.output.find("! « pas mal » n'est pas dans la liste : tapez le numéro de votre réponse, de 1 à 3 ; ou s "
                          "pour passer\n") != std::string::npos);
    CHECK(run.output.find("! tapez un nombre entre 0 et 100, pas 150 ; ou s pour passer\n") != std::string::npos);
    CHECK(run.output.find("! répondez o (oui) ou n (non), pas « peut-être »\n") != std::string::npos);
    CHECK(run.last_save() == header("in_progress") +
                                 "profile:\n  name: \"Les Amis\"\n  employees: 3\n"
                                 "answers:\n  a_choice: none\n  a_rate: 50\n  b_staff: yes\n");
  }

  TEST_CASE("an answer too long for the response file to be read back is refused, then asked again") {
    Run run({std::string(70'000, 'x'), "Les Amis", "3"});
    CHECK(run.output.find("! Réponse trop longue (plus de 65536 octets) : raccourcissez-la.\n") != std::string::npos);
    CHECK(run.output.find("xxxx") == std::string::npos);
    for (const std::string& text : run.saves) CHECK(text.find("xxxx") == std::string::npos);
    CHECK(run.last_save() == header("in_progress") + "profile:\n  name: \"Les Amis\"\n  employees: 3\n");
  }

  TEST_CASE("comments, typed after c or on the next line, are saved at once") {
    Run run({"Les Amis", "c effectif au 31/12", "2", "", "c", "voir le PV", "2", "c", "", "<", "c", "-"});
    CHECK(run.outcome == Outcome::end_of_input);
    CHECK(run.output.find("Commentaire inchangé.") != std::string::npos);
    CHECK(run.output.find("Commentaire effacé.") != std::string::npos);
    CHECK(run.last_save() == header("in_progress") +
                                 "profile:\n  name: \"Les Amis\"\n  employees: 2\n"
                                 "answers:\n  a_choice: some\n"
                                 "comments:\n  employees: \"effectif au 31/12\"\n");
    // The comment on a_choice was saved, then deleted: both were written at once.
    bool saved_comment = false;
    for (const std::string& text : run.saves) saved_comment = saved_comment || text.find("a_choice: \"voir le PV\"") != std::string::npos;
    CHECK(saved_comment);
  }

  TEST_CASE("at the comment prompt, q quits and - says when there is nothing to delete") {
    Run run({"Les Amis", "c", "-", "c", "q"});
    CHECK(run.outcome == Outcome::quit);
    CHECK(run.output.find("> Cette question n'a pas de commentaire : rien à effacer.\n") != std::string::npos);
    CHECK(run.output.find("Commentaire effacé.") == std::string::npos);
    CHECK(run.output.find("> Commentaire inchangé.\n") != std::string::npos);
    CHECK(run.last_save() == header("in_progress") + "profile:\n  name: \"Les Amis\"\n");
  }

  TEST_CASE("save and quit, then resume at the first unanswered question") {
    Run first({"Les Amis", "3", "2", "s", "q"});
    CHECK(first.outcome == Outcome::quit);
    CHECK(first.last_save() == header("in_progress") +
                                   "profile:\n  name: \"Les Amis\"\n  employees: 3\n"
                                   "not_addressed: [alpha]\n");
    // The theme choice was made (alpha left aside): resuming goes straight to
    // the skipped question.
    model::Response saved = first.response;
    session::SessionOptions options;
    options.resuming = true;
    Run second({"n", "", "fin"}, options, saved);
    CHECK(second.outcome == Outcome::finished);
    CHECK(second.asked() == std::vector<std::string>{"Entretiens B ?", "Multi B ?", "Note B ?"});
    CHECK(second.output.find("Reprise de l'autodiagnostic de « Les Amis ». Vos réponses sont gardées ; on reprend aux "
                             "questions sans réponse.") != std::string::npos);
    CHECK(second.last_save() == header("complete") +
                                    "profile:\n  name: \"Les Amis\"\n  employees: 3\n"
                                    "answers:\n  b_staff: no\n  b_note: \"fin\"\n"
                                    "not_addressed: [alpha]\n");
  }

  TEST_CASE("stopping before any answer writes nothing") {
    Run quit({"q"});
    CHECK(quit.outcome == Outcome::quit);
    CHECK(quit.saves.empty());
    Run ended({});
    CHECK(ended.outcome == Outcome::end_of_input);
    CHECK(ended.saves.empty());
  }

  TEST_CASE("end of input mid-session keeps every answer typed") {
    Run run({"Les Amis", "3", "", "3"});
    CHECK(run.outcome == Outcome::end_of_input);
    CHECK(run.last_save() == header("in_progress") +
                                 "profile:\n  name: \"Les Amis\"\n  employees: 3\n"
                                 "answers:\n  a_choice: all\n");
    Run resumed({"", "", "", ""}, {}, run.response);
    CHECK(resumed.asked().front() == "Taux A ?");
  }

  TEST_CASE("--short keeps the profile and the core questions") {
    session::SessionOptions options;
    options.short_path = true;
    Run run({"Les Amis", "3", "", "2", "1"}, options);
    CHECK(run.outcome == Outcome::finished);
    CHECK(run.asked() == std::vector<std::string>{"Nom", "Salariés", "Les thèmes de cette année", "Choix A ?",
                                                  "Multi B ?"});
    CHECK(run.output.find("Thème 1 sur 2 : Alpha · question 1 sur 1 · 50\u202f% fait") != std::string::npos);
    // Required but not core: left unanswered, so the response stays in progress.
    CHECK(run.last_save().find("status: in_progress") != std::string::npos);
  }

  TEST_CASE("--themes skips the theme step and leaves the other themes aside") {
    model::Response start = session::new_response(questionnaire(), Lang::en);
    Message why;
    REQUIRE(session::choose_themes(questionnaire(), "beta", start, why));
    session::SessionOptions options;
    options.lang = Lang::en;
    options.ask_themes = false;
    Run run({"Friends", "0", "2", ""}, options, start);
    CHECK(run.outcome == Outcome::finished);
    CHECK(run.asked().size() == 0);  // the French texts were never shown
    CHECK(run.output.find("This year's themes") == std::string::npos);
    CHECK(run.output.find("Theme 1 of 1: Beta · question 1 of 2") != std::string::npos);
    CHECK(run.last_save() == "format: autodiag-response/1\nquestionnaire:\n  id: loop\n  version: 2.1.0\n"
                             "status: complete\nlanguage: en\nprofile:\n  name: \"Friends\"\n  employees: 0\n"
                             "answers:\n  b_multi: [y]\nnot_addressed: [alpha]\n");
    CHECK_FALSE(session::choose_themes(questionnaire(), "beta,gamma", start, why));
    CHECK(why.en == "--themes: unknown theme 'gamma' (themes: alpha, beta)");
  }

  TEST_CASE("--answers pre-fills and only what is missing is asked") {
    model::Response source = session::new_response(questionnaire(), Lang::fr);
    source.set_value("name", true, {false, "Les Amis", true, {}, {}});
    source.set_value("employees", true, {false, "0", false, {}, {}});
    source.set_value("a_choice", false, {false, "all", false, {}, {}});
    source.set_comment("a_choice", "vu en CA");
    source.not_addressed = {"beta"};
    model::Response start = session::new_response(questionnaire(), Lang::fr);
    session::prefill(start, source);
    Run run({"12"}, {}, start);
    CHECK(run.outcome == Outcome::finished);
    CHECK(run.asked() == std::vector<std::string>{"Taux A ?"});
    CHECK(run.last_save() == header("complete") +
                                 "profile:\n  name: \"Les Amis\"\n  employees: 0\n"
                                 "answers:\n  a_choice: all\n  a_rate: 12\n"
                                 "not_addressed: [beta]\n"
                                 "comments:\n  a_choice: \"vu en CA\"\n");
  }

  TEST_CASE("resuming a response with nothing left to answer goes over every answer again") {
    Run first({"Les Amis", "0", "", "2", "3", "2", "fin"});
    REQUIRE(first.outcome == Outcome::finished);
    session::SessionOptions options;
    options.resuming = true;
    Run again({"", "", "<", "", "", "", "4", "", ""}, options, first.response);
    CHECK(again.outcome == Outcome::finished);
    CHECK(again.output.find("Toutes les questions ont déjà une réponse") != std::string::npos);
    CHECK(again.output.find("Durée") == std::string::npos);
    CHECK(again.asked() == std::vector<std::string>{"Nom", "Salariés", "Les thèmes de cette année", "Salariés",
                                                    "Les thèmes de cette année", "Choix A ?", "Taux A ?", "Multi B ?",
                                                    "Note B ?"});
    CHECK(again.last_save() == header("complete") +
                                   "profile:\n  name: \"Les Amis\"\n  employees: 0\n"
                                   "answers:\n  a_choice: some\n  a_rate: 4\n  b_multi: [y]\n  b_note: \"fin\"\n");
  }

  TEST_CASE("lines read from a script are echoed after their prompt") {
    model::Response response = session::new_response(questionnaire(), Lang::fr);
    session::ScriptedTerminal terminal({"Les Amis"}, false);
    session::Session s(questionnaire(), response, terminal, [](const model::Response&) {}, {});
    CHECK(s.run() == Outcome::end_of_input);
    CHECK(terminal.output().find("> Les Amis\n") != std::string::npos);
    CHECK(terminal.output().find("Ctrl-C") == std::string::npos);
  }

  TEST_CASE("help, and no going back before the first question") {
    Run run({"<", "?", "x", "?"});
    CHECK(run.output.find("! C'est la première question : pas de retour possible.") != std::string::npos);
    CHECK(run.output.find("Pas d'aide supplémentaire pour cette question.") != std::string::npos);
  }

  TEST_CASE("plain mode writes no escape sequence and no box drawing; colour mode does") {
    session::SessionOptions plain;
    plain.color = true;  // --plain wins over colour
    Run quiet({"Les Amis", "q"}, plain);
    CHECK(quiet.output.find('\x1b') == std::string::npos);
    CHECK(quiet.output.find("─") == std::string::npos);
    session::SessionOptions fancy;
    fancy.plain = false;
    fancy.color = true;
    Run coloured({"Les Amis", "q"}, fancy);
    CHECK(coloured.output.find("\x1b[1mSalariés (obligatoire)\x1b[0m") != std::string::npos);
    CHECK(coloured.output.find("─") != std::string::npos);
  }
}
