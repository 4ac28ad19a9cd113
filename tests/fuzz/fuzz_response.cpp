// A response read and checked against the bundled questionnaire, then scored:
// what `validate`, `score` and `batch` do with a file they are given.
#include "load/checked_response.h"
#include "load/questionnaire_loader.h"
#include "score/result.h"
#include "util/bundled.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

const autodiag::model::Questionnaire& bundled_questionnaire() {
  static const autodiag::model::Questionnaire questionnaire = [] {
    const autodiag::bundled::File* file = autodiag::bundled::find("questionnaires/guide-bonnes-pratiques-ess.yaml");
    autodiag::Diagnostics diagnostics("bundled");
    auto loaded = file ? autodiag::load::load_questionnaire(file->content, diagnostics) : std::nullopt;
    if (!loaded) std::abort();
    return std::move(*loaded);
  }();
  return questionnaire;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const autodiag::model::Questionnaire& questionnaire = bundled_questionnaire();
  std::string_view text(reinterpret_cast<const char*>(data), size);
  autodiag::Diagnostics diagnostics("fuzz.yaml");
  auto checked = autodiag::load::load_checked_response(text, questionnaire, diagnostics);
  if (checked) autodiag::score::compute(questionnaire, checked->response, checked->answers);
  return 0;
}
