// One test per diagnostic of the questionnaire loader: exact message and
// exact line:column.

#include "test_helpers.h"

#include "load/questionnaire_loader.h"

#include <doctest/doctest.h>

using namespace autodiag;
using test::questionnaire_diagnostics;

TEST_CASE("questionnaire: the minimal questionnaire used below loads without any diagnostic") {
  const char* yaml = R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: T
languages: [fr]
levels:
  - {id: low, from: 0, to: 50, label: Bas}
  - {id: high, from: 50, to: 100, label: Haut}
themes:
  - id: th
    title: Thème
    questions:
      - {id: q1, type: text, text: Q1}
)";
  Diagnostics diagnostics;
  auto q = load::load_questionnaire(yaml, diagnostics);
  REQUIRE(q.has_value());
  CHECK(diagnostics.items().empty());
  CHECK(q->id == "t");
  CHECK(q->version.text == "1.0.0");
  CHECK(q->levels.size() == 2);
  CHECK(q->question_count() == 1);
}

TEST_CASE("questionnaire: YAML syntax error") {
  const char* yaml = R"(format: autodiag-questionnaire/1
id: t
title: [T
)";
  CHECK(questionnaire_diagnostics(yaml) == "4:1: error: YAML syntax error: a '[ ]' list is not closed properly: a comma or ']' is missing");
  CHECK(questionnaire_diagnostics(yaml, Lang::fr) == "4:1: error: syntaxe YAML incorrecte : liste entre crochets « [ ] » mal fermée : il manque une virgule ou « ] »");
}

TEST_CASE("questionnaire: YAML syntax error inside a line") {
  CHECK(questionnaire_diagnostics("format: x\nid: a: b\n") == "2:6: error: YAML syntax error: unexpected ':': the indentation is off, or a text containing ': ' must be put in quotes");
}

TEST_CASE("questionnaire: unknown key") {
  const char* yaml = R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: T
languages: [fr]
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - id: th
    title: Thème
    questions:
      - {id: q1, type: text, text: Q1, reqired: true}
colour: blue
)";
  CHECK(questionnaire_diagnostics(yaml) ==
        "12:40: error: unknown key 'reqired'\n"
        "13:1: error: unknown key 'colour'");
  CHECK(questionnaire_diagnostics(yaml, Lang::fr) ==
        "12:40: error: clé inconnue « reqired »\n"
        "13:1: error: clé inconnue « colour »");
}

TEST_CASE("questionnaire: missing required keys") {
  const char* yaml = R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
languages: [fr]
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - id: th
    title: Thème
    questions:
      - {id: q1, text: Q1}
)";
  CHECK(questionnaire_diagnostics(yaml) ==
        "1:1: error: missing required key 'title'\n"
        "11:9: error: missing required key 'type'");
  CHECK(questionnaire_diagnostics(yaml, Lang::fr) ==
        "1:1: error: clé obligatoire « title » absente\n"
        "11:9: error: clé obligatoire « type » absente");
}

TEST_CASE("questionnaire: wrong types") {
  const char* yaml = R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: T
languages: fr
levels:
  - {id: low, from: zero, to: 100, label: Bas}
themes:
  - id: th
    title: [Thème]
    weight: "2"
    messages: [low]
    questions:
      - {id: q1, type: text, text: Q1, required: "true"}
      - {id: q2, type: text, text: Q2, required: yes}
      - [q3]
support: {id: x}
)";
  CHECK(questionnaire_diagnostics(yaml) ==
        "5:12: error: 'languages' must be a list, not a text\n"
        "7:21: error: 'from' must be a number, not 'zero'\n"
        "10:12: error: 'title' must be a text or a per-language mapping ({fr: …, en: …}), not a list\n"
        "11:13: error: 'weight' must be a number written without quotes: 2\n"
        "12:15: error: 'messages' must be a mapping (key: value), not a list\n"
        "14:50: error: 'required' must be true or false, without quotes\n"
        "15:50: error: 'required' must be true or false, not 'yes'\n"
        "16:9: error: 'questions' must be a mapping (key: value), not a list\n"
        "17:10: error: 'support' must be a list, not a mapping (key: value)");
  CHECK(questionnaire_diagnostics(yaml, Lang::fr) ==
        "5:12: error: « languages » doit être une liste, pas un texte\n"
        "7:21: error: « from » doit être un nombre, pas « zero »\n"
        "10:12: error: « title » doit être un texte ou un dictionnaire par langue ({fr: …, en: …}), pas une liste\n"
        "11:13: error: « weight » doit être un nombre écrit sans guillemets : 2\n"
        "12:15: error: « messages » doit être un dictionnaire (clé: valeur), pas une liste\n"
        "14:50: error: « required » doit valoir true ou false, sans guillemets\n"
        "15:50: error: « required » doit valoir true ou false, pas « yes »\n"
        "16:9: error: « questions » doit être un dictionnaire (clé: valeur), pas une liste\n"
        "17:10: error: « support » doit être une liste, pas un dictionnaire (clé: valeur)");
}

