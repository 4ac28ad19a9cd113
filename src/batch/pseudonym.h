#pragma once

#include <string>
#include <string_view>

namespace autodiag::batch {

// "org-" and the top 12 hexadecimal digits of a 64-bit hash (FNV-1a, mixed by
// MurmurHash3's finaliser) of the response's source: "dir/file.yaml" as
// listed by the batch, or "file.csv:ROW" for a CSV row. The same source
// always gets the same pseudonym, on any machine. It is not a secret:
// whoever has the list of source paths can recompute it.
std::string pseudonym(std::string_view source);

}  // namespace autodiag::batch
