#include "document/actions_csv.h"
#include "document/html_page.h"
#include "test_helpers.h"
#include "util/errors.h"

#include <doctest/doctest.h>

namespace autodiag {

namespace {

// The <main> content of a page, the shell left out.
std::string main_of(const std::string& page) {
  size_t start = page.find("<main>\n") + 7;
  return page.substr(start, page.find("</main>") - start);
}

}  // namespace

TEST_SUITE("document::html") {
  TEST_CASE("the page shell: doctype, language, title from the first heading, stylesheet") {
    std::string page = document::html_page("# Plan — *Asso* & co\n\nTexte.\n", "", "", Lang::en);
    CHECK(page.rfind("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n", 0) == 0);
    CHECK(page.find("<title>Plan — Asso &amp; co</title>") != std::string::npos);
    CHECK(page.find("@page { size: A4;") != std::string::npos);
    CHECK(main_of(page) == "<h1>Plan — <em>Asso</em> &amp; co</h1>\n<p>Texte.</p>\n");
  }

  TEST_CASE("the chart's image becomes the SVG itself, without its XML declaration") {
    std::string svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg role=\"img\"><title>T</title></svg>\n";
    std::string page = document::html_page("![Graphique](mon%20plan.svg)\n", svg, "mon%20plan.svg", Lang::fr);
    CHECK(main_of(page) == "<p><svg role=\"img\"><title>T</title></svg>\n</p>\n");
  }

  TEST_CASE("raw HTML stays text, and only web and mail links stay links") {
    std::string page = document::html_page(
        "<script>alert(1)</script>\n\n[a](javascript:alert(1)) [b](https://ess.fr) <mailto:x@y.fr> [c](fichier.md)\n",
        "", "", Lang::en);
    CHECK(main_of(page) ==
          "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
          "<p><a>a</a> <a href=\"https://ess.fr\">b</a> <a href=\"mailto:x@y.fr\">mailto:x@y.fr</a> <a>c</a></p>\n");
  }

  TEST_CASE("annexes start a printed page; French spacing does not break") {
    std::string page = document::html_page("## 1. Synthèse\n\n« fait » : oui ; non ?\n\n## Annexe A. Réponses\n", "", "",
                                           Lang::fr);
    CHECK(main_of(page) ==
          "<h2>1. Synthèse</h2>\n<p>«\u00A0fait\u00A0»\u00A0: oui\u00A0; non\u00A0?</p>\n"
          "<h2 class=\"annex\">Annexe A. Réponses</h2>\n");
  }
}

TEST_SUITE("document::actions") {
  TEST_CASE("the sheet written from the plan's actions") {
    nlohmann::json model = {{"actions",
                             {{{"priority", "1"},
                               {"action", "=Écrire; la \"charte\""},
                               {"theme", "Gouvernance"},
                               {"question_id", "roles_written"},
                               {"objective_one_year", "« Oui »"},
                               {"objective_three_years", "—"}}}}};
    CHECK(document::actions_csv(model, Lang::fr) ==
          "\xEF\xBB\xBFThème;Action;Priorité;Objectif à 1 an;Objectif à 3 ans;Responsable;Échéance;Statut;"
          "Commentaire;Référence\r\n"
          "Gouvernance;\"'=Écrire; la \"\"charte\"\"\";1;« Oui »;—;;;à faire;;roles_written\r\n");
    auto back = document::parse_actions(document::actions_csv(model, Lang::fr), "s.csv");
    REQUIRE(back.size() == 1);
    CHECK(back[0].action == "=Écrire; la \"charte\"");
    CHECK(back[0].question_id == "roles_written");
    CHECK(back[0].status == report::ActionStatus::to_do);
  }

  TEST_CASE("a sheet as the board saved it: English headers, commas, moved columns, statuses typed by hand") {
    auto actions = document::parse_actions(
        "Status,Comment,Action,Owner\n"
        "Done,\"ok, voted\",Write the charter,Ann\n"
        ",,,\n"
        "  En Cours ,,Map the stakeholders,\n"
        "ABANDONNÉE,,Audit,\n",
        "s.csv");
    REQUIRE(actions.size() == 3);
    CHECK(actions[0].status == report::ActionStatus::done);
    CHECK(actions[0].comment == "ok, voted");
    CHECK(actions[0].owner == "Ann");
    CHECK(actions[1].status == report::ActionStatus::in_progress);
    CHECK(actions[1].action == "Map the stakeholders");
    CHECK(actions[2].status == report::ActionStatus::dropped);
  }

  TEST_CASE("a sheet without a status column, or a quote never closed, is refused with its place") {
    try {
      document::parse_actions("Thème;Action\nG;A\n", "s.csv");
      FAIL("accepted");
    } catch (const Failure& e) {
      CHECK(e.exit_code() == 65);
      CHECK(e.message().fr ==
            "s.csv:1:1: erreur: ce tableau de suivi n'a pas de colonne « Statut » (en-têtes attendus : Thème ; Action "
            "; … ; Statut)");
    }
    try {
      document::parse_actions("Action;Statut\nA;\"fait\n", "s.csv");
      FAIL("accepted");
    } catch (const Failure& e) {
      CHECK(e.message().en == "s.csv:2:3: error: quote never closed");
    }
  }

  TEST_CASE("the sheet's name follows the plan's") {
    CHECK(document::actions_path_for("dir/asso-plan.md") == "dir/asso-actions.csv");
    CHECK(document::actions_path_for("bilan.html") == "bilan-actions.csv");
    CHECK(document::actions_path_for("-plan.md") == "-plan-actions.csv");
  }
}

}  // namespace autodiag
