#include "util/escape.h"

#include <doctest/doctest.h>

using autodiag::markdown_escape;

TEST_SUITE("util::escape") {
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

TEST_SUITE("util::escape") {
  TEST_CASE("terminal: ESC, BEL, OSC and C1 controls are shown, not sent") {
    CHECK(autodiag::show_controls("a\x1b]0;pwned\x07 b\x1b[2J") == "a\\x1b]0;pwned\\x07 b\\x1b[2J");
    CHECK(autodiag::show_controls("csi \xC2\x9B" "2J del \x7F") == "csi \\u009b2J del \\x7f");
    CHECK(autodiag::show_controls("deux\nlignes\tet tab") == "deux\nlignes\tet tab");
    CHECK(autodiag::show_controls("octet \xff seul") == "octet \\xff seul");
    CHECK(autodiag::show_controls("Café « Zinc » 🌞") == "Café « Zinc » 🌞");
  }

  TEST_CASE("bidi overrides, isolates and zero-width characters are shown (display spoofing)") {
    CHECK(autodiag::show_controls("abc\u202Etxt.exe") == "abc\\u202etxt.exe");
    CHECK(autodiag::show_controls("a\u200Bb\u200Dc\u2066d\u2069\uFEFF") == "a\\u200bb\\u200dc\\u2066d\\u2069\\ufeff");
    CHECK(autodiag::show_controls("x\u2028y") == "x\\u2028y");
  }

  TEST_CASE("one line: line breaks are shown too, so that no line can be forged") {
    CHECK(autodiag::one_line("a.yaml\nb.yaml:1:1: error: forged\r") == "a.yaml\\nb.yaml:1:1: error: forged\\r");
  }

  TEST_CASE("Markdown: controls and spoofing characters are visible, then escaped as text") {
    CHECK(markdown_escape("x\x1b[31my") == "x\\\\x1b\\[31my");
    CHECK(markdown_escape("a\u202Eb") == "a\\\\u202eb");
  }

  TEST_CASE("XML: entities, and characters XML forbids (U+FFFE, U+FFFF, controls) made visible") {
    CHECK(autodiag::xml_escape("<a href=\"x\">R&D's</a>") == "&lt;a href=&quot;x&quot;&gt;R&amp;D&apos;s&lt;/a&gt;");
    CHECK(autodiag::xml_escape("label\uFFFE\uFFFF\x01") == "label\\ufffe\\uffff\\x01");
  }

  TEST_CASE("CSV cells from respondents: every formula start is neutralised (OWASP)") {
    CHECK(autodiag::csv_cell_text("-2+3+cmd|' /C calc'!A0") == "'-2+3+cmd|' /C calc'!A0");
    CHECK(autodiag::csv_cell_text("=1+1") == "'=1+1");
    CHECK(autodiag::csv_cell_text("+33 1 23") == "'+33 1 23");
    CHECK(autodiag::csv_cell_text("@SUM(A1)") == "'@SUM(A1)");
    CHECK(autodiag::csv_cell_text("\t=1") == "'\t=1");
    CHECK(autodiag::csv_cell_text("\r=1") == "'\r=1");
    CHECK(autodiag::csv_cell_text("\n=1") == "'\n=1");
    CHECK(autodiag::csv_cell_text("Les Amis") == "Les Amis");
    CHECK(autodiag::csv_cell_text("42") == "42");
    CHECK(autodiag::csv_cell_text("") == "");
  }
}

TEST_CASE("hidden_as_escapes: hidden characters of a JSON or YAML document as \\u escapes, the rest untouched") {
  CHECK(autodiag::hidden_as_escapes("{\"n\": \"a\u202eb\u200b\ufeff\u0085\u2066\"}") ==
        "{\"n\": \"a\\u202eb\\u200b\\ufeff\\u0085\\u2066\"}");
  // Visible text, controls JSON already escapes, stray bytes and characters
  // beyond U+FFFF (which JSON would need as surrogate pairs) are left as they are.
  CHECK(autodiag::hidden_as_escapes("été \\u001b \xff \U0001FFFE") == "été \\u001b \xff \U0001FFFE");
  CHECK(autodiag::hidden_as_escapes("\u202e") == "\\u202e");
  CHECK(autodiag::has_hidden("x\u200by"));
  CHECK_FALSE(autodiag::has_hidden("Les Amis — « été »"));
}

TEST_CASE("is_web_address: only an http(s) address that cannot end its autolink") {
  CHECK(autodiag::is_web_address("https://www.associations.gouv.fr/le-dla.html?x=1#a"));
  CHECK(autodiag::is_web_address("http://example.org"));
  CHECK_FALSE(autodiag::is_web_address("javascript:alert(document.cookie)"));
  CHECK_FALSE(autodiag::is_web_address("data:text/html,<script>"));
  CHECK_FALSE(autodiag::is_web_address("HTTPS://EXAMPLE.ORG"));  // unusual enough to be left out rather than guessed at
  CHECK_FALSE(autodiag::is_web_address("https://x.example/> <img src=x onerror=alert(1)"));
  CHECK_FALSE(autodiag::is_web_address("https://x.example/`code`"));
  CHECK_FALSE(autodiag::is_web_address("https://x.example/\x1b]0;t\x07"));
  CHECK_FALSE(autodiag::is_web_address("https://x.example/a\\b"));
  CHECK_FALSE(autodiag::is_web_address(""));
}
