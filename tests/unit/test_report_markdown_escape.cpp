#include "report/markdown_escape.h"

#include <doctest/doctest.h>

using autodiag::report::markdown_escape;

TEST_SUITE("report::markdown_escape") {
  TEST_CASE("plain French text is left as is") {
    CHECK(markdown_escape("Convention avec la commune, revue chaque année (2026) : 36 % !") ==
          "Convention avec la commune, revue chaque année (2026) : 36 % !");
  }

  TEST_CASE("table and inline markup is escaped") {
    CHECK(markdown_escape("a | b") == "a \\| b");
    CHECK(markdown_escape("`code` *bold* _em_ [link](x) ~del~") == "\\`code\\` \\*bold\\* \\_em\\_ \\[link\\](x) \\~del\\~");
    CHECK(markdown_escape("<script>alert(1)</script>") == "\\<script\\>alert(1)\\</script\\>");
    CHECK(markdown_escape("R&D &amp;") == "R\\&D \\&amp;");
    CHECK(markdown_escape("C:\\dossier") == "C:\\\\dossier");
  }

  TEST_CASE("line breaks and surrounding blanks collapse to single spaces") {
    CHECK(markdown_escape("  première ligne\n\n| seconde |\r\n\tfin  ") == "première ligne \\| seconde \\| fin");
  }

  TEST_CASE("what would open a block at the start of a line is escaped") {
    CHECK(markdown_escape("# Titre") == "\\# Titre");
    CHECK(markdown_escape("- point") == "\\- point");
    CHECK(markdown_escape("+ point") == "\\+ point");
    CHECK(markdown_escape("===") == "\\===");
    CHECK(markdown_escape("- - -") == "\\- - -");
    CHECK(markdown_escape("-") == "\\-");
    CHECK(markdown_escape("-5") == "-5");
    CHECK(markdown_escape("+11") == "+11");
    CHECK(markdown_escape("=x") == "=x");
    CHECK(markdown_escape("#1 des ventes") == "\\#1 des ventes");
    CHECK(markdown_escape("> citation") == "\\> citation");
    CHECK(markdown_escape("12. point") == "12\\. point");
    CHECK(markdown_escape("3) point") == "3\\) point");
    CHECK(markdown_escape("2026. Bonne année") == "2026\\. Bonne année");
    CHECK(markdown_escape("3.5 salariés") == "3.5 salariés");
    CHECK(markdown_escape("a # b - c") == "a # b - c");
  }

  TEST_CASE("empty and blank texts give nothing") {
    CHECK(markdown_escape("") == "");
    CHECK(markdown_escape(" \n ") == "");
  }
}
