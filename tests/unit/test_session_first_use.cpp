// What a first-time user meets: the choice of path, hints that lead
// somewhere, jumps, resuming, and screens that fit the terminal.
#include "test_session_fixture.h"
#include "util/text_width.h"
#include "util/wrap.h"

#include <doctest/doctest.h>

using namespace session_fixture;

namespace {

session::SessionOptions offering_paths() {
  session::SessionOptions options;
  options.offer_paths = true;
  return options;
}

// The widest line of a screen, escape sequences left out. What follows a
// prompt starts a line: on a terminal, the typed answer ends with Enter.
size_t widest_line(const std::string& screen) {
  std::string output;
  for (size_t i = 0; i < screen.size(); ++i) {
    bool prompt = screen.compare(i, 2, "> ") == 0;
    output += prompt ? '\n' : screen[i];
    i += prompt ? 1 : 0;
  }
  size_t widest = 0;
  size_t start = 0;
  while (start < output.size()) {
    size_t end = std::min(output.find('\n', start), output.size());
    std::string line;
    for (size_t i = start; i < end; ++i) {
      if (output[i] == '\x1b') {
        while (i < end && output[i] != 'm') ++i;
        continue;
      }
      line += output[i];
    }
    widest = std::max(widest, display_width(line));
    start = end + 1;
  }
  return widest;
}

}  // namespace

