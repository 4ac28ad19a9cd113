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
  // FNV alone gives look-alike values for sources that differ in their last
  // character ("f.csv:2", "f.csv:3"); MurmurHash3's finaliser spreads them.
  hash ^= hash >> 33;
  hash *= 0xff51afd7ed558ccdULL;
  hash ^= hash >> 33;
  hash *= 0xc4ceb9fe1a85ec53ULL;
  hash ^= hash >> 33;
  return fmt::format("org-{:012x}", hash >> 16);
}

}  // namespace autodiag::batch
