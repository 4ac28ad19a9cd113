#pragma once

#include "report/compare.h"
#include "report/plan_files.h"
#include "report/plan_gaps.h"
#include "score/result.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace autodiag::report {

// The body of the plan stays short enough to be read at a board meeting: three
// priorities, a few more actions, a few strengths and support options; the
// rest goes to the appendices.
inline constexpr size_t priority_count = 3;
inline constexpr size_t action_table_rows = 8;
inline constexpr size_t strength_count = 3;
inline constexpr size_t support_count = 6;
inline constexpr size_t debate_question_count = 4;

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
  std::optional<Evolution> evolution;  // with a previous response
  std::vector<PlanGap> gaps;
  // Points aimed at per question: the priorities one step up within a year
  // and two in three, the other gaps one step up in three years.
  std::map<const model::Question*, double> one_year;
  std::map<const model::Question*, double> three_years;
  // The questionnaire's words for this profile (plan_terms.cpp), by term id.
  std::map<std::string, std::string> terms;

  std::string text(const model::Text& t) const { return t.get(code, fallback); }
  // An action's or objective's text with the profile's words in place of its
  // {{term}} placeholders (docs/questionnaire-format.md).
  std::string worded(const model::Text& t) const;
  std::string worded(const std::string& text) const;
  std::string say(std::string_view fr, std::string_view en) const { return std::string(tr(lang, fr, en)); }
  const std::string& term(const std::string& id) const { return terms.at(id); }
  bool complete() const { return response.response.status == model::Status::complete; }
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

// The profile's words: every term the questionnaire defines, and the ones the
// bundled templates use (plan_term_ids) with a plain default.
std::map<std::string, std::string> resolve_terms(const PlanFacts& facts);
const std::vector<std::string>& plan_term_ids();

// How a counted answer reads as a plain statement: the respondent's comment
// (not for a consolidated response), else the questionnaire's objective for that level, else question and answer.
std::string statement_of(const PlanFacts& facts, const score::QuestionScore& s);

nlohmann::json scores_section(const PlanFacts& facts);
nlohmann::json obligations_section(const PlanFacts& facts);
nlohmann::json themes_section(const PlanFacts& facts);
nlohmann::json summary_section(const PlanFacts& facts);
// batch --benchmark: the organisation among comparable ones (plan_benchmark.cpp).
nlohmann::json benchmark_section(const PlanFacts& facts);
nlohmann::json actions_section(const PlanFacts& facts);
nlohmann::json objectives_section(const PlanFacts& facts);
nlohmann::json support_section(const PlanFacts& facts);
nlohmann::json appendix_section(const PlanFacts& facts);
nlohmann::json method_section(const PlanFacts& facts);

}  // namespace autodiag::report
