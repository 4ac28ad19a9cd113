#include "load/yaml_messages.h"

#include <yaml-cpp/exceptions.h>

#include <array>
#include <string_view>

namespace autodiag::load {

namespace {

struct Known {
  std::string_view yaml_cpp;  // a YAML::ErrorMsg text; a prefix when it ends with ": "
  std::string_view fr;
  std::string_view en;
};

namespace E = YAML::ErrorMsg;

// Matched on yaml-cpp's own constants, so that a reworded message in a newer
// yaml-cpp falls back to its words instead of a wrong explanation.
const std::array<Known, 24> known = {{
    {E::END_OF_MAP_FLOW, "liste entre accolades « { } » mal fermée : il manque une virgule ou « } »",
     "a '{ }' list is not closed properly: a comma or '}' is missing"},
    {E::END_OF_SEQ_FLOW, "liste entre crochets « [ ] » mal fermée : il manque une virgule ou « ] »",
     "a '[ ]' list is not closed properly: a comma or ']' is missing"},
    {E::END_OF_MAP, "la liste de clés n'est pas terminée : vérifiez l'indentation",
     "the list of keys does not end properly: check the indentation"},
    {E::END_OF_SEQ, "la liste n'est pas terminée : vérifiez l'indentation des tirets « - »",
     "the list does not end properly: check the indentation of the dashes '-'"},
    {E::MAP_VALUE,
     "« : » inattendu : l'indentation est décalée, ou un texte contenant « : » doit être mis entre guillemets",
     "unexpected ':': the indentation is off, or a text containing ': ' must be put in quotes"},
    {E::MAP_KEY, "clé inattendue à cet endroit : vérifiez l'indentation", "unexpected key here: check the indentation"},
    {E::BLOCK_ENTRY, "tiret « - » inattendu : vérifiez l'indentation de la liste",
     "unexpected dash '-': check the indentation of the list"},
    {E::TAB_IN_INDENTATION, "tabulation dans l'indentation : YAML n'accepte que des espaces",
     "tab in the indentation: YAML accepts spaces only"},
    {E::EOF_IN_SCALAR, "un guillemet ouvert n'est jamais refermé (fin du fichier atteinte)",
     "a quotation mark is never closed (end of file reached)"},
    {E::DOC_IN_SCALAR, "« --- » ou « ... » au début d'une ligne à l'intérieur d'un texte",
     "'---' or '...' at the start of a line inside a text"},
    {E::CHAR_IN_SCALAR, "caractère interdit dans un texte sans guillemets : mettez le texte entre guillemets",
     "character not allowed in a text without quotes: put the text in quotes"},
    {E::FLOW_END, "« ] » ou « } » sans « [ » ou « { » qui l'ouvre", "']' or '}' without the '[' or '{' that opens it"},
    {E::UNKNOWN_TOKEN, "caractère inattendu à cet endroit", "unexpected character here"},
    {E::INVALID_ESCAPE,
     "séquence inconnue après une barre oblique inverse « \\ » entre guillemets doubles : doublez-la (\\\\) ou "
     "utilisez des guillemets simples",
     "unknown sequence after a backslash '\\' in double quotes: double it (\\\\) or use single quotes"},
    {E::INVALID_UNICODE, "code de caractère \\u ou \\U invalide", "invalid \\u or \\U character code"},
    {E::INVALID_HEX, "chiffre hexadécimal attendu après \\x, \\u ou \\U", "hexadecimal digit expected after \\x, \\u or \\U"},
    {E::SINGLE_QUOTED_CHAR, "caractère interdit entre guillemets simples", "character not allowed in single quotes"},
    {E::ALIAS_NOT_FOUND, "un nom est attendu après « * »", "a name is expected after '*'"},
    {E::ANCHOR_NOT_FOUND, "un nom est attendu après « & »", "a name is expected after '&'"},
    {E::CHAR_IN_ALIAS, "caractère interdit dans le nom après « * »", "character not allowed in the name after '*'"},
    {E::CHAR_IN_ANCHOR, "caractère interdit dans le nom après « & »", "character not allowed in the name after '&'"},
    {E::ZERO_INDENT_IN_BLOCK, "le texte après « | » ou « > » doit être indenté",
     "the text after '|' or '>' must be indented"},
    {E::CHAR_IN_BLOCK, "caractère inattendu après « | » ou « > »", "unexpected character after '|' or '>'"},
    {E::UNKNOWN_ANCHOR, "« * » renvoie à un nom « & » qui n'est pas défini plus haut",
     "'*' refers to an '&' name that is not defined above"},
}};

}  // namespace

Message yaml_syntax_message(const std::string& yaml_cpp_message, std::string_view line) {
  std::string_view indentation = line.substr(0, line.find_first_not_of(" \t"));
  std::string_view tab_cause = E::TAB_IN_INDENTATION;
  const std::string& cause = indentation.find('\t') != std::string_view::npos ? std::string(tab_cause) : yaml_cpp_message;
  for (const Known& k : known) {
    bool prefix = k.yaml_cpp.ends_with(": ");
    if (prefix ? cause.starts_with(k.yaml_cpp) : cause == k.yaml_cpp) {
      return msg("syntaxe YAML incorrecte : {0}", "YAML syntax error: {1}", k.fr, k.en);
    }
  }
  return msg("syntaxe YAML incorrecte ({})", "YAML syntax error ({})", yaml_cpp_message);
}

}  // namespace autodiag::load
