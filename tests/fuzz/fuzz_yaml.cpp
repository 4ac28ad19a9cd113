// The YAML reader: any bytes must give a tree or diagnostics, never a crash,
// and stay within its node and depth limits.
#include "load/yaml_tree.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  autodiag::Diagnostics diagnostics("fuzz.yaml");
  autodiag::load::YamlDocument document(text, diagnostics);
  // mark_at walks back from a value to its source text: exercise it on the
  // root scalar, whose offsets the fuzzer does not control otherwise.
  if (const autodiag::load::YamlNode* root = document.root(); root && root->is_scalar()) {
    for (size_t offset = 0; offset <= root->value.size(); ++offset) autodiag::load::mark_at(*root, offset);
  }
  return 0;
}
