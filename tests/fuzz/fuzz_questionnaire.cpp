// The questionnaire loader, conditions and references included.
#include "load/questionnaire_loader.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  autodiag::Diagnostics diagnostics("fuzz.yaml");
  autodiag::load::load_questionnaire(text, diagnostics);
  return 0;
}
