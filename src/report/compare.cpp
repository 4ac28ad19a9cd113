#include "report/compare.h"

#include "util/errors.h"
#include "util/exit_codes.h"

namespace autodiag::report {

namespace {

std::string major_of(const std::string& version) { return version.substr(0, version.find('.')); }

const score::ThemeScore* find_theme(const score::Result& result, const std::string& id) {
  for (const score::ThemeScore& t : result.themes) {
    if (t.theme->id == id) return &t;
  }
  return nullptr;
}

const score::QuestionScore* find_question(const score::ThemeScore& theme, const std::string& id) {
  for (const score::QuestionScore& s : theme.questions) {
    if (s.question->id == id) return &s;
  }
  return nullptr;
}

std::optional<double> score_of(const score::ThemeScore* theme) {
  if (theme == nullptr || !theme->scored) return std::nullopt;
  return theme->score;
}

}  // namespace

void check_comparable(const model::Response& before, const model::Response& after) {
  if (before.questionnaire_id != after.questionnaire_id) {
    throw Failure(exit_code::data_error,
                  msg("comparaison impossible : l'ancienne réponse porte sur le questionnaire « {} », la nouvelle sur « {} »",
                      "cannot compare: the old response is for questionnaire \"{}\", the new one for \"{}\"",
                      before.questionnaire_id, after.questionnaire_id));
  }
  if (major_of(before.questionnaire_version) != major_of(after.questionnaire_version)) {
    throw Failure(exit_code::data_error,
                  msg("comparaison impossible : l'ancienne réponse suit la version {} du questionnaire et la nouvelle "
                      "la version {} ; les questions ont changé d'une version majeure à l'autre",
                      "cannot compare: the old response follows version {} of the questionnaire and the new one "
                      "version {}; questions changed between these major versions",
                      before.questionnaire_version, after.questionnaire_version));
  }
}

Evolution compare_results(const score::Result& before, const score::Result& after) {
  Evolution e;
  if (before.scored) e.overall_before = before.overall;
  if (after.scored) e.overall_after = after.overall;
  for (const score::ThemeScore& now : after.themes) {
    const score::ThemeScore* then = find_theme(before, now.theme->id);
    e.themes.push_back({now.theme, score_of(then), score_of(&now)});
    if (then == nullptr) continue;
    for (const score::QuestionScore& a : now.questions) {
      const score::QuestionScore* b = find_question(*then, a.question->id);
      if (b == nullptr || a.exclusion != score::Exclusion::counted || b->exclusion != score::Exclusion::counted) continue;
      // Ratios, not points: a minor version may have changed a scale.
      AnswerChange change{now.theme, b, &a};
      if (a.ratio > b->ratio && a.points >= a.max_points) {
        e.closed.push_back(change);
      } else if (a.ratio > b->ratio) {
        e.improved.push_back(change);
      } else if (a.ratio < b->ratio) {
        e.regressions.push_back(change);
      }
    }
  }
  return e;
}

}  // namespace autodiag::report
