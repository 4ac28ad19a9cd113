#pragma once

#include "model/questionnaire.h"

#include <nlohmann/json.hpp>

namespace autodiag::report {

// A text as {"fr": …, "en": …} over the questionnaire's languages.
nlohmann::json text_json(const model::Text& text, const model::Questionnaire& questionnaire);

// The normalised questionnaire: scales resolved into each question's options,
// defaults made explicit, every text in every language.
nlohmann::json questionnaire_json(const model::Questionnaire& questionnaire);

}  // namespace autodiag::report