TEST_CASE("questionnaire: a list where a number is expected, and an empty value where a text is") {
  const char* yaml = R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title:
languages: [fr]
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - id: th
    title: Thème
    questions:
      - {id: q1, type: number, text: Q1, min: [0]}
)";
  CHECK(questionnaire_diagnostics(yaml) ==
        "4:1: error: 'title' must be a text or a per-language mapping ({fr: …, en: …}), not an empty value\n"
        "12:47: error: 'min' must be a number, not a list\n"
        "12:9: error: a scored number question needs 'bands'");
}

TEST_CASE("questionnaire: duplicate keys, in flow and block mappings") {
  const char* yaml = R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: T
languages: [fr]
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - id: th
    title: Thème
    questions:
      - {id: q1, type: text, text: Q1, text: Q2}
title: U
)";
  CHECK(questionnaire_diagnostics(yaml) ==
        "12:40: error: duplicate key 'text' (first seen on line 12)\n"
        "13:1: error: duplicate key 'title' (first seen on line 4)");
  CHECK(questionnaire_diagnostics(yaml, Lang::fr) ==
        "12:40: error: clé « text » en double (déjà vue ligne 12)\n"
        "13:1: error: clé « title » en double (déjà vue ligne 4)");
}

TEST_CASE("questionnaire: duplicate question ids, profile fields included") {
  const char* yaml = R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: T
languages: [fr]
levels:
  - {id: low, from: 0, to: 100, label: Bas}
profile:
  - {id: q1, type: text, text: Nom}
themes:
  - id: th
    title: Thème
    questions:
      - {id: q2, type: text, text: Q2}
      - {id: q1, type: text, text: Q1}
      - {id: q2, type: text, text: Q2 bis}
)";
  CHECK(questionnaire_diagnostics(yaml) ==
        "15:9: error: duplicate question id 'q1' (already used on line 9)\n"
        "16:9: error: duplicate question id 'q2' (already used on line 14)");
  CHECK(questionnaire_diagnostics(yaml, Lang::fr) ==
        "15:9: error: identifiant de question « q1 » en double (déjà utilisé ligne 9)\n"
        "16:9: error: identifiant de question « q2 » en double (déjà utilisé ligne 14)");
}

TEST_CASE("questionnaire: duplicate option id, and the reserved option id na") {
  const char* yaml = R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: T
languages: [fr]
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - id: th
    title: Thème
    questions:
      - id: q1
        type: choice
        text: Q1
        options:
          - {id: a, label: A, score: 0}
          - {id: b, label: B, score: 1}
          - {id: a, label: A bis, score: 1}
          - {id: na, label: N/A, score: 0}
        actions: {0: Faire}
)";
  CHECK(questionnaire_diagnostics(yaml) ==
        "18:18: error: duplicate option 'a'\n"
        "19:18: error: the id 'na' is reserved (not applicable)");
  CHECK(questionnaire_diagnostics(yaml, Lang::fr) ==
        "18:18: error: option « a » en double\n"
        "19:18: error: l'identifiant « na » est réservé (non applicable)");
}

TEST_CASE("questionnaire: unknown scale") {
  const char* yaml = R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: T
languages: [fr]
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - id: th
    title: Thème
    questions:
      - {id: q1, type: choice, scale: maturity, text: Q1}
)";
  CHECK(questionnaire_diagnostics(yaml) == "12:39: error: unknown scale 'maturity'");
  CHECK(questionnaire_diagnostics(yaml, Lang::fr) == "12:39: error: échelle « maturity » inconnue");
}

