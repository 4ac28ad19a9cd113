#include "score/result.h"

#include <algorithm>
#include <cmath>

namespace autodiag::score {

namespace {

using model::Answer;
using model::Presence;
using model::Question;
using model::QuestionType;

double points_for(const Question& q, const Answer& a) {
  switch (q.type) {
    case QuestionType::choice: {
      const model::Option* option = q.find_option(a.option);
      return option ? option->score : 0;
    }
    case QuestionType::multi: {
      double sum = 0;
      for (const std::string& id : a.options) {
        if (const model::Option* option = q.find_option(id)) sum += option->score;
      }
      return std::min(sum, q.max_points());
    }
    case QuestionType::yesno:
      return a.option == "yes" ? q.yes_score : q.no_score;
    case QuestionType::number:
      for (size_t i = 0; i < q.bands.size(); ++i) {
        const model::Band& band = q.bands[i];
        bool last = i + 1 == q.bands.size();
        if (a.number >= band.from && (a.number < band.to || (last && a.number == band.to))) return band.score;
      }
      return 0;
    case QuestionType::text:
      return 0;
  }
  return 0;
}

// The question of a legal obligation that applies to this profile is a floor
// recalled apart in the plan, not a practice to score (docs/scoring.md).
bool obligation_applies(const model::Questionnaire& questionnaire, const Question& q, const model::AnswerSet& answers) {
  if (!q.obligation) return false;
  model::AnswerLookup lookup = [&answers](size_t index) { return answers.effective(index); };
  return std::any_of(questionnaire.obligations.begin(), questionnaire.obligations.end(), [&](const model::Obligation& o) {
    return o.question == q.id && (!o.applies_when || model::evaluate(*o.applies_when, lookup));
  });
}

QuestionScore score_question(const Question& q, const model::AnswerSet& answers, bool short_path, bool obligation) {
  QuestionScore s;
  s.question = &q;
  s.weight = q.weight;
  s.max_points = q.max_points();
  Presence presence = answers.presence[q.index];
  const auto& answer = answers.answers[q.index];
  if (presence == Presence::not_addressed) {
    s.exclusion = Exclusion::not_addressed;
  } else if (presence == Presence::hidden) {
    s.exclusion = Exclusion::hidden;
  } else if (answer && answer->is_na()) {
    s.exclusion = Exclusion::not_applicable;
    s.answer = &*answer;
  } else if (obligation && (answer || !short_path || q.core)) {
    s.exclusion = Exclusion::obligation;
    if (answer) s.answer = &*answer;
  } else if (!answer) {
    s.exclusion = short_path && !q.core ? Exclusion::not_asked : Exclusion::unanswered;
  } else {
    s.answer = &*answer;
    if (!q.scored()) {
      s.exclusion = Exclusion::unscored;
    } else {
      s.points = points_for(q, *answer);
      s.ratio = s.points / s.max_points;
    }
  }
  return s;
}

void add_counts(Counts& into, const Counts& from) {
  into.total += from.total;
  into.applicable += from.applicable;
  into.answered += from.answered;
  into.not_applicable += from.not_applicable;
  into.hidden += from.hidden;
  into.unanswered += from.unanswered;
  into.not_asked += from.not_asked;
}

// Sums of thirds land a hair below round values (49.99999999999999 for 50);
// the level is looked up on the score snapped to 1e-9 so that it matches the
// number people see.
const model::Level* level_of(const model::Questionnaire& questionnaire, double score) {
  return questionnaire.level_for(std::round(score * 1e9) / 1e9);
}

std::optional<TargetProgress> progress(std::optional<double> target, double score) {
  if (!target) return std::nullopt;
  TargetProgress p;
  p.target = *target;
  p.gap = *target - score;
  p.percent_of_target = *target > 0 ? score / *target * 100 : 100;
  return p;
}

}  // namespace

Result compute(const model::Questionnaire& questionnaire, const model::Response& response,
               const model::AnswerSet& answers) {
  Result result;
  double weighted_sum = 0;
  size_t shown = 0;
  size_t settled = 0;
  for (const model::Theme& theme : questionnaire.themes) {
    ThemeScore t;
    t.theme = &theme;
    t.addressed = !response.is_not_addressed(theme.id);
    double sum = 0;
    size_t counted = 0;
    for (const Question& q : theme.questions) {
      QuestionScore s =
          score_question(q, answers, response.short_path, obligation_applies(questionnaire, q, answers));
      t.counts.total += 1;
      if (q.scored()) t.total_weight += q.weight;
      switch (s.exclusion) {
        case Exclusion::counted:
          t.counted_weight += s.weight;
          sum += s.weight * s.ratio;
          ++counted;
          t.counts.applicable += 1;
          t.counts.answered += 1;
          break;
        case Exclusion::unscored:
          t.counts.applicable += 1;
          t.counts.answered += 1;
          break;
        case Exclusion::obligation:
          t.counts.applicable += 1;
          t.counts.answered += s.answer ? 1 : 0;
          break;
        case Exclusion::not_applicable:
          t.counts.not_applicable += 1;
          break;
        case Exclusion::hidden:
          t.counts.hidden += 1;
          break;
        case Exclusion::unanswered:
          t.counts.applicable += 1;
          t.counts.unanswered += 1;
          break;
        case Exclusion::not_asked:
          t.counts.not_asked += 1;
          break;
        case Exclusion::not_addressed:
          break;
      }
      if (s.exclusion != Exclusion::hidden && s.exclusion != Exclusion::not_addressed &&
          s.exclusion != Exclusion::not_asked) {
        ++shown;
        if (s.exclusion != Exclusion::unanswered && (s.exclusion != Exclusion::obligation || s.answer)) ++settled;
      }
      t.questions.push_back(s);
    }
    if (t.counted_weight > 0) {
      t.scored = true;
      t.score = sum / t.counted_weight * 100;
      for (QuestionScore& s : t.questions) {
        if (s.exclusion == Exclusion::counted) s.contribution = s.weight * s.ratio / t.counted_weight * 100;
      }
      t.level = level_of(questionnaire, t.score);
      t.fragile = counted < min_counted_for_overall;
      if (!t.fragile) {
        result.counted_weight += theme.weight;
        weighted_sum += theme.weight * t.score;
      }
    }
    if (const model::Target* target = response.find_target(theme.id); target && t.scored) {
      t.one_year = progress(target->one_year, t.score);
      t.three_years = progress(target->three_years, t.score);
    }
    add_counts(result.counts, t.counts);
    result.themes.push_back(std::move(t));
  }
  // With no theme on two answers or more, the fragile themes are all there is:
  // the overall rests on them rather than on nothing.
  if (result.counted_weight == 0) {
    for (const ThemeScore& t : result.themes) {
      if (!t.scored) continue;
      result.counted_weight += t.theme->weight;
      weighted_sum += t.theme->weight * t.score;
    }
  }
  if (result.counted_weight > 0) {
    result.scored = true;
    result.overall = weighted_sum / result.counted_weight;
    result.level = level_of(questionnaire, result.overall);
  }
  result.completion = shown > 0 ? static_cast<double>(settled) / static_cast<double>(shown) : 1.0;
  for (size_t i : model::missing_required(questionnaire, answers)) {
    result.missing_required.push_back(&questionnaire.question(i));
  }
  return result;
}

}  // namespace autodiag::score
