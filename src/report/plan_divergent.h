#pragma once

#include "report/plan_facts.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace autodiag::report {

// The plan's « Points de vue différents à débattre », from the `consensus_of`
// block of a consolidated response (docs/consolidate.md): `divergent` lists
// each question with its theme and the answer retained; `consensus` says how
// many people answered, by group as shown. Empty for a single response.
nlohmann::json divergent_section(const PlanFacts& facts);
nlohmann::json consensus_section(const PlanFacts& facts);

// True when the people of a consolidated response disagreed on `question`:
// its answer is to be debated, not shown as a strength.
bool is_divergent(const PlanFacts& facts, const model::Question& question);

// The most divergent questions as debate questions (at most
// `divergent_debate_count`, then one line pointing to the others).
void add_divergent_debate(const PlanFacts& facts, std::vector<std::string>& debate);

inline constexpr size_t divergent_debate_count = 3;

}  // namespace autodiag::report
