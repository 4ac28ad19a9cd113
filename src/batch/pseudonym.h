#pragma once

#include <string>
#include <string_view>

namespace autodiag::batch {

// "org-" and 12 hexadecimal digits of the FNV-1a 64-bit hash of the response's
// source ("dir/file.yaml", or "file.csv:ROW" for a CSV row): the same source
// always gets the same pseudonym, on any machine. It is not a secret: whoever
// has the list of source paths can recompute it.
std::string pseudonym(std::string_view source);

}  // namespace autodiag::batch
