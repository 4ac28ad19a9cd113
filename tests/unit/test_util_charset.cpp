#include "load/yaml_messages.h"
#include "util/charset.h"
#include "util/plural.h"
#include "util/system_error.h"

#include <doctest/doctest.h>

#include <cerrno>
#include <cstdlib>

using namespace autodiag;

TEST_CASE("transliterate: ASCII for LANG=C, Latin-1 kept for a Latin-1 locale") {
  std::string text = "Théâtre « Œuvre » — 40\u202F% fait · c’est l’été… ███░░ ≥ 3 €";
  CHECK(transliterate(text, Charset::ascii) == "Theatre \"OEuvre\" - 40\u00A0% fait | c'est l'ete... ###.. >= 3 EUR");
  CHECK(transliterate(text, Charset::latin1) ==
        "Théâtre « OEuvre » - 40\u00A0% fait · c'est l'été... ###.. >= 3 EUR");
  CHECK(transliterate(text, Charset::utf8) == text);
  CHECK(encode_for_terminal("é«\u00A0»", Charset::latin1) == "\xE9\xAB\xA0\xBB");
  CHECK(encode_for_terminal("é", Charset::ascii) == "e");
  CHECK(encode_for_terminal("40\u202F% · a", Charset::ascii) == "40 % | a");
  // Bytes that are not UTF-8 are passed on for show_controls to deal with.
  CHECK(transliterate("a\xFF" "b", Charset::ascii) == "a\xFF" "b");
}

TEST_CASE("decode_from_terminal: Latin-1 typing becomes UTF-8, UTF-8 stays") {
  CHECK(decode_from_terminal("non concern\xE9", Charset::latin1) == "non concerné");
  CHECK(decode_from_terminal("non concerné", Charset::latin1) == "non concerné");
  CHECK(decode_from_terminal("non concern\xE9", Charset::ascii) == "non concern\xE9");
}

TEST_CASE("locale_charset: the first of LC_ALL, LC_CTYPE, LANG that is set") {
  auto with = [](const char* all, const char* ctype, const char* lang) {
    for (auto [name, value] : {std::pair{"LC_ALL", all}, {"LC_CTYPE", ctype}, {"LANG", lang}}) {
      if (value == nullptr) {
        ::unsetenv(name);
      } else {
        ::setenv(name, value, 1);
      }
    }
    return locale_charset();
  };
  const char* saved_lang = std::getenv("LANG");
  std::string lang = saved_lang ? saved_lang : "";
  CHECK(with(nullptr, nullptr, "fr_FR.UTF-8") == Charset::utf8);
  CHECK(with(nullptr, nullptr, "C.utf8") == Charset::utf8);
  CHECK(with(nullptr, nullptr, "C") == Charset::ascii);
  CHECK(with(nullptr, nullptr, "POSIX") == Charset::ascii);
  CHECK(with(nullptr, nullptr, nullptr) == Charset::ascii);
  CHECK(with(nullptr, nullptr, "fr_FR.ISO-8859-1") == Charset::latin1);
  CHECK(with(nullptr, nullptr, "fr_FR@euro") == Charset::latin1);
  CHECK(with("C", nullptr, "fr_FR.UTF-8") == Charset::ascii);
  CHECK(with(nullptr, "fr_FR.UTF-8", "C") == Charset::utf8);
  with(nullptr, nullptr, saved_lang ? lang.c_str() : nullptr);
}

TEST_CASE("count_of: French singular for 0 and 1, English for 1 only") {
  CHECK(count_of(0, Lang::fr, {"erreur", "erreurs"}, {"error", "errors"}) == "0 erreur");
  CHECK(count_of(1, Lang::fr, {"erreur", "erreurs"}, {"error", "errors"}) == "1 erreur");
  CHECK(count_of(2, Lang::fr, {"erreur", "erreurs"}, {"error", "errors"}) == "2 erreurs");
  CHECK(count_of(0, Lang::en, {"erreur", "erreurs"}, {"error", "errors"}) == "0 errors");
  CHECK(count_of(1, Lang::en, {"erreur", "erreurs"}, {"error", "errors"}) == "1 error");
}

TEST_CASE("system_reason: what the system refused, in words, naming the folder for a write") {
  CHECK(system_reason(EACCES, Access::read, "a/b.yaml").fr == "accès refusé : vous n'avez pas le droit de lire ce fichier");
  CHECK(system_reason(EACCES, Access::write, "b.md").fr ==
        "accès refusé : vous n'avez pas le droit d'écrire dans le dossier courant (choisissez-en un autre avec -o, par "
        "exemple dans votre dossier personnel)");
  CHECK(system_reason(ENOSPC, Access::write, "x").en == "the disk is full");
  CHECK(system_reason(EROFS, Access::write, "x").fr == "le disque est en lecture seule");
  // A rare error keeps the system's words, with its number to search for.
  CHECK(system_reason(EXDEV, Access::write, "x").fr.starts_with("erreur système 18 ("));
  Failure read = read_failure("nope.yaml", ENOENT);
  CHECK(read.exit_code() == 66);
  CHECK(read.message().fr == "impossible de lire nope.yaml : le fichier n'existe pas (vérifiez son nom et le dossier où vous êtes)");
}

TEST_CASE("yaml_syntax_message: yaml-cpp's words said for the person who edited the file") {
  CHECK(load::yaml_syntax_message("illegal map value", "id: a: b").fr ==
        "syntaxe YAML incorrecte : « : » inattendu : l'indentation est décalée, ou un texte contenant « : » doit être "
        "mis entre guillemets");
  // A tab in the indentation is the cause, whatever yaml-cpp says.
  CHECK(load::yaml_syntax_message("illegal map value", "\tb: 1").en ==
        "YAML syntax error: tab in the indentation: YAML accepts spaces only");
  CHECK(load::yaml_syntax_message("unknown escape character: q", "a: \"\\q\"").en ==
        "YAML syntax error: unknown sequence after a backslash '\\' in double quotes: double it (\\\\) or use single "
        "quotes");
  CHECK(load::yaml_syntax_message("something new", "").fr == "syntaxe YAML incorrecte (something new)");
}
