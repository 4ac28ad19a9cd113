// The condition language (docs/questionnaire-format.md).
#include "load/condition_parser.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  autodiag::load::ConditionError error;
  autodiag::load::parse_condition(text, error);
  return 0;
}