TEST_CASE("questionnaire: unknown theme and unknown legal form in support, duplicate support id") {
  const char* yaml = R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: T
languages: [fr]
profile:
  - id: form
    role: legal_form
    type: choice
    text: Forme
    options: [{id: association, label: Association}, {id: scop, label: Scop}]
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - id: th
    title: Thème
    questions:
      - {id: q1, type: text, text: Q1}
support:
  - id: dla
    name: DLA
    description: Accompagnement
    themes: [th, finance]
    legal_forms: [scop, sarl]
  - {id: dla, name: DLA, description: Encore}
)";
  CHECK(questionnaire_diagnostics(yaml) ==
        "25:5: error: duplicate support option 'dla'\n"
        "23:18: error: unknown theme 'finance'\n"
        "24:25: error: unknown legal form 'sarl'");
  CHECK(questionnaire_diagnostics(yaml, Lang::fr) ==
        "25:5: error: option d'accompagnement « dla » en double\n"
        "23:18: error: thème « finance » inconnu\n"
        "24:25: error: forme juridique « sarl » inconnue");
}

TEST_CASE("questionnaire: legal_forms in support without a legal_form field") {
  const char* yaml = R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: T
languages: [fr]
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - id: th
    title: Thème
    questions:
      - {id: q1, type: text, text: Q1}
support:
  - {id: dla, name: DLA, description: D, legal_forms: [scop]}
)";
  CHECK(questionnaire_diagnostics(yaml) ==
        "14:55: error: 'legal_forms' needs a profile field with 'role: legal_form'");
}

TEST_CASE("questionnaire: gap, overlap and empty band in number bands") {
  const char* yaml = R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: T
languages: [fr]
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - id: th
    title: Thème
    questions:
      - id: rate
        type: number
        text: Taux
        bands:
          - {from: 0, to: 10, score: 0}
          - {from: 20, to: 30, score: 1}
          - {from: 25, to: 40, score: 2}
          - {from: 40, to: 40, score: 3}
        actions: {0: A, 1: B}
)";
  CHECK(questionnaire_diagnostics(yaml) ==
        "17:13: error: gap between bands: nothing covers 10 to 20\n"
        "18:13: error: overlapping bands: 25 to 30 is already covered\n"
        "19:13: error: empty band: 'from' (40) must be less than 'to' (40)");
  CHECK(questionnaire_diagnostics(yaml, Lang::fr) ==
        "17:13: error: trou entre les tranches : rien ne couvre 10 à 20\n"
        "18:13: error: tranches qui se chevauchent : 25 à 30 est déjà couvert\n"
        "19:13: error: tranche vide : « from » (40) doit être inférieur à « to » (40)");
}

TEST_CASE("questionnaire: bands that do not cover min to max give a warning") {
  const char* yaml = R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: T
languages: [fr]
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - id: th
    title: Thème
    questions:
      - id: rate
        type: number
        text: Taux
        min: 0
        max: 100
        bands: [{from: 0, to: 50, score: 0}, {from: 50, to: 90, score: 1}]
        actions: {0: A}
)";
  Diagnostics diagnostics;
  CHECK(load::load_questionnaire(yaml, diagnostics).has_value());
  CHECK(test::render(diagnostics) == "17:16: warning: the bands do not cover the whole range from 'min' to 'max'");
}

TEST_CASE("questionnaire: gap, overlap and not ending at 100 in levels") {
  const char* yaml = R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: T
languages: [fr]
levels:
  - {id: low, from: 0, to: 40, label: Bas}
  - {id: mid, from: 50, to: 70, label: Moyen}
  - {id: high, from: 60, to: 90, label: Haut}
themes:
  - id: th
    title: Thème
    questions:
      - {id: q1, type: text, text: Q1}
)";
  CHECK(questionnaire_diagnostics(yaml) ==
        "8:5: error: gap between levels: nothing covers 40 to 50\n"
        "9:5: error: overlapping levels: 60 to 70 is already covered\n"
        "9:5: error: the last level must end at 100");
  CHECK(questionnaire_diagnostics(yaml, Lang::fr) ==
        "8:5: error: trou entre les niveaux : rien ne couvre 40 à 50\n"
        "9:5: error: niveaux qui se chevauchent : 60 à 70 est déjà couvert\n"
        "9:5: error: le dernier niveau doit aller jusqu'à 100");
}

TEST_CASE("questionnaire: levels that do not start at 0, empty level, duplicate level") {
  const char* yaml = R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: T
languages: [fr]
levels:
  - {id: low, from: 10, to: 60, label: Bas}
  - {id: low, from: 60, to: 60, label: Vide}
  - {id: high, from: 60, to: 100, label: Haut}
themes:
  - id: th
    title: Thème
    questions:
      - {id: q1, type: text, text: Q1}
)";
  CHECK(questionnaire_diagnostics(yaml) ==
        "7:5: error: gap between levels: nothing covers 0 to 10\n"
        "8:5: error: duplicate level 'low'\n"
        "8:5: error: level 'low' is empty: 'from' must be less than 'to'");
}

