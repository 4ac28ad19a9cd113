#include "batch/inputs.h"

#include <algorithm>
#include <cctype>
#include <filesystem>

namespace autodiag::batch {

namespace fs = std::filesystem;

namespace {

std::string lower_extension(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

Input::Kind kind_of(const fs::path& path) {
  return lower_extension(path) == ".csv" ? Input::Kind::csv : Input::Kind::response;
}

bool is_response_extension(const fs::path& path) {
  std::string ext = lower_extension(path);
  return ext == ".yaml" || ext == ".yml" || ext == ".json" || ext == ".csv";
}

bool is_hidden(const fs::path& path) {
  std::string name = path.filename().string();
  return name.size() > 1 && name[0] == '.' && name != "..";
}

bool same_place(const fs::path& a, const fs::path& b) {
  std::error_code ec;
  return fs::equivalent(a, b, ec);
}

void walk(const fs::path& root, const fs::path& exclude, std::vector<Input>& out) {
  std::error_code ec;
  // Symbolic links to folders are not followed: a link loop cannot make the
  // walk endless.
  fs::recursive_directory_iterator it(root, fs::directory_options::skip_permission_denied, ec);
  for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    const fs::path& path = it->path();
    if (is_hidden(path) || (it->is_directory(ec) && !exclude.empty() && same_place(path, exclude))) {
      if (it->is_directory(ec)) it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file(ec) && is_response_extension(path)) {
      out.push_back({path.lexically_normal().generic_string(), kind_of(path)});
    }
  }
}

}  // namespace

std::vector<Input> find_inputs(const std::vector<std::string>& arguments, const std::string& exclude_dir,
                               std::vector<Diagnostic>& missing) {
  std::vector<Input> inputs;
  for (const std::string& argument : arguments) {
    fs::path path(argument);
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
      walk(path, exclude_dir, inputs);
    } else if (fs::exists(path, ec)) {
      inputs.push_back({path.lexically_normal().generic_string(), kind_of(path)});
    } else {
      missing.push_back({argument, {}, Severity::error,
                         msg("fichier ou dossier introuvable", "no such file or folder")});
    }
  }
  std::sort(inputs.begin(), inputs.end(), [](const Input& a, const Input& b) { return a.path < b.path; });
  inputs.erase(std::unique(inputs.begin(), inputs.end(), [](const Input& a, const Input& b) { return a.path == b.path; }),
               inputs.end());
  return inputs;
}

}  // namespace autodiag::batch
