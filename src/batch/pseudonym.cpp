#include "batch/pseudonym.h"

#include <fmt/format.h>

#include <cstdint>

namespace autodiag::batch {

std::string pseudonym(std::string_view source) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (char c : source) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return fmt::format("org-{:012x}", hash >> 16);
}

}  // namespace autodiag::batch
