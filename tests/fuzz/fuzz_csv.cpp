// The streaming CSV reader of `batch` (exports of form platforms,
// spreadsheets), with small limits so that the cell and column bounds are
// reached often.
#include "batch/csv_reader.h"

#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
  autodiag::batch::CsvReader reader(in, {256, 16});
  while (reader.next()) {
  }
  return 0;
}