TEST_SUITE("session::first use") {
  TEST_CASE("the welcome offers the short and the full path, with their durations") {
    Run run({"", "Les Amis", "0", "", "1", "2"}, offering_paths());
    CHECK(run.output.find("Deux parcours possibles :\n"
                          "  1. Parcours court, les questions essentielles : entre 1 et 2 minutes (5 à 6 questions).\n"
                          "  2. Parcours complet, toutes les questions du guide : environ 2 minutes (7 à 9 questions).\n"
                          "Tapez 1 ou 2 (Entrée seule : le parcours court ; ? : la différence).\n> ") != std::string::npos);
    // Enter alone took the short path: only the core questions were asked.
    CHECK(run.asked() == std::vector<std::string>{"Nom", "Salariés", "Les thèmes de cette année", "Choix A ?", "Multi B ?"});
    CHECK(run.outcome == Outcome::finished);
    // Recorded in the file, as --short records it: the questions left off
    // are "not asked", not "unanswered", in the scores and the plan.
    CHECK(run.last_save().find("\npath: short\n") != std::string::npos);

    Run full({"?", "3", "2", "Les Amis", "0", "", "1", "s", "1", "s"}, offering_paths());
    CHECK(full.output.find("Le parcours court pose le profil et les questions essentielles") != std::string::npos);
    CHECK(full.output.find("! Tapez 1 pour le parcours court ou 2 pour le parcours complet (Entrée seule : le parcours "
                           "court).") != std::string::npos);
    CHECK(full.asked() == std::vector<std::string>{"Nom", "Salariés", "Les thèmes de cette année", "Choix A ?",
                                                   "Taux A ?", "Multi B ?", "Note B ?"});
    CHECK(full.last_save().find("path:") == std::string::npos);
  }

  TEST_CASE("a given path, or a script, is not asked to choose") {
    session::SessionOptions options;
    options.short_path = true;
    Run given({"q"}, options);
    CHECK(given.output.find("Deux parcours") == std::string::npos);
    CHECK(given.output.find("Durée : entre 1 et 2 minutes (5 à 6 questions).") != std::string::npos);
    model::Response response = session::new_response(questionnaire(), Lang::fr);
    session::ScriptedTerminal script({"q"}, false);
    session::Session s(questionnaire(), response, script, [](const model::Response&) {}, offering_paths());
    CHECK(s.run() == Outcome::quit);
    CHECK(script.output().find("Deux parcours") == std::string::npos);
  }

  TEST_CASE("the words of a first-time user lead somewhere") {
    Run run({"Les Amis", "1e3", "3", "", "je ne sais pas", "2", "non concerné", "NC", "n/a"});
    CHECK(run.output.find("! tapez un nombre écrit en chiffres (par exemple 12), pas « 1e3 »\n") != std::string::npos);
    CHECK(run.output.find("! Pas de souci : tapez s pour passer cette question, vous pourrez y revenir plus tard ; ? "
                          "donne de l'aide.\n") != std::string::npos);
    // "non concerné" is na where the question offers it.
    CHECK(run.last_save().find("  a_choice: some\n  a_rate: na\n") != std::string::npos);
    // b_staff is yes/no and required: "NC" is refused with what to do.
    CHECK(run.output.find("! « non concerné » n'est pas proposé pour cette question : choisissez la réponse la plus "
                          "proche (? pour l'aide).\n") != std::string::npos);
    CHECK(run.outcome == Outcome::end_of_input);
  }

  TEST_CASE("g goes to a theme; what was jumped over comes back at the end") {
    Run run({"Les Amis", "0", "", "g", "", "g 9", "g 2", "1", "s", "2", "g p", "", "", "", "1", "q"});
    CHECK(run.output.find("Aller à :\n  p. Profil de la structure\n  t. Les thèmes de cette année\n  1. Alpha\n  2. "
                          "Bêta\n") != std::string::npos);
    CHECK(run.output.find("On reste sur cette question.") != std::string::npos);
    CHECK(run.output.find("! tapez g suivi d'un numéro de thème, de 1 à 2 (ex. g 3), g p pour le profil ou g t pour "
                          "le choix des thèmes\n") != std::string::npos);
    CHECK(run.output.find("Il reste des questions sans réponse, passées plus tôt : les voici (s pour en passer une).") !=
          std::string::npos);
    // Multi B, Note B (passed); then Choix A, jumped over, comes back ("2");
    // at Taux A, back to the profile, walked again up to Choix A ("1"), then q.
    CHECK(run.asked() == std::vector<std::string>{"Nom", "Salariés", "Les thèmes de cette année", "Choix A ?",
                                                  "Multi B ?", "Note B ?", "Choix A ?", "Taux A ?", "Nom", "Salariés",
                                                  "Les thèmes de cette année", "Choix A ?", "Taux A ?"});
    CHECK(run.last_save().find("answers:\n  b_multi: [x]\n  a_choice: none\n") != std::string::npos);
  }

  TEST_CASE("on resume the new questions come first, the ones passed earlier after them") {
    Run first({"Les Amis", "3", "", "s", "40", "q"});
    REQUIRE(first.outcome == Outcome::quit);
    session::SessionOptions options;
    options.resuming = true;
    Run second({"o", "1", "fin", "3"}, options, first.response);
    CHECK(second.asked() == std::vector<std::string>{"Entretiens B ?", "Multi B ?", "Note B ?", "Choix A ?"});
    CHECK(second.outcome == Outcome::finished);
    CHECK(second.last_save().find("  a_choice: all\n") != std::string::npos);
  }

  TEST_CASE("in plain mode the question is said again after a refusal or a comment, not after an answer") {
    Run run({"Les Amis", "beaucoup", "c à vérifier", "3", "q"});
    CHECK(run.output.find("! tapez un nombre écrit en chiffres (par exemple 12), pas « beaucoup »\n"
                          "Question : Salariés\n> ") != std::string::npos);
    CHECK(run.output.find("Commentaire enregistré. Répondez maintenant à la question.\nQuestion : Salariés\n> ") !=
          std::string::npos);
    CHECK(run.output.find("Question : Nom") == std::string::npos);
    session::SessionOptions fancy;
    fancy.plain = false;
    Run seen({"Les Amis", "beaucoup", "q"}, fancy);
    CHECK(seen.output.find("Question :") == std::string::npos);
  }

  TEST_CASE("on resume the duration leaves out questions the answers given have ruled out") {
    // 0 employees: the works council and the reviews cannot come up any more.
    Run first({"Les Amis", "0", "q"});
    REQUIRE(first.outcome == Outcome::quit);
    session::SessionOptions options;
    options.resuming = true;
    Run second({"q"}, options, first.response);
    CHECK(second.output.find("Durée : environ 1 minute (5 questions).") != std::string::npos);
    // Not answered yet, the head count leaves both possible.
    Run named({"Les Amis", "q"});
    Run third({"q"}, options, named.response);
    CHECK(third.output.find("Durée : environ 2 minutes (6 à 8 questions).") != std::string::npos);
  }

  TEST_CASE("at 60 columns no line is wider than the terminal, and nothing is cut") {
    session::SessionOptions fancy;
    fancy.plain = false;
    fancy.color = true;
    fancy.offer_paths = true;
    Run run({"2", "Les Amis du Bocage et des Alentours", "nombreux", "3", "?", "", "pas mal", "1", "g", "", "q"}, fancy, std::nullopt, 60);
    CHECK(widest_line(run.output) <= 59);
    CHECK(run.output.find("\n?") == std::string::npos);
    CHECK(run.output.find("\n:") == std::string::npos);
    session::SessionOptions plain;
    Run listened({"Les Amis", "q"}, plain, std::nullopt, 60);
    CHECK(widest_line(listened.output) <= 59);
    // A command's key stays with its words, in plain mode too, and is sent
    // with plain spaces.
    CHECK(listened.output.find("Commandes : ? aide ; c commentaire ; g aller à ;\nq enregistrer et quitter\n> ") !=
          std::string::npos);
    CHECK(listened.output.find("\u00a0") == std::string::npos);
  }
}

TEST_SUITE("util::wrap") {
  TEST_CASE("lines break between words, never before French punctuation, never inside a file name") {
    CHECK(wrap_text("Un délégué syndical a-t-il été désigné dans votre structure ?", 58) ==
          "Un délégué syndical a-t-il été désigné dans votre\nstructure ?");
    CHECK(wrap_text("Réponse : « non concerné » ici", 20) == "Réponse : « non\nconcerné » ici");
    CHECK(wrap_text("g aller à · q quitter", 11) == "g aller à ·\nq quitter");
    CHECK(wrap_text("Pour reprendre : autodiag run --resume /un/chemin/tres/long/autodiag-2026.yaml", 30) ==
          "Pour reprendre : autodiag run\n--resume\n/un/chemin/tres/long/autodiag-2026.yaml");
    CHECK(wrap_text("  1. Un choix assez long pour passer", 20, 3) == "  1. Un choix assez\n     long pour\n     passer");
    CHECK(wrap_text("sans largeur connue", 0) == "sans largeur connue");
    CHECK(wrap_text("a\n\nb", 10) == "a\n\nb");
  }
}
