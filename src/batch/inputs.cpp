#include "batch/inputs.h"

#include <algorithm>
#include <cctype>

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

Input input_for(const fs::path& path) { return {path.lexically_normal().generic_string(), kind_of(path)}; }

}  // namespace

InputWalker::InputWalker(const std::vector<std::string>& arguments, std::string exclude_dir)
    : m_exclude(std::move(exclude_dir)) {
  std::vector<std::string> sorted = arguments;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  Frame top;
  top.top = true;
  for (const std::string& argument : sorted) {
    std::error_code ec;
    if (fs::exists(argument, ec)) {
      top.entries.emplace_back(argument);
    } else {
      m_missing.push_back({argument, {}, Severity::error, msg("fichier ou dossier introuvable", "no such file or folder")});
    }
  }
  m_stack.push_back(std::move(top));
}

void InputWalker::enter(const fs::path& dir) {
  Frame frame;
  std::error_code ec;
  for (fs::directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
       it.increment(ec)) {
    if (!is_hidden(it->path())) frame.entries.push_back(it->path());
  }
  std::sort(frame.entries.begin(), frame.entries.end(),
            [](const fs::path& a, const fs::path& b) { return a.filename().string() < b.filename().string(); });
  m_stack.push_back(std::move(frame));
}

std::optional<Input> InputWalker::next() {
  while (!m_stack.empty()) {
    Frame& frame = m_stack.back();
    if (frame.position == frame.entries.size()) {
      m_stack.pop_back();
      continue;
    }
    fs::path path = frame.entries[frame.position++];
    bool top = frame.top;
    std::error_code ec;
    // A link found in a folder is never followed: in a folder others can
    // write to, it could bring in a response kept elsewhere (which its plan
    // would then show), count one response twice, or loop. It is reported,
    // so that no response is silently left out; named as an argument, the
    // same file or folder is taken.
    if (!top && fs::is_symlink(fs::symlink_status(path, ec))) {
      if (fs::is_directory(path, ec) || is_response_extension(path)) {
        return Input{path.lexically_normal().generic_string(), Input::Kind::link};
      }
      continue;
    }
    if (fs::is_directory(path, ec)) {
      if (!m_exclude.empty() && fs::equivalent(path, m_exclude, ec)) continue;
      enter(path);  // invalidates `frame`
      continue;
    }
    if (top || (fs::is_regular_file(path, ec) && is_response_extension(path))) return input_for(path);
  }
  return std::nullopt;
}

size_t count_inputs(const std::vector<std::string>& arguments, const std::string& exclude_dir) {
  InputWalker walker(arguments, exclude_dir);
  size_t count = 0;
  while (walker.next()) ++count;
  return count;
}

}  // namespace autodiag::batch
