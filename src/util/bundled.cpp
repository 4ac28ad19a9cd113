#include "util/bundled.h"

namespace autodiag::bundled {

const File* find(std::string_view name) {
  for (const File& file : files()) {
    if (file.name == name) return &file;
  }
  return nullptr;
}

}  // namespace autodiag::bundled
