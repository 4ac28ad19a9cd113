// Hostile inputs: each gives one exact diagnostic, and never a crash or a
// hang. Each diagnostic shows where reading stopped (the bracket too deep, the
// millionth node, the size limit): the work done is bounded by the limit,
// which is what keeps these inputs fast (timing is not asserted here).

#include "test_helpers.h"

#include "load/questionnaire_loader.h"
#include "load/response_loader.h"
#include "load/yaml_tree.h"

#include <doctest/doctest.h>

#include <string>

using namespace autodiag;
using test::questionnaire_diagnostics;

namespace {

std::string response_load_diagnostics(std::string_view text, Lang lang = Lang::en) {
  Diagnostics diagnostics;
  auto r = load::load_response(text, diagnostics);
  CHECK_FALSE(r.has_value());
  return test::render(diagnostics, lang);
}

std::string tree_diagnostics(std::string_view text, Lang lang = Lang::en) {
  Diagnostics diagnostics;
  load::YamlDocument doc(text, diagnostics);
  CHECK(doc.root() == nullptr);
  return test::render(diagnostics, lang);
}

}  // namespace

TEST_CASE("hostile: empty file, whitespace only, comments only, an empty document") {
  CHECK(questionnaire_diagnostics("") == "1:1: error: empty file");
  CHECK(questionnaire_diagnostics("", Lang::fr) == "1:1: error: fichier vide");
  CHECK(questionnaire_diagnostics("  \n\n\t\n   ") == "1:1: error: empty file");
  CHECK(questionnaire_diagnostics("# nothing but a comment\n") == "1:1: error: empty file");
  CHECK(questionnaire_diagnostics("---\n") == "1:1: error: empty file");
  CHECK(questionnaire_diagnostics("~\n") == "1:1: error: empty file");
  CHECK(response_load_diagnostics("\xEF\xBB\xBF") == "1:1: error: empty file");
}

TEST_CASE("hostile: binary bytes") {
  std::string png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  CHECK(questionnaire_diagnostics(png) ==
        "1:1: error: not UTF-8 text (a binary file, or saved in another encoding such as Latin-1? Save it as UTF-8)");
  std::string elf("\x7f" "ELF\x02\x01\x01", 7);
  CHECK(questionnaire_diagnostics(elf) == "1:1: error: control character U+007F: this is not a text file (binary file?)");
  CHECK(questionnaire_diagnostics(elf, Lang::fr) ==
        "1:1: error: caractère de contrôle U+007F : ce n'est pas un fichier texte (fichier binaire ?)");
  std::string zip("PK\x03\x04", 4);
  CHECK(response_load_diagnostics(zip) ==
        "1:3: error: control character U+0003: this is not a text file (binary file?)");
}

TEST_CASE("hostile: a NUL byte") {
  std::string text("format: autodiag-questionnaire/1\nid: a\0b\n", 41);
  CHECK(questionnaire_diagnostics(text) ==
        "2:6: error: control character U+0000: this is not a text file (binary file?)");
}

TEST_CASE("hostile: invalid UTF-8: Latin-1, truncated, overlong, surrogate, beyond U+10FFFF") {
  const std::string latin1_message =
      "error: not UTF-8 text (a binary file, or saved in another encoding such as Latin-1? Save it as UTF-8)";
  // "Café" saved in Latin-1: the column counts characters, not bytes.
  CHECK(questionnaire_diagnostics("title: é Caf\xe9\n") == "1:13: " + latin1_message);
  CHECK(questionnaire_diagnostics("title: é Caf\xe9\n", Lang::fr) ==
        "1:13: error: ce n'est pas un texte UTF-8 (fichier binaire, ou enregistré dans un autre encodage comme "
        "Latin-1 ? Réenregistrez-le en UTF-8)");
  CHECK(questionnaire_diagnostics("a: b\nc: \xe2\x82") == "2:4: " + latin1_message);            // truncated €
  CHECK(questionnaire_diagnostics("a: \"\xc0\xaf\"") == "1:5: " + latin1_message);              // overlong /
  CHECK(questionnaire_diagnostics("a: \"\xe0\x80\xaf\"") == "1:5: " + latin1_message);          // overlong /
  CHECK(questionnaire_diagnostics("a: \"\xed\xa0\x80\"") == "1:5: " + latin1_message);          // surrogate
  CHECK(questionnaire_diagnostics("a: \"\xf4\x90\x80\x80\"") == "1:5: " + latin1_message);      // > U+10FFFF
  CHECK(questionnaire_diagnostics("a: \"\xf8\x88\x80\x80\x80\"") == "1:5: " + latin1_message);  // 5 bytes
  CHECK(questionnaire_diagnostics("a: \"\x80\"") == "1:5: " + latin1_message);                  // lone continuation
}

