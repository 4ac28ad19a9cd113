#pragma once

#include "load/reader.h"
#include "model/questionnaire.h"

#include <string_view>

namespace autodiag::load {

// Reads the keys of a support option that say whom it is for and how fresh
// it is: `scope`, `verified`, `checked` (see docs/questionnaire-format.md).
void read_support_details(MapReader& map, model::SupportOption& option);

// Errors for `regions` that no department option leads to (a misspelt
// region would silently hide the option everywhere).
void check_support_regions(const model::Questionnaire& questionnaire, Reader& reader);

// A date written YYYY-MM-DD as a day count, or -1 when it is not one.
long day_number(std::string_view date);

// Contact details and offers change: older checks are flagged by validate.
inline constexpr int support_max_age_months = 18;

// Warnings for the support options checked more than `max_months` before
// `today` (YYYY-MM-DD), at their `checked` line.
void warn_stale_support(const model::Questionnaire& questionnaire, std::string_view today, int max_months,
                        Diagnostics& diagnostics);

}  // namespace autodiag::load
