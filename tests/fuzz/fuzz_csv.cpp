// The CSV reader of `batch` (exports of form platforms, spreadsheets).
#include "batch/csv_table.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  autodiag::Diagnostics diagnostics("fuzz.csv");
  autodiag::batch::parse_csv(text, diagnostics);
  return 0;
}