TEST_CASE("hostile: valid UTF-8 at the edges is accepted") {
  // U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFD, U+10000, U+10FFFF, and a BOM.
  std::string text = "\xEF\xBB\xBF- \"\xc2\x80\xdf\xbf\xe0\xa0\x80\xed\x9f\xbf\xee\x80\x80\xef\xbf\xbd"
                     "\xf0\x90\x80\x80\xf4\x8f\xbf\xbf\"\n";
  Diagnostics diagnostics;
  load::YamlDocument doc(text, diagnostics);
  CHECK(test::render(diagnostics) == "");
  REQUIRE(doc.root() != nullptr);
  REQUIRE(doc.root()->items.size() == 1);
  CHECK(doc.root()->items.front()->value.size() == 24);
}

TEST_CASE("hostile: 200 levels of [ and of mappings") {
  CHECK(tree_diagnostics(std::string(200, '[') + std::string(200, ']')) ==
        "1:65: error: nesting too deep (more than 64 levels)");
  CHECK(tree_diagnostics(std::string(200, '['), Lang::fr) ==
        "1:33: error: imbrication trop profonde (plus de 64 niveaux)");
  std::string block_maps;
  for (int i = 0; i < 200; ++i) block_maps += std::string(static_cast<size_t>(2 * i), ' ') + "k:\n";
  block_maps += std::string(400, ' ') + "v\n";
  CHECK(tree_diagnostics(block_maps) == "65:129: error: nesting too deep (more than 64 levels)");
  std::string flow_maps;
  for (int i = 0; i < 200; ++i) flow_maps += "{a: ";
  flow_maps += "1" + std::string(200, '}');
  CHECK(tree_diagnostics(flow_maps) == "1:257: error: nesting too deep (more than 64 levels)");
  std::string block_lists;
  for (int i = 0; i < 200; ++i) block_lists += std::string(static_cast<size_t>(2 * i), ' ') + "-\n";
  CHECK(tree_diagnostics(block_lists) == "65:129: error: nesting too deep (more than 64 levels)");
}

TEST_CASE("hostile: a million [ is refused where the nesting goes too deep") {
  CHECK(tree_diagnostics(std::string(1'000'000, '[')) == "1:33: error: nesting too deep (more than 64 levels)");
}

TEST_CASE("hostile: 64 levels are accepted") {
  Diagnostics diagnostics;
  load::YamlDocument doc(std::string(64, '[') + std::string(64, ']'), diagnostics);
  CHECK(test::render(diagnostics) == "");
  CHECK(doc.root() != nullptr);
}

TEST_CASE("hostile: billion laughs ends in the alias expansion error at the node limit") {
  const char* bomb = R"(a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
)";
  CHECK(questionnaire_diagnostics(bomb) ==
        "7:4: error: document too large once aliases are expanded (more than 1000000 nodes)");
  CHECK(response_load_diagnostics(bomb, Lang::fr) ==
        "7:4: error: document trop gros une fois les alias développés (plus de 1000000 nœuds)");
}

TEST_CASE("hostile: a bomb made of mappings") {
  std::string bomb = "a: &a {x: 1, y: 2, z: 3, t: 4, u: 5, v: 6, w: 7, s: 8, r: 9, q: 10}\n";
  std::string previous = "a";
  for (char name = 'b'; name <= 'h'; ++name) {
    bomb += std::string(1, name) + ": &" + name + " {";
    for (int k = 0; k < 10; ++k) bomb += (k ? ", k" : "k") + std::to_string(k) + ": *" + previous;
    bomb += "}\n";
    previous = std::string(1, name);
  }
  CHECK(tree_diagnostics(bomb) == "6:4: error: document too large once aliases are expanded (more than 1000000 nodes)");
}

TEST_CASE("hostile: too many nodes without any alias") {
  std::string many = "[1";
  for (int i = 0; i < 1'000'000; ++i) many += ",1";
  many += "]";
  CHECK(tree_diagnostics(many) == "1:1: error: document too large (more than 1000000 nodes)");
}

TEST_CASE("hostile: aliases that are unknown or refer to themselves") {
  CHECK(tree_diagnostics("a: *nowhere\n") == "1:4: error: YAML syntax error: '*' refers to an '&' name that is not defined above");
  CHECK(tree_diagnostics("a: &x [1, *x]\n") == "1:11: error: unknown alias");
  CHECK(tree_diagnostics("a: &x [1, *x]\n", Lang::fr) == "1:11: error: alias inconnu");
}

TEST_CASE("hostile: a 40 MB file is too large") {
  std::string big = "title: " + std::string(40u << 20, 'a');
  CHECK(questionnaire_diagnostics(big) == "0:0: error: file too large (41943047 bytes, at most 33554432)");
  CHECK(questionnaire_diagnostics(big, Lang::fr) == "0:0: error: fichier trop gros (41943047 octets, au plus 33554432)");
}

