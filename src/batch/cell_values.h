#pragma once

#include "model/questionnaire.h"
#include "model/response.h"

#include <string>
#include <string_view>

namespace autodiag::batch {

// Spaces, tabs and line breaks removed at both ends.
std::string trim(std::string_view text);

// Case folding good enough for French labels: ASCII and the Latin-1
// capitals (À…Þ), plus Œ.
std::string fold(std::string_view text);

// For matching ids and form keys: folded, with `-` read as `_` (Webform keys
// and LimeSurvey codes cannot hold a hyphen).
std::string key_of(std::string_view text);

// The option a cell names: its id, its LimeSurvey answer code or its label in
// any language (`folded` is fold(trim(cell))).
const model::Option* match_option(const model::Question& q, const std::string& folded);

// "None of these" in a multi question's cell or column header: `none`,
// `aucun`, `aucune` or the generated forms' label (`folded` as by fold).
bool is_none_word(const std::string& folded);

// A cell that says "ticked" in a column per option or a yes/no field:
// anything but empty, 0, N, no, non, false, faux.
bool is_ticked(std::string_view cell);

// A cell as the response format's raw value for question `q`: option ids
// matched from ids, codes or labels; yes/no from yes/no/oui/non/Y/N/true/…;
// numbers with a decimal point or comma; `na`. A multi-choice cell lists its
// options separated by `|`, by whichever of `;` and `,` the file does not
// use as its separator, by spaces (Kobo, ODK), or by ", " even when labels
// hold commas (Google Forms). A cell that cannot be matched is passed through
// unchanged, so that the response check reports it at its cell.
model::RawValue raw_value(const model::Question& q, const std::string& cell, char file_separator);

}  // namespace autodiag::batch
