#pragma once

#include "model/questionnaire.h"
#include "model/response.h"
#include "score/result.h"
#include "util/i18n.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace autodiag::report {

struct ThemeEvolution {
  const model::Theme* theme = nullptr;  // this year's
  std::optional<double> before;         // no value: no score that year
  std::optional<double> after;
};

// A question counted both years whose points changed.
struct AnswerChange {
  const model::Theme* theme = nullptr;
  const score::QuestionScore* before = nullptr;
  const score::QuestionScore* after = nullptr;
};

struct Evolution {
  std::optional<double> overall_before;
  std::optional<double> overall_after;
  std::vector<ThemeEvolution> themes;
  std::vector<AnswerChange> closed;       // below the top last year, at the top now
  std::vector<AnswerChange> improved;     // more points, not yet at the top
  std::vector<AnswerChange> regressions;  // fewer points
};

// Refuses (Failure 65, with both versions in the message) to compare
// responses made for another questionnaire or another major version.
void check_comparable(const model::Response& before, const model::Response& after);

// Matches themes and questions by id, so the two results may come from two
// minor versions of the questionnaire.
Evolution compare_results(const score::Result& before, const score::Result& after);

// The evolution for `autodiag compare --format json` and the plan's model.
nlohmann::json evolution_json(const Evolution& evolution, const model::Response& before,
                              const model::Response& after, Lang lang, const std::string& fallback);

// The evolution for the terminal.
std::string evolution_text(const Evolution& evolution, const model::Response& before, const model::Response& after,
                           Lang lang, const std::string& fallback);

}  // namespace autodiag::report
