#pragma once

#include "model/answer.h"
#include "model/questionnaire.h"
#include "model/response.h"
#include "util/i18n.h"

#include <string>
#include <vector>

namespace autodiag::report {

// "A, B, C".
std::string join_list(const std::vector<std::string>& items);

// "A, B et C" / "A, B and C".
std::string join_words(const std::vector<std::string>& items, Lang lang);

// A number as written in the response, with a decimal comma in French.
std::string decimal_text(double value, Lang lang);

// An answer as people read it (report::answer_label), with decimal commas in
// French and semicolons between the options of a multiple choice, whose
// labels may hold commas.
std::string answer_text(const model::Question& question, const model::Answer& answer, Lang lang,
                        const std::string& fallback);

// « text » in French, "text" in English.
std::string quote(const std::string& text, Lang lang);

// The date part of an ISO 8601 timestamp as people write it: "19 mai 2026",
// "19 May 2026"; the text unchanged when it is not a date.
std::string long_date(const std::string& timestamp, Lang lang);

// The text with its first letter in capitals (a-z only: objectives are written
// to start a sentence or fill a table cell).
std::string capitalized(std::string text);
// "terminé", "terminé (parcours court)", "en cours"…
std::string status_text(const model::Response& response, Lang lang);
// "+5", "−3" (minus sign), "0": a change in score points, rounded for display.
std::string signed_delta(double delta);

}  // namespace autodiag::report
