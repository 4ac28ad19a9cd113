#pragma once

#include "model/condition.h"
#include "model/diagnostic.h"
#include "model/terms.h"
#include "model/migration.h"
#include "model/text.h"

#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace autodiag::model {

struct Option {
  std::string id;
  Text label;
  double score = 0;
  Text help;
  std::string region;  // options of the `department` profile field
};

struct Scale {
  std::string id;
  std::vector<Option> options;
};

// from <= value < to; the last band of a list also includes `to`.
struct Band {
  double from = 0;
  double to = 0;
  double score = 0;
};

enum class QuestionType { choice, multi, yesno, number, text };
// Profile fields with a meaning for the program, and `debate_topics`: the
// theme question (free text) where the organisation writes what it wants to
// debate at its assembly.
enum class Role { none, organisation, legal_form, employees, department, region, debate_topics };

struct Question {
  std::string id;
  QuestionType type = QuestionType::choice;
  Text text;
  Text help;
  double weight = 1;
  bool required = false;
  bool na_allowed = false;
  bool core = false;
  Role role = Role::none;
  std::optional<Condition> when;
  std::string when_source;
  std::string scale_id;          // choice questions on a named scale
  std::vector<Option> options;   // choice (own or copied from the scale), multi
  std::optional<double> cap;     // multi
  double yes_score = 1;          // yesno
  double no_score = 0;
  std::optional<double> min;     // number
  std::optional<double> max;
  bool integer = false;
  Text unit;
  std::vector<Band> bands;
  std::map<double, Text> actions;  // keyed by points reached
  // Keyed like `actions`: the observable result once that action is done,
  // which is also how the next level reads as a plain statement.
  std::map<double, Text> objectives;
  bool obligation = false;  // named by an obligation: not scored where that obligation applies
  Mark mark;

  bool is_profile() const { return theme_index < 0; }
  int theme_index = -1;  // -1 for profile fields
  size_t index = 0;      // position in Questionnaire::all_questions()

  const Option* find_option(std::string_view id) const;
  // Highest achievable points; 0 means the question is not scored.
  double max_points() const;
  bool scored() const { return max_points() > 0; }
  // The improvement action for `points`, or nullptr at the top or without one.
  const Text* action_for(double points) const;
  // The result of the action for `points`, or nullptr without one.
  const Text* objective_for(double points) const;
};

struct Level {
  std::string id;
  double from = 0;
  double to = 0;
  Text label;
  Text message;
};

struct Theme {
  std::string id;
  Text title;
  Text short_title;  // for bars, charts and tables; the title when absent
  Text summary;
  double weight = 1;
  std::map<std::string, Text> messages;  // by level id
  std::vector<Question> questions;

  const Text& label() const { return short_title.empty() ? title : short_title; }
};

// How specific a support option is to the organisation; plans list the most
// specific first, in this order.
enum class SupportScope { sector, network, department, region, national };

struct SupportOption {
  std::string id;
  Text name;
  Text description;
  Text audience;  // `for`: who it is meant for, said in the plan as the reason
  std::string url;
  SupportScope scope = SupportScope::national;
  bool verified = true;     // false: some detail could not be re-checked, the plan says so
  std::string checked;      // YYYY-MM-DD of the last check ("" when absent)
  Mark checked_mark;
  std::vector<std::string> themes;
  std::vector<std::string> regions;
  std::vector<std::string> legal_forms;
  std::optional<Condition> eligible;
  std::string eligible_source;
  Mark mark;
};

struct Version {
  int major = 0;
  int minor = 0;
  int patch = 0;
  std::string text;
};

class Questionnaire {
 public:
  std::string id;
  Version version;
  Text title;
  Text description;
  Text intro;
  std::vector<std::string> languages;
  std::vector<Question> profile;
  std::vector<Scale> scales;
  std::vector<Level> levels;
  std::vector<Theme> themes;
  std::vector<SupportOption> support;
  std::vector<Term> terms;
  std::vector<Obligation> obligations;
  std::vector<Migration> migrations;

  // Numbers every question (profile first, then themes in order) and builds
  // the lookup tables; call once after filling the fields above.
  void index();

  const std::string& default_language() const;
  size_t question_count() const { return m_order.size(); }
  const Question& question(size_t index) const;
  Question& question(size_t index);
  const Question* find_question(std::string_view id) const;
  const Theme* find_theme(std::string_view id) const;
  const Level* find_level(std::string_view id) const;
  // The level whose band holds `score` (0..100).
  const Level* level_for(double score) const;
  const Question* field_with_role(Role role) const;
  // Any question, profile or theme, with that role.
  const Question* question_with_role(Role role) const;
  const Term* find_term(std::string_view term_id) const;

 private:
  struct Ref {
    int theme;  // -1: profile
    size_t position;
  };
  std::vector<Ref> m_order;
  std::unordered_map<std::string, size_t> m_by_id;
};

std::string_view type_name(QuestionType type);

}  // namespace autodiag::model
