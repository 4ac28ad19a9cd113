#pragma once

#include "model/questionnaire.h"

#include <string>
#include <string_view>
#include <vector>

namespace autodiag::form {

// One field of a generated online form. Besides the questionnaire's own
// questions, a form needs fields that the response format holds elsewhere:
// "not applicable" for a number (a choice list carries N/A as an option), a
// comment per question, and whether each theme is addressed this year.
struct FormField {
  enum class Kind { question, na, comment, addressed };
  Kind kind = Kind::question;
  const model::Question* question = nullptr;  // every kind but addressed
  const model::Theme* theme = nullptr;        // nullptr for the profile
  std::string name;  // XLSForm name, also accepted as a CSV header
  std::string code;  // LimeSurvey question code: letter first, alphanumeric, at most 20 characters
};

// An option's LimeSurvey answer code (at most 5 characters): `A1`, `A2`… in
// the question's order, `Y`/`N` for yes/no, `NONE` for "none of these",
// `NA` for "not applicable".
struct OptionCode {
  std::string code;
  std::string id;  // option id, "yes", "no", "none" or "na"
};

// The form's fields, theme by theme, the profile first. The names and codes
// depend only on the questionnaire (and `short_path`), so that the importer
// finds the same ones as the generator wrote: `T2Q05` is the fifth question of
// the second theme, `P03` the third profile field; the companion fields add
// `NA` or `C` to the question's code and `_na` or `_comment` to its name; a
// theme's "addressed" field is `T2OK`, named `<theme>_addressed`.
// With `short_path`, only the core questions (the profile is always whole).
std::vector<FormField> form_fields(const model::Questionnaire& questionnaire, bool short_path = false);

// The answer codes of a choice, multi or yes/no question; "none of these"
// after a multi question's options; N/A last when allowed.
std::vector<OptionCode> option_codes(const model::Question& question);

// Whether a multi question's form field offers "none of these": a form
// cannot tell an answer with no option ticked (`[]` in a response, scored 0)
// from no answer at all, so the respondent ticks it instead.
bool has_none_choice(const model::Question& question);

// Whether a question's form field offers "not applicable" as a choice (a
// number question gets a separate `na` field instead).
bool na_is_choice(const model::Question& question);

// The label of a field in `lang` ("fr" or "en"): the question's text, or for
// the companion fields a text built from it.
std::string field_label(const FormField& field, std::string_view lang);

// "Non applicable" / "Not applicable".
std::string na_label(std::string_view lang);

// "Aucune de ces réponses" / "None of these".
std::string none_label(std::string_view lang);

}  // namespace autodiag::form
