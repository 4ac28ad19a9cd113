#pragma once

#include "report/plan_files.h"
#include "report/plan_gaps.h"
#include "score/result.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace autodiag::report {

// How many gaps become this year's priorities, and how many rows the action
// table keeps (the rest stay in the per-theme details).
inline constexpr size_t priority_count = 3;
inline constexpr size_t action_table_rows = 10;

// What every section of the plan is built from, computed once.
struct PlanFacts {
  const PlanRequest& request;
  const model::Questionnaire& questionnaire;
  const load::CheckedResponse& response;
  Lang lang;
  std::string code;      // "fr", "en"
  std::string fallback;  // the questionnaire's default language
  score::Result result;
  std::optional<score::Result> previous;
  std::vector<PlanGap> gaps;
  // Points aimed at per question: the priorities one step up within a year
  // and two in three, the other gaps one step up in three years.
  std::map<const model::Question*, double> one_year;
  std::map<const model::Question*, double> three_years;

  std::string text(const model::Text& t) const { return t.get(code, fallback); }
  std::string say(std::string_view fr, std::string_view en) const { return std::string(tr(lang, fr, en)); }
  // The comment on a question, "" when there is none or when anonymised.
  std::string comment(const model::Question& q) const {
    const std::string* c = request.anonymize ? nullptr : response.response.find_comment(q.id);
    return c ? *c : "";
  }
};

PlanFacts gather_facts(const PlanRequest& request);

// The action of a gap, or a stand-in naming its question when the
// questionnaire gives none.
std::string action_text(const PlanFacts& facts, const PlanGap& gap);

nlohmann::json scores_section(const PlanFacts& facts);
nlohmann::json themes_section(const PlanFacts& facts);
nlohmann::json summary_section(const PlanFacts& facts);
nlohmann::json actions_section(const PlanFacts& facts);
nlohmann::json objectives_section(const PlanFacts& facts);
nlohmann::json support_section(const PlanFacts& facts);
nlohmann::json appendix_section(const PlanFacts& facts);
nlohmann::json method_section(const PlanFacts& facts);

}  // namespace autodiag::report
