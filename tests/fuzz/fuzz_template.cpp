// A custom plan template (`plan --template`): its names are checked, then it
// is rendered with a small model that has texts, lists and booleans.
#include "report/plan_template.h"
#include "util/errors.h"

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  static const nlohmann::json model = {
      {"title", "Plan <b>*gras*</b>"},
      {"organisation", "Asso # 1"},
      {"score", 42},
      {"empty", ""},
      {"yes", true},
      {"themes", {{{"label", "Gouvernance"}, {"score", 10}}, {{"label", "Salariés | bénévoles"}, {"score", 90}}}}};
  static const std::set<std::string> known = {"title", "organisation", "score", "empty", "yes", "themes", "label"};
  try {
    autodiag::report::check_template_names(text, known, "fuzz.mustache");
    autodiag::report::render_template(text, model, "fuzz.mustache");
  } catch (const autodiag::Failure&) {
    // A refused template is the expected outcome for most inputs.
  }
  return 0;
}
