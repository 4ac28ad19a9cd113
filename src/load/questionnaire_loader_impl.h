#pragma once

// The questionnaire loader's class, shared by the files that implement it
// (questionnaire_loader.cpp: the document and its top-level parts;
// questionnaire_questions.cpp: questions, options, bands, actions;
// questionnaire_checks.cpp: checks across the whole questionnaire;
// condition_resolution.cpp: conditions resolved once every question is known).
// Only those files include it; everyone else uses questionnaire_loader.h.

#include "load/plan_data_loader.h"
#include "load/reader.h"
#include "load/yaml_tree.h"
#include "model/questionnaire.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace autodiag::load {

// A `when` or `eligible` condition kept as written until every question is
// known, with its node for positions in diagnostics.
struct PendingCondition {
  const YamlNode* node;
  std::string source;
};

class QuestionnaireLoader {
 public:
  explicit QuestionnaireLoader(Diagnostics& diagnostics) : m_reader(diagnostics) {}

  std::optional<model::Questionnaire> load(const YamlNode& root);

 private:
  template <typename F>
  void read_list(const YamlNode& node, std::string_view key, F&& read_item) {
    if (!m_reader.expect(node, YamlNode::Kind::sequence, key)) return;
    for (const YamlNode* item : node.items) {
      if (m_reader.expect(*item, YamlNode::Kind::map, key)) read_item(*item);
    }
  }

  model::Text text(const YamlNode& node, std::string_view key);
  model::Text required_text(MapReader& map, std::string_view key);
  model::Text optional_text(MapReader& map, std::string_view key);
  std::optional<double> positive(const YamlNode& node, std::string_view key);

  void read_header(MapReader& map);
  void read_version(const YamlNode& node);
  void read_scale(const YamlNode& node);
  void read_level(const YamlNode& node);
  void read_theme(const YamlNode& node);
  void read_support(const YamlNode& node);

  std::vector<model::Option> read_options(const YamlNode& node, bool scored, bool allow_region);
  std::optional<model::Question> read_question(const YamlNode& node, int theme_index);
  void read_role(MapReader& map, model::Question& q);
  void read_type_specific(MapReader& map, model::Question& q, bool profile);
  void read_yesno_scores(const YamlNode& node, model::Question& q);
  void read_number_spec(MapReader& map, model::Question& q, bool profile);
  void read_actions(const YamlNode& node, model::Question& q);

  void check_ids();
  void check_actions(const model::Question& q);
  void check_levels();
  void check_support_references();
  void check_roles();

  Mark offset_mark(const PendingCondition& pending, size_t offset);
  std::optional<model::Condition> resolve(const PendingCondition& pending, size_t limit, bool profile_only);
  bool check_leaf(model::Condition& leaf, const PendingCondition& pending, size_t limit, bool profile_only);
  void resolve_conditions();

  Reader m_reader;
  model::Questionnaire m_q;
  std::vector<Mark> m_level_marks;
  std::vector<const YamlNode*> m_themes_nodes;
  std::map<size_t, PendingCondition> m_pending_when;  // by global question index
  size_t m_questions_read = 0;
  std::vector<std::pair<size_t, PendingCondition>> m_pending_eligible;
  std::vector<std::pair<size_t, const YamlNode*>> m_support_theme_nodes;
  std::vector<std::pair<size_t, const YamlNode*>> m_support_form_nodes;
  std::map<std::string, Mark> m_action_marks;
  std::vector<Mark> m_support_marks;
  PlanDataReader m_plan_data{m_reader, m_q.languages};
};

}  // namespace autodiag::load
