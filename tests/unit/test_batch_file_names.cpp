#include "batch/file_names.h"
#include "batch/pseudonym.h"

#include <doctest/doctest.h>

using autodiag::batch::pseudonym;
using autodiag::batch::slug;
using autodiag::batch::UniqueNames;

TEST_SUITE("batch::file_names") {
  TEST_CASE("accents are transliterated, the rest becomes single hyphens") {
    CHECK(slug("Étoile sportive de la Vallée du Loir", "x") == "etoile-sportive-de-la-vallee-du-loir");
    CHECK(slug("Cyclo'Livre Nantes SAS", "x") == "cyclo-livre-nantes-sas");
    CHECK(slug("Œuvre  Sœurs & Frères — Straße", "x") == "oeuvre-soeurs-freres-strasse");
  }

  TEST_CASE("no path traversal: slashes, dots and backslashes disappear") {
    CHECK(slug("../../x", "x") == "x");
    CHECK(slug("..\\..\\etc\\passwd", "org") == "etc-passwd");
    CHECK(slug("/", "organisation") == "organisation");
    CHECK(slug("..", "organisation") == "organisation");
  }

  TEST_CASE("empty names and names of emoji only fall back") {
    CHECK(slug("", "organisation") == "organisation");
    CHECK(slug("\xF0\x9F\x8C\xB1\xF0\x9F\x8C\xBB", "organisation") == "organisation");
    CHECK(slug("Les Jardins \xF0\x9F\x8C\xB1 partagés", "organisation") == "les-jardins-partages");
  }

  TEST_CASE("long names are cut at a hyphen within the limit") {
    std::string name;
    for (int i = 0; i < 30; ++i) name += "Association ";
    std::string s = slug(name, "organisation");
    CHECK(s.size() <= 60);
    CHECK(s == "association-association-association-association-association");
    CHECK(slug(std::string(300, 'a'), "organisation") == std::string(60, 'a'));
  }

  TEST_CASE("Windows device names are avoided") {
    CHECK(slug("CON", "organisation") == "con-org");
    CHECK(slug("nul", "organisation") == "nul-org");
  }

  TEST_CASE("invalid UTF-8 bytes become hyphens") {
    CHECK(slug("caf\xE9 bar", "organisation") == "caf-bar");
  }

  TEST_CASE("collisions get -2, -3, also against a name that already ends in -2") {
    UniqueNames names;
    CHECK(names.take("x") == "x");
    CHECK(names.take("x-2") == "x-2");
    CHECK(names.take("x") == "x-3");
    CHECK(names.take("x") == "x-4");
    CHECK(names.take("y") == "y");
  }

  TEST_CASE("pseudonyms are stable and depend only on the source") {
    CHECK(pseudonym("responses/a.yaml") == pseudonym("responses/a.yaml"));
    CHECK(pseudonym("responses/a.yaml") != pseudonym("responses/b.yaml"));
    CHECK(pseudonym("") == "org-efd01f60ba99");
    CHECK(pseudonym("a") == "org-82a2a958a9be");
    CHECK(pseudonym("responses/a.yaml").size() == 16);
  }
}
