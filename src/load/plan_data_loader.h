#pragma once

#include "load/reader.h"
#include "load/yaml_tree.h"
#include "model/questionnaire.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace autodiag::load {

// The parts of a questionnaire that only the plan reads: the objective that
// goes with each action, the words that follow the profile (`terms`) and the
// legal obligations (`obligations`). docs/questionnaire-format.md describes
// them; the questionnaire loader (questionnaire_loader_impl.h) calls in here.

// One entry of a question's `actions`: a text, or a {language: text} map that
// may also hold `objective`, the observable result once the action is done.
struct ActionEntry {
  model::Text action;
  model::Text objective;
};

// A condition read here, resolved by the questionnaire loader once every
// question is known (only profile fields may be named), then stored.
struct ConditionToResolve {
  const YamlNode* node;
  std::string source;
  std::function<void(model::Questionnaire&, std::optional<model::Condition>)> store;
};

class PlanDataReader {
 public:
  PlanDataReader(Reader& reader, const std::vector<std::string>& languages)
      : m_reader(reader), m_languages(languages) {}

  ActionEntry read_action(const YamlNode& node);
  void read_terms(const YamlNode& node, model::Questionnaire& q);
  void read_obligations(const YamlNode& node, model::Questionnaire& q);
  std::vector<ConditionToResolve>& conditions() { return m_conditions; }
  // Checks each obligation's question and options, and marks the question as
  // an obligation (left out of the score). Call after Questionnaire::index().
  void check_obligations(model::Questionnaire& q);
  // A text that may hold {{term}} placeholders (actions, objectives, theme
  // messages: the texts only the plan shows, once the profile is known).
  void remember_worded(const YamlNode& node);
  // Checks the {{term}} placeholders of actions and objectives. Call once the
  // terms are read (they come after the themes).
  void check_placeholders(const model::Questionnaire& q);

 private:
  model::Text text(const YamlNode& node, std::string_view key);
  void read_term(const YamlNode& id, const YamlNode& variants, model::Questionnaire& q);
  void read_obligation(const YamlNode& node, model::Questionnaire& q);
  void read_met_range(const YamlNode& node, model::Obligation& o);

  Reader& m_reader;
  const std::vector<std::string>& m_languages;
  std::vector<ConditionToResolve> m_conditions;
  std::vector<const YamlNode*> m_obligation_questions;  // per obligation, nullptr without a question
  std::vector<const YamlNode*> m_obligation_met;
  std::vector<const YamlNode*> m_worded;  // the scalars that may hold placeholders
};

}  // namespace autodiag::load
