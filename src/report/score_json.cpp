#include "report/score_json.h"

namespace autodiag::report {

namespace {

using nlohmann::json;

json counts_json(const score::Counts& c) {
  return {{"total", c.total},   {"applicable", c.applicable}, {"answered", c.answered},
          {"not_applicable", c.not_applicable}, {"hidden", c.hidden}, {"unanswered", c.unanswered},
          {"not_asked", c.not_asked}};
}

json target_json(const std::optional<score::TargetProgress>& p) {
  if (!p) return nullptr;
  return {{"target", p->target}, {"gap", p->gap}, {"percent_of_target", p->percent_of_target}};
}

json level_json(const model::Level* level) { return level ? json(level->id) : json(nullptr); }

}  // namespace

json score_json(const model::Questionnaire& questionnaire, const model::Response& response,
                const score::Result& result, const std::string& source, const std::string& organisation) {
  json themes = json::array();
  for (const score::ThemeScore& t : result.themes) {
    themes.push_back({{"id", t.theme->id},
                      {"addressed", t.addressed},
                      {"scored", t.scored},
                      {"fragile", t.fragile},
                      {"score", t.scored ? json(t.score) : json(nullptr)},
                      {"level", level_json(t.level)},
                      {"counted_weight", t.counted_weight},
                      {"total_weight", t.total_weight},
                      {"counts", counts_json(t.counts)},
                      {"target_one_year", target_json(t.one_year)},
                      {"target_three_years", target_json(t.three_years)}});
  }
  json missing = json::array();
  for (const model::Question* q : result.missing_required) missing.push_back(q->id);
  return {{"source", source},
          {"organisation", organisation},
          {"questionnaire", {{"id", questionnaire.id}, {"version", questionnaire.version.text}}},
          {"response_questionnaire_version", response.questionnaire_version},
          {"status", model::status_name(response.status)},
          {"completion", result.completion},
          {"overall", {{"scored", result.scored},
                       {"score", result.scored ? json(result.overall) : json(nullptr)},
                       {"level", level_json(result.level)},
                       {"counted_weight", result.counted_weight}}},
          {"counts", counts_json(result.counts)},
          {"themes", themes},
          {"missing_required", missing}};
}

}  // namespace autodiag::report
