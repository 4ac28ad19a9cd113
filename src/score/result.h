#pragma once

#include "model/presence.h"
#include "model/questionnaire.h"
#include "model/response.h"

#include <optional>
#include <vector>

namespace autodiag::score {

// Why a question is left out of its theme's achievable maximum.
enum class Exclusion {
  counted,        // answered and scored: part of the score
  not_applicable, // answered "not applicable"
  hidden,         // its condition is false
  not_addressed,  // its theme is not addressed this year
  unanswered,     // shown but not answered (yet)
  not_asked,      // left off the short path the respondent took
  obligation,     // a legal obligation: a floor shown apart, never scored
  unscored,       // free text, or a maximum of 0
};

struct QuestionScore {
  const model::Question* question = nullptr;
  const model::Answer* answer = nullptr;  // nullptr when unanswered or left out
  Exclusion exclusion = Exclusion::counted;
  double points = 0;      // reached, after the cap
  double max_points = 0;
  double ratio = 0;       // points / max_points, 0..1
  double weight = 0;
  double contribution = 0;  // share of the theme score, in points out of 100
};

struct Counts {
  size_t total = 0;        // questions in the theme(s)
  size_t applicable = 0;   // shown and not answered N/A
  size_t answered = 0;     // applicable and answered
  size_t not_applicable = 0;
  size_t hidden = 0;
  size_t unanswered = 0;   // shown, no answer yet
  size_t not_asked = 0;    // left off the short path
};

// A theme scored on fewer answers than this is only an indication: it is
// shown, but it does not move the overall score (docs/scoring.md).
inline constexpr size_t min_counted_for_overall = 2;

struct TargetProgress {
  double target = 0;
  double gap = 0;                // target - score; 0 or less once reached
  double percent_of_target = 0;  // score / target * 100 (100 when target is 0)
};

struct ThemeScore {
  const model::Theme* theme = nullptr;
  bool addressed = true;
  bool scored = false;       // at least one question counted
  bool fragile = false;      // scored on fewer than min_counted_for_overall answers: left out of the overall
  double score = 0;          // 0..100
  double counted_weight = 0; // achievable maximum: weights of the counted questions
  double total_weight = 0;   // weights of every scored question of the theme
  Counts counts;
  const model::Level* level = nullptr;
  std::optional<TargetProgress> one_year;
  std::optional<TargetProgress> three_years;
  std::vector<QuestionScore> questions;
};

struct Result {
  bool scored = false;        // at least one theme scored
  double overall = 0;         // 0..100, weighted mean of the scored themes that are not fragile
  double counted_weight = 0;  // theme weights taking part in the overall score
  const model::Level* level = nullptr;
  Counts counts;
  double completion = 0;      // answered or N/A over the questions asked, 0..1
  std::vector<ThemeScore> themes;
  std::vector<const model::Question*> missing_required;
};

// The pure scoring function (docs/scoring.md): no I/O, no side effect.
// `answers` comes from load::check_response on the same response.
Result compute(const model::Questionnaire& questionnaire, const model::Response& response,
               const model::AnswerSet& answers);

}  // namespace autodiag::score
