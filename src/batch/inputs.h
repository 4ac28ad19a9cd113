#pragma once

#include "model/diagnostic.h"

#include <string>
#include <vector>

namespace autodiag::batch {

struct Input {
  enum class Kind { response, csv };
  std::string path;  // as shown in every output (lexically normal, '/' separators)
  Kind kind = Kind::response;
};

// The response files named on the command line or found in the named folders
// (recursively; .yaml, .yml, .json and .csv, hidden entries and `exclude_dir`
// skipped), sorted byte-wise and without duplicates so that every run sees
// the same order. A named file is taken whatever its extension. Arguments
// that do not exist are reported in `missing` and left out.
std::vector<Input> find_inputs(const std::vector<std::string>& arguments, const std::string& exclude_dir,
                               std::vector<Diagnostic>& missing);

}  // namespace autodiag::batch