TEST_CASE("hostile: several YAML documents in one file") {
  const char* text = "format: autodiag-response/1\n---\nformat: autodiag-response/1\n";
  Diagnostics diagnostics;
  load::YamlDocument doc(text, diagnostics);
  CHECK(test::render(diagnostics) == "3:1: error: only one YAML document is expected per file");
  CHECK(test::render_fr(diagnostics) == "3:1: error: un seul document YAML est attendu par fichier");
  // The first document is kept, so that every other problem is reported too.
  REQUIRE(doc.root() != nullptr);
  CHECK(doc.root()->mark.line == 1);
}

TEST_CASE("hostile: a top-level list or text instead of a mapping") {
  CHECK(questionnaire_diagnostics("- format: autodiag-questionnaire/1\n- id: t\n") ==
        "1:1: error: 'questionnaire' must be a mapping (key: value), not a list");
  CHECK(questionnaire_diagnostics("- a\n", Lang::fr) ==
        "1:1: error: « questionnaire » doit être un dictionnaire (clé: valeur), pas une liste");
  CHECK(questionnaire_diagnostics("just some text\n") ==
        "1:1: error: 'questionnaire' must be a mapping (key: value), not a text");
  CHECK(response_load_diagnostics("[1, 2]") == "1:1: error: 'response' must be a mapping (key: value), not a list");
}

TEST_CASE("hostile: keys that are not texts") {
  CHECK(questionnaire_diagnostics("format: autodiag-questionnaire/1\n[a]: 1\n").find(
            "2:1: error: a key must be a text") != std::string::npos);
}

TEST_CASE("hostile: very long ids are refused, and quoted shortened") {
  auto with_id = [](const std::string& id) {
    return "format: autodiag-questionnaire/1\nid: " + id + R"(
version: 1.0.0
title: T
languages: [fr]
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - {id: th, title: Thème, questions: [{id: q1, type: text, text: Q1}]}
)";
  };
  CHECK(questionnaire_diagnostics(with_id(std::string(64, 'a'))) == "");
  CHECK(questionnaire_diagnostics(with_id(std::string(65, 'a'))) ==
        "2:5: error: invalid id '" + std::string(65, 'a') +
            "' for 'id': lower-case letters, digits, _ and - only, starting with a letter or a digit (at most 64 "
            "characters)");
  CHECK(questionnaire_diagnostics(with_id(std::string(100'000, 'a'))) ==
        "2:5: error: invalid id '" + std::string(80, 'a') +
            "…' for 'id': lower-case letters, digits, _ and - only, starting with a letter or a digit (at most 64 "
            "characters)");
  // Cut between characters, never inside one.
  std::string accents;
  for (int i = 0; i < 1000; ++i) accents += "é";
  CHECK(questionnaire_diagnostics(with_id(accents)) ==
        "2:5: error: invalid id '" + accents.substr(0, 80) +
            "…' for 'id': lower-case letters, digits, _ and - only, starting with a letter or a digit (at most 64 "
            "characters)");
  CHECK(questionnaire_diagnostics(with_id("a" + accents)) ==
        "2:5: error: invalid id 'a" + accents.substr(0, 78) +
            "…' for 'id': lower-case letters, digits, _ and - only, starting with a letter or a digit (at most 64 "
            "characters)");
}

TEST_CASE("hostile: a very long unknown key and a very long number are quoted shortened") {
  std::string key(1'000, 'k');  // YAML limits implicit keys to 1024 characters
  std::string text = "format: autodiag-response/1\nquestionnaire: {id: mini, version: 1.0.0}\nstatus: in_progress\n" +
                     key + ": 1\ntargets: {governance: {one_year: " + std::string(5'000, '9') + "x}}\n";
  CHECK(response_load_diagnostics(text) ==
        "5:34: error: 'one_year' must be a number, not '" + std::string(80, '9') + "…'\n" +
        "4:1: error: unknown key '" + std::string(80, 'k') + "…'");
}

TEST_CASE("hostile: Windows line endings and a byte order mark keep positions right") {
  CHECK(questionnaire_diagnostics("\xEF\xBB\xBF" "format: x\r\nid: a: b\r\n") ==
        "2:6: error: YAML syntax error: unexpected ':': the indentation is off, or a text containing ': ' must be put in quotes");
}

TEST_CASE("hostile: columns count characters, not bytes") {
  // yaml-cpp counts bytes; "é" is one column for the user.
  CHECK(questionnaire_diagnostics("a: \"é\" b: c\n") == "1:8: error: YAML syntax error: the list of keys does not end properly: check the indentation");
  CHECK(questionnaire_diagnostics("- {é: 1, ééé: 2, x: [1}\n") ==
        "1:23: error: YAML syntax error: ']' or '}' without the '[' or '{' that opens it");
}

TEST_CASE("hostile: tabs used for indentation") {
  CHECK(questionnaire_diagnostics("a:\n\tb: 1\n") == "2:3: error: YAML syntax error: tab in the indentation: YAML accepts spaces only");
}
