#pragma once

#include "model/presence.h"
#include "model/questionnaire.h"

#include <string>

namespace autodiag::model {

// The answer to the profile field that has `role`, if shown and answered.
const Answer* answer_with_role(const Questionnaire& questionnaire, const AnswerSet& answers, Role role);

// The organisation's name, or "" when unknown.
std::string organisation_name(const Questionnaire& questionnaire, const AnswerSet& answers);

// The name as compared to tell whether two responses are for the same
// organisation: case and spacing differ between people typing one name.
std::string organisation_key(const std::string& name);

// The option id chosen for a choice field with `role` ("" when none).
std::string chosen_option(const Questionnaire& questionnaire, const AnswerSet& answers, Role role);

// The organisation's region: the `region` field, else the region of the
// chosen department ("" when unknown).
std::string region_of(const Questionnaire& questionnaire, const AnswerSet& answers);

}  // namespace autodiag::model
