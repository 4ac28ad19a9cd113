#pragma once

#include "model/answer.h"
#include "model/questionnaire.h"

#include <optional>
#include <string>
#include <vector>

namespace autodiag::model {

// Whether a question is put to this organisation.
enum class Presence {
  shown,
  hidden,         // its `when` condition is false
  not_addressed,  // its theme is not addressed this year
};

// Answers interpreted against the questionnaire, indexed like
// Questionnaire::question(i), with each question's presence. Answers to
// hidden or not-addressed questions are kept but never used.
struct AnswerSet {
  std::vector<std::optional<Answer>> answers;
  std::vector<Presence> presence;

  // The answer if the question is shown and answered.
  const Answer* effective(size_t index) const;
};

// Presence of every question, in order: a condition sees only the answers of
// questions that are themselves shown, so hiding a question also hides what
// depends on it.
std::vector<Presence> compute_presence(const Questionnaire& questionnaire,
                                       const std::vector<std::optional<Answer>>& answers,
                                       const std::vector<std::string>& not_addressed);

// Indexes of the required questions that are shown but unanswered: a
// response cannot be complete while there are any.
std::vector<size_t> missing_required(const Questionnaire& questionnaire, const AnswerSet& answers);

}  // namespace autodiag::model
