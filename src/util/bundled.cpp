#include "util/bundled.h"

#include "util/files.h"

#include <algorithm>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <map>
#include <system_error>

namespace autodiag::bundled {

namespace fs = std::filesystem;

namespace {

// The sub-folders and file endings that are data; anything else in a data
// folder (a README, a backup) is ignored.
struct Kind {
  const char* folder;
  const char* ending;
};
constexpr Kind kinds[] = {{"questionnaires", ".yaml"}, {"templates", ".mustache"}, {"schemas", ".json"}};

fs::path installed_folder() {
  std::error_code error;
  fs::path exe = fs::read_symlink("/proc/self/exe", error);
  if (error) return {};
  return exe.parent_path().parent_path() / "share" / "autodiag";
}

struct Table {
  std::vector<File> files;
  std::deque<std::string> contents;  // owns what the views of files read from disk point to
};

// Later folders in `folders` lose to earlier ones, and every folder wins over
// the compiled-in copies.
Table build(const std::vector<std::string>& folders) {
  std::map<std::string, File, std::less<>> by_name;
  for (const File& file : embedded_files()) by_name.emplace(file.name, file);
  Table table;
  for (auto folder = folders.rbegin(); folder != folders.rend(); ++folder) {
    for (const Kind& kind : kinds) {
      std::error_code error;
      fs::directory_iterator it(fs::path(*folder) / kind.folder, error);
      if (error) continue;
      std::vector<fs::path> paths;
      for (const fs::directory_entry& entry : it) {
        if (entry.is_regular_file(error) && entry.path().filename().string().ends_with(kind.ending)) {
          paths.push_back(entry.path());
        }
      }
      std::sort(paths.begin(), paths.end());
      for (const fs::path& path : paths) {
        std::string name = std::string(kind.folder) + "/" + path.filename().string();
        const std::string& content = table.contents.emplace_back(read_input(path.string()));
        by_name.insert_or_assign(name, File{name, content, path.string()});
      }
    }
  }
  for (auto& [name, file] : by_name) table.files.push_back(std::move(file));
  return table;
}

}  // namespace

std::vector<std::string> data_folders() {
  std::vector<std::string> folders;
  std::error_code error;
  if (const char* env = std::getenv("AUTODIAG_DATA_DIR"); env != nullptr && *env != '\0') {
    if (fs::is_directory(env, error)) folders.emplace_back(env);
  }
  fs::path installed = installed_folder();
  if (!installed.empty() && fs::is_directory(installed, error)) folders.push_back(installed.string());
  return folders;
}

const std::vector<File>& files() {
  static const Table table = build(data_folders());
  return table.files;
}

const File* find(std::string_view name) {
  const std::vector<File>& all = files();
  auto it = std::lower_bound(all.begin(), all.end(), name, [](const File& file, std::string_view n) { return file.name < n; });
  return it != all.end() && it->name == name ? &*it : nullptr;
}

}  // namespace autodiag::bundled
