#pragma once

#include "model/questionnaire.h"

#include <string>

namespace autodiag::form {

// Writes the questionnaire as an XLSForm workbook (KoboToolbox, ODK,
// Enketo): sheets survey, choices and settings; labels and hints in every
// language of the questionnaire (`label::Français (fr)`); the profile, then one
// group per theme opening with "do you address this theme?"; N/A as a choice
// where allowed; a comment field after each question; `relevant` translated
// from the questionnaire's conditions (xlsform_relevant). The file is written
// atomically. Throws Failure(cannot_write).
void write_xlsform(const model::Questionnaire& questionnaire, bool short_path, const std::string& path);

}  // namespace autodiag::form
