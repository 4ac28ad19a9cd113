#pragma once

// The small questionnaire and the scripted run shared by the session tests.

#include "load/questionnaire_loader.h"
#include "load/response_writer.h"
#include "session/scripted_terminal.h"
#include "session/session.h"
#include "session/setup.h"

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace session_fixture {

using namespace autodiag;
using session::Outcome;


// Small on purpose: each feature of the loop has exactly one question to show it.
inline constexpr const char* questionnaire_yaml = R"(format: autodiag-questionnaire/1
id: loop
version: 2.1.0
title: {fr: "Boucle", en: "Loop"}
languages: [fr, en]
profile:
  - id: name
    role: organisation
    type: text
    required: true
    text: {fr: "Nom", en: "Name"}
  - id: employees
    role: employees
    type: number
    integer: true
    min: 0
    required: true
    text: {fr: "Salariés", en: "Employees"}
  - id: has_cse
    type: yesno
    when: "employees >= 11"
    text: {fr: "CSE ?", en: "Works council?"}
levels:
  - {id: low, from: 0, to: 50, label: "Bas", message: "…"}
  - {id: high, from: 50, to: 100, label: "Haut", message: "…"}
themes:
  - id: alpha
    title: {fr: "Alpha", en: "Alpha"}
    questions:
      - id: a_choice
        type: choice
        core: true
        text: {fr: "Choix A ?", en: "Choice A?"}
        help: {fr: "Aide de A.", en: "Help for A."}
        options:
          - {id: none, score: 0, label: {fr: "Rien", en: "Nothing"}}
          - {id: some, score: 1, label: {fr: "Un peu", en: "Some"}}
          - {id: all, score: 2, label: {fr: "Tout", en: "All"}}
      - id: a_rate
        type: number
        min: 0
        max: 100
        na: true
        text: {fr: "Taux A ?", en: "Rate A?"}
        bands:
          - {from: 0, to: 50, score: 0}
          - {from: 50, to: 100, score: 1}
  - id: beta
    title: {fr: "Bêta", en: "Beta"}
    questions:
      - id: b_staff
        type: yesno
        required: true
        when: "employees >= 1"
        text: {fr: "Entretiens B ?", en: "Reviews B?"}
      - id: b_multi
        type: multi
        core: true
        text: {fr: "Multi B ?", en: "Multi B?"}
        options:
          - {id: x, score: 1, label: "X"}
          - {id: y, score: 1, label: "Y"}
      - id: b_note
        type: text
        text: {fr: "Note B ?", en: "Note B?"}
)";

inline const model::Questionnaire& questionnaire() {
  static const model::Questionnaire q = [] {
    Diagnostics diagnostics("loop.yaml");
    auto loaded = load::load_questionnaire(questionnaire_yaml, diagnostics);
    if (!loaded) throw std::runtime_error("test questionnaire: " + diagnostics.items().front().message.en);
    return std::move(*loaded);
  }();
  return q;
}

// Runs a session on scripted lines; every save is recorded as the file text.
struct Run {
  model::Response response;
  std::vector<std::string> saves;
  std::string output;
  Outcome outcome = Outcome::finished;

  Run(std::vector<std::string> lines, session::SessionOptions options = {},
      std::optional<model::Response> start = std::nullopt, size_t columns = 0)
      : response(start ? *start : session::new_response(questionnaire(), options.lang)) {
    session::ScriptedTerminal terminal(std::move(lines), true, columns);
    session::Session s(questionnaire(), response, terminal,
                       [this](const model::Response& r) { saves.push_back(load::write_response(r)); }, options);
    outcome = s.run();
    output = terminal.output();
  }

  std::string last_save() const { return saves.empty() ? "" : saves.back(); }
  // The question texts in the order they were put.
  std::vector<std::string> asked() const {
    std::vector<std::string> texts;
    size_t at = 0;
    while (true) {
      size_t best = std::string::npos;
      std::string found;
      for (const char* text : {"\nNom", "\nSalariés", "\nCSE ?", "\nLes thèmes de cette année", "\nChoix A ?",
                               "\nTaux A ?", "\nEntretiens B ?", "\nMulti B ?", "\nNote B ?"}) {
        size_t pos = output.find(text, at);
        if (pos < best) {
          best = pos;
          found = std::string(text + 1);
        }
      }
      if (best == std::string::npos) return texts;
      texts.push_back(found);
      at = best + 1;
    }
  }
};

inline std::string header(std::string_view status) {
  return "format: autodiag-response/1\nquestionnaire:\n  id: loop\n  version: 2.1.0\nstatus: " + std::string(status) +
         "\nlanguage: fr\n";
}

}  // namespace session_fixture
