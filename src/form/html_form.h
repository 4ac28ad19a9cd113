#pragma once

#include "model/questionnaire.h"
#include "model/response.h"
#include "util/i18n.h"

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

// The questionnaire as one self-contained web page (docs/form.md): data,
// generated condition functions and the page's own script and style, inlined
// so that it works from a disk or any static host without a request.
namespace autodiag::form {

struct HtmlFormOptions {
  Lang lang = Lang::fr;
  bool short_path = false;
  // Profile answers a facilitator fills in beforehand (name, department…),
  // as read from a response file.
  std::vector<std::pair<std::string, model::RawValue>> prefill;
};

std::string html_form(const model::Questionnaire& questionnaire, const HtmlFormOptions& options);

// The parts, exposed for the tests.
nlohmann::json html_form_data(const model::Questionnaire& questionnaire, const HtmlFormOptions& options);
// `{index: (a) => …}`: one JavaScript function per conditional question,
// written from the parsed condition (model::evaluate's semantics).
std::string html_form_conditions(const model::Questionnaire& questionnaire);
// `{index: (a) => …}`: for each question an obligation names, whether one of
// those obligations applies to the profile (score::compute leaves it out then).
std::string html_form_obligations(const model::Questionnaire& questionnaire);
std::string js_condition(const model::Condition& condition);

}  // namespace autodiag::form
