#include "report/plan_objectives.h"

#include "report/numbers.h"
#include "report/plan_text.h"

#include <algorithm>
#include <fmt/format.h>

namespace autodiag::report {

namespace {

std::vector<Step> choice_steps(const model::Question& q, double points, const std::string& lang,
                               const std::string& fallback) {
  std::vector<Step> steps;
  for (const model::Option& o : q.options) {
    if (o.score <= points) continue;
    auto same = std::find_if(steps.begin(), steps.end(), [&](const Step& s) { return s.points == o.score; });
    if (same == steps.end()) steps.push_back({o.score, o.label.get(lang, fallback)});
  }
  return steps;
}

std::vector<Step> band_steps(const model::Question& q, double points, Lang lang, const std::string& fallback) {
  std::vector<Step> steps;
  std::string suffix = unit_suffix(q.unit.get(lang_code(lang), fallback), lang == Lang::fr);
  for (const model::Band& b : q.bands) {
    if (b.score <= points) continue;
    if (std::any_of(steps.begin(), steps.end(), [&](const Step& s) { return s.points == b.score; })) continue;
    std::string from = decimal_text(b.from, lang);
    std::string to = decimal_text(b.to, lang);
    // A band read as a threshold: "au moins 40 %" when higher values score
    // at least as well, "moins de 5" when lower ones do.
    bool rising = std::all_of(q.bands.begin(), q.bands.end(),
                              [&](const model::Band& o) { return o.from < b.from || o.score >= b.score; });
    bool falling = std::all_of(q.bands.begin(), q.bands.end(),
                               [&](const model::Band& o) { return o.from > b.from || o.score >= b.score; });
    std::string label = rising    ? fmt::format("{} {}{}", tr(lang, "au moins", "at least"), from, suffix)
                        : falling ? fmt::format("{} {}{}", tr(lang, "moins de", "less than"), to, suffix)
                        : lang == Lang::fr ? fmt::format("entre {} et {}{}", from, to, suffix)
                                           : fmt::format("between {} and {}{}", from, to, suffix);
    steps.push_back({b.score, label});
  }
  return steps;
}

// Adds the unchosen options, best first, one step per option, until the cap.
std::vector<Step> multi_steps(const model::Question& q, const model::Answer& a, double points, Lang lang,
                              const std::string& fallback) {
  std::vector<const model::Option*> unchosen;
  for (const model::Option& o : q.options) {
    if (o.score > 0 && std::find(a.options.begin(), a.options.end(), o.id) == a.options.end()) unchosen.push_back(&o);
  }
  std::stable_sort(unchosen.begin(), unchosen.end(),
                   [](const model::Option* x, const model::Option* y) { return x->score > y->score; });
  std::vector<Step> steps;
  std::vector<std::string> added;
  double reached = points;
  double max = q.max_points();
  for (const model::Option* o : unchosen) {
    if (reached >= max) break;
    reached = std::min(max, reached + o->score);
    added.push_back(quote(o->label.get(lang_code(lang), fallback), lang));
    steps.push_back({reached, std::string(tr(lang, "ajouter ", "add ")) + join_words(added, lang)});
  }
  return steps;
}

}  // namespace

std::vector<Step> steps_above(const model::Question& q, const model::Answer& a, double points, Lang lang,
                              const std::string& fallback) {
  std::string code(lang_code(lang));
  switch (q.type) {
    case model::QuestionType::choice: {
      std::vector<Step> steps = choice_steps(q, points, code, fallback);
      std::stable_sort(steps.begin(), steps.end(), [](const Step& x, const Step& y) { return x.points < y.points; });
      return steps;
    }
    case model::QuestionType::yesno: {
      std::vector<Step> steps;
      if (q.yes_score > points) steps.push_back({q.yes_score, std::string(tr(lang, "oui", "yes"))});
      if (q.no_score > points) steps.push_back({q.no_score, std::string(tr(lang, "non", "no"))});
      std::sort(steps.begin(), steps.end(), [](const Step& x, const Step& y) { return x.points < y.points; });
      return steps;
    }
    case model::QuestionType::number: {
      std::vector<Step> steps = band_steps(q, points, lang, fallback);
      std::stable_sort(steps.begin(), steps.end(), [](const Step& x, const Step& y) { return x.points < y.points; });
      return steps;
    }
    case model::QuestionType::multi:
      return multi_steps(q, a, points, lang, fallback);
    case model::QuestionType::text:
      break;
  }
  return {};
}

std::string objective_text(const model::Question& q, const model::Answer& a, double points, double target, Lang lang,
                           const std::string& fallback) {
  double below = points;
  for (const Step& step : steps_above(q, a, points, lang, fallback)) {
    if (step.points == target) {
      if (const model::Text* objective = q.objective_for(below)) return capitalized(objective->get(lang_code(lang), fallback));
      return q.type == model::QuestionType::multi ? step.label : quote(step.label, lang);
    }
    below = step.points;
  }
  return "";
}

const model::Text* reached_statement(const model::Question& q, double points) {
  const model::Text* found = nullptr;
  for (const auto& [key, objective] : q.objectives) {
    if (key < points) found = &objective;
  }
  return found;
}

double projected_score(const score::ThemeScore& theme, const std::map<const model::Question*, double>& raised) {
  if (theme.counted_weight <= 0) return theme.score;
  double sum = 0;
  for (const score::QuestionScore& s : theme.questions) {
    if (s.exclusion != score::Exclusion::counted) continue;
    auto it = raised.find(s.question);
    double points = it == raised.end() ? s.points : it->second;
    sum += s.weight * points / s.max_points;
  }
  return sum / theme.counted_weight * 100;
}

}  // namespace autodiag::report