TEST_CASE("questionnaire: missing translation is a warning, and the questionnaire still loads") {
  const char* yaml = R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: {fr: T, en: T}
languages: [fr, en]
levels:
  - {id: low, from: 0, to: 100, label: {fr: Bas}}
themes:
  - id: th
    title: Thème
    questions:
      - {id: q1, type: text, text: {en: Q1}}
)";
  Diagnostics diagnostics;
  auto q = load::load_questionnaire(yaml, diagnostics);
  REQUIRE(q.has_value());
  CHECK(test::render(diagnostics) ==
        "7:40: warning: missing 'en' translation for 'label'\n"
        "12:36: warning: missing 'fr' translation for 'text'");
  CHECK(test::render_fr(diagnostics) ==
        "7:40: warning: traduction « en » absente pour « label »\n"
        "12:36: warning: traduction « fr » absente pour « text »");
  // The missing language falls back on another one.
  CHECK(q->levels.front().label.get("en", q->default_language()) == "Bas");
}

TEST_CASE("questionnaire: missing action for a score below the maximum is a warning") {
  const char* yaml = R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: T
languages: [fr]
scales:
  - id: m
    options:
      - {id: a, label: A, score: 0}
      - {id: b, label: B, score: 1}
      - {id: c, label: C, score: 2}
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - id: th
    title: Thème
    questions:
      - id: q1
        type: choice
        scale: m
        text: Q1
        actions: {1: Faire}
      - {id: q2, type: yesno, text: Q2}
      - {id: q3, type: yesno, text: Q3, actions: {0: Faire}}
)";
  Diagnostics diagnostics;
  REQUIRE(load::load_questionnaire(yaml, diagnostics).has_value());
  CHECK(test::render(diagnostics) ==
        "22:18: warning: question 'q1': no improvement action for score 0\n"
        "23:9: warning: question 'q2': no improvement action for score 0");
  CHECK(test::render_fr(diagnostics) ==
        "22:18: warning: question « q1 » : aucune action d'amélioration pour le score 0\n"
        "23:9: warning: question « q2 » : aucune action d'amélioration pour le score 0");
}

TEST_CASE("questionnaire: invalid ids, reserved id na, bad version, wrong format") {
  const char* yaml = R"(format: autodiag-questionnaire/2
id: Mon-Questionnaire
version: 1.0
title: T
languages: [fr]
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - id: th
    title: Thème
    questions:
      - {id: na, type: text, text: Q1}
      - {id: _q, type: text, text: Q1}
      - {id: qé, type: text, text: Q1}
)";
  CHECK(questionnaire_diagnostics(yaml) ==
        "1:9: error: unsupported format 'autodiag-questionnaire/2' (expected autodiag-questionnaire/1)\n"
        "2:5: error: invalid id 'Mon-Questionnaire' for 'id': lower-case letters, digits, _ and - only, starting "
        "with a letter or a digit (at most 64 characters)\n"
        "3:10: error: invalid version '1.0': expected MAJOR.MINOR.PATCH, e.g. 1.0.0\n"
        "12:14: error: the id 'na' is reserved\n"
        "13:14: error: invalid id '_q' for 'id': lower-case letters, digits, _ and - only, starting with a letter "
        "or a digit (at most 64 characters)\n"
        "14:14: error: invalid id 'qé' for 'id': lower-case letters, digits, _ and - only, starting with a letter "
        "or a digit (at most 64 characters)");
  CHECK(questionnaire_diagnostics(yaml, Lang::fr) ==
        "1:9: error: format « autodiag-questionnaire/2 » non pris en charge (attendu : autodiag-questionnaire/1)\n"
        "2:5: error: identifiant « Mon-Questionnaire » invalide pour « id » : lettres minuscules, chiffres, _ et - "
        "seulement, en commençant par une lettre ou un chiffre (64 caractères au plus)\n"
        "3:10: error: version « 1.0 » invalide : attendu MAJEURE.MINEURE.CORRECTIF, ex. 1.0.0\n"
        "12:14: error: l'identifiant « na » est réservé\n"
        "13:14: error: identifiant « _q » invalide pour « id » : lettres minuscules, chiffres, _ et - seulement, "
        "en commençant par une lettre ou un chiffre (64 caractères au plus)\n"
        "14:14: error: identifiant « qé » invalide pour « id » : lettres minuscules, chiffres, _ et - seulement, "
        "en commençant par une lettre ou un chiffre (64 caractères au plus)");
}

