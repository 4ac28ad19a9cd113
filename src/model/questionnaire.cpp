#include "model/questionnaire.h"

#include <algorithm>

namespace autodiag::model {

const Option* Question::find_option(std::string_view option_id) const {
  for (const Option& option : options) {
    if (option.id == option_id) return &option;
  }
  return nullptr;
}

double Question::max_points() const {
  if (is_profile()) return 0;
  double best = 0;
  switch (type) {
    case QuestionType::choice:
      for (const Option& o : options) best = std::max(best, o.score);
      return best;
    case QuestionType::multi:
      if (cap) return *cap;
      for (const Option& o : options) best += std::max(0.0, o.score);
      return best;
    case QuestionType::yesno:
      return std::max(yes_score, no_score);
    case QuestionType::number:
      for (const Band& b : bands) best = std::max(best, b.score);
      return best;
    case QuestionType::text:
      return 0;
  }
  return 0;
}

const Text* Question::action_for(double points) const {
  if (points >= max_points()) return nullptr;
  const Text* found = nullptr;
  for (const auto& [key, action] : actions) {
    if (key <= points) found = &action;
  }
  return found;
}

const Text* Question::objective_for(double points) const {
  if (points >= max_points()) return nullptr;
  const Text* found = nullptr;
  for (const auto& [key, objective] : objectives) {
    if (key <= points) found = &objective;
  }
  return found;
}

void Questionnaire::index() {
  m_order.clear();
  m_by_id.clear();
  auto add = [this](Question& q, int theme, size_t position) {
    q.theme_index = theme;
    q.index = m_order.size();
    m_order.push_back({theme, position});
    m_by_id.emplace(q.id, q.index);
  };
  for (size_t i = 0; i < profile.size(); ++i) add(profile[i], -1, i);
  for (size_t t = 0; t < themes.size(); ++t) {
    for (size_t i = 0; i < themes[t].questions.size(); ++i) {
      add(themes[t].questions[i], static_cast<int>(t), i);
    }
  }
}

const std::string& Questionnaire::default_language() const {
  static const std::string french = "fr";
  return languages.empty() ? french : languages.front();
}

const Question& Questionnaire::question(size_t i) const {
  const Ref& ref = m_order.at(i);
  return ref.theme < 0 ? profile[ref.position] : themes[static_cast<size_t>(ref.theme)].questions[ref.position];
}

Question& Questionnaire::question(size_t i) {
  return const_cast<Question&>(static_cast<const Questionnaire&>(*this).question(i));
}

const Question* Questionnaire::find_question(std::string_view question_id) const {
  auto it = m_by_id.find(std::string(question_id));
  return it == m_by_id.end() ? nullptr : &question(it->second);
}

const Theme* Questionnaire::find_theme(std::string_view theme_id) const {
  for (const Theme& t : themes) {
    if (t.id == theme_id) return &t;
  }
  return nullptr;
}

const Level* Questionnaire::find_level(std::string_view level_id) const {
  for (const Level& l : levels) {
    if (l.id == level_id) return &l;
  }
  return nullptr;
}

const Level* Questionnaire::level_for(double score) const {
  for (const Level& l : levels) {
    if (score >= l.from && score < l.to) return &l;
  }
  if (!levels.empty() && score == levels.back().to) return &levels.back();
  return nullptr;
}

const Question* Questionnaire::field_with_role(Role role) const {
  for (const Question& q : profile) {
    if (q.role == role) return &q;
  }
  return nullptr;
}

const Question* Questionnaire::question_with_role(Role role) const {
  for (size_t i = 0; i < question_count(); ++i) {
    if (question(i).role == role) return &question(i);
  }
  return nullptr;
}

const Term* Questionnaire::find_term(std::string_view term_id) const {
  for (const Term& t : terms) {
    if (t.id == term_id) return &t;
  }
  return nullptr;
}

std::string_view type_name(QuestionType type) {
  switch (type) {
    case QuestionType::choice: return "choice";
    case QuestionType::multi: return "multi";
    case QuestionType::yesno: return "yesno";
    case QuestionType::number: return "number";
    case QuestionType::text: return "text";
  }
  return "";
}

}  // namespace autodiag::model
