// The parse-only floor of the batch benchmark: yaml-cpp's YAML::LoadFile on
// every .yaml/.yml/.json file under the given folders, and nothing else.
// autodiag batch cannot be faster than reading and parsing its inputs.
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

int main(int argc, char** argv) {
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[i])) {
      auto ext = entry.path().extension().string();
      if (entry.is_regular_file() && (ext == ".yaml" || ext == ".yml" || ext == ".json")) {
        paths.push_back(entry.path().string());
      }
    }
  }
  std::sort(paths.begin(), paths.end());
  size_t nodes = 0;
  for (const std::string& path : paths) nodes += YAML::LoadFile(path).size();
  std::printf("%zu files parsed (%zu top-level keys)\n", paths.size(), nodes);
  return 0;
}