TEST_CASE("questionnaire: versions with a leading zero or a suffix are refused, big numbers accepted") {
  auto version_error = [](const std::string& version) {
    std::string yaml = "format: autodiag-questionnaire/1\nid: t\nversion: " + version + R"(
title: T
languages: [fr]
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - {id: th, title: Thème, questions: [{id: q1, type: text, text: Q1}]}
)";
    return questionnaire_diagnostics(yaml);
  };
  CHECK(version_error("01.0.0") == "3:10: error: invalid version '01.0.0': expected MAJOR.MINOR.PATCH, e.g. 1.0.0");
  CHECK(version_error("1.0.0-beta") ==
        "3:10: error: invalid version '1.0.0-beta': expected MAJOR.MINOR.PATCH, e.g. 1.0.0");
  CHECK(version_error("v1.0.0") == "3:10: error: invalid version 'v1.0.0': expected MAJOR.MINOR.PATCH, e.g. 1.0.0");
  CHECK(version_error("1.2.999999999") == "");
  CHECK(version_error("1.2.9999999999") ==
        "3:10: error: invalid version '1.2.9999999999': expected MAJOR.MINOR.PATCH, e.g. 1.0.0");
}

TEST_CASE("questionnaire: the version is kept as numbers and as written") {
  Diagnostics diagnostics;
  auto q = load::load_questionnaire(test::read_source_file("tests/fixtures/mini.yaml"), diagnostics);
  REQUIRE(q.has_value());
  CHECK(q->version.major == 1);
  CHECK(q->version.minor == 0);
  CHECK(q->version.patch == 0);
  CHECK(q->version.text == "1.0.0");
  CHECK(diagnostics.items().empty());
}

TEST_CASE("questionnaire: two questions with one id do not share a condition") {
  const char* yaml = R"~(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: T
languages: [fr]
profile:
  - {id: employees, type: number, text: Salariés}
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - id: th
    title: Thème
    questions:
      - {id: q1, type: text, text: Q1}
      - {id: q1, type: text, text: Q1 bis, when: "employees >> 1"}
      - {id: q2, type: text, text: Q2, when: "answered(q1)"}
)~";
  // The condition is checked once, for the question that has it.
  CHECK(questionnaire_diagnostics(yaml) ==
        "15:9: error: duplicate question id 'q1' (already used on line 14)\n"
        "15:62: error: invalid condition: value expected");
}

TEST_CASE("questionnaire: a question left out (no type) does not shift the conditions of the next ones") {
  const char* yaml = R"~(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: T
languages: [fr]
profile:
  - {id: employees, type: number, text: Salariés}
levels:
  - {id: low, from: 0, to: 100, label: Bas}
themes:
  - id: th
    title: Thème
    questions:
      - {id: q0, text: Sans type, when: "employees > 1"}
      - {id: q1, type: text, text: Q1, when: "answered(q2)"}
      - {id: q2, type: text, text: Q2, when: "employees >"}
      - {id: q3, type: strange, text: Q3}
      - {id: q4, type: text, text: Q4, when: "answered(q0)"}
)~";
  CHECK(questionnaire_diagnostics(yaml) ==
        "14:9: error: missing required key 'type'\n"
        "17:24: error: unknown question type 'strange' (choice, multi, yesno, number, text)\n"
        "15:56: error: the condition refers to 'q2', which comes after this question\n"
        "16:58: error: invalid condition: value expected\n"
        "18:56: error: the condition refers to 'q0', which does not exist");
}

TEST_CASE("questionnaire: levels below 0 or beyond 100") {
  const char* yaml = R"(format: autodiag-questionnaire/1
id: t
version: 1.0.0
title: T
languages: [fr]
levels:
  - {id: low, from: -10, to: 50, label: Bas}
  - {id: high, from: 50, to: 120, label: Haut}
themes:
  - id: th
    title: Thème
    questions:
      - {id: q1, type: text, text: Q1}
)";
  CHECK(questionnaire_diagnostics(yaml) ==
        "7:5: error: the first level must start at 0 (scores go from 0 to 100)\n"
        "8:5: error: the last level must end at 100");
  CHECK(questionnaire_diagnostics(yaml, Lang::fr) ==
        "7:5: error: le premier niveau doit commencer à 0 (les scores vont de 0 à 100)\n"
        "8:5: error: le dernier niveau doit aller jusqu'à 100");
}
