#pragma once

#include "model/diagnostic.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace autodiag::batch {

struct Input {
  // link: a symbolic link found in a folder, reported as an invalid input
  // and never followed (docs/limits.md).
  enum class Kind { response, csv, link };
  std::string path;  // as shown in every output (lexically normal, '/' separators)
  Kind kind = Kind::response;
};

// Lists the response files named on the command line or found in the named
// folders, one at a time and always in the same order, without holding the
// whole list (memory must not grow with the number of files): the arguments
// sorted byte-wise without duplicates, each folder walked depth-first with
// the entries of every folder sorted byte-wise by name. In folders, only
// .yaml, .yml, .json and .csv files count; hidden entries and `exclude_dir`
// are skipped. A symbolic link in a folder, to a folder or to a file of those
// extensions, is given as a Kind::link input, not followed. A file or folder
// named as an argument is taken whatever its extension, links followed.
// Arguments that do not exist are in missing().
class InputWalker {
 public:
  InputWalker(const std::vector<std::string>& arguments, std::string exclude_dir);

  std::optional<Input> next();
  const std::vector<Diagnostic>& missing() const { return m_missing; }

 private:
  struct Frame {
    std::vector<std::filesystem::path> entries;
    size_t position = 0;
    bool top = false;  // the arguments themselves
  };

  void enter(const std::filesystem::path& dir);

  std::string m_exclude;
  std::vector<Frame> m_stack;
  std::vector<Diagnostic> m_missing;
};

// How many inputs an InputWalker gives for these arguments.
size_t count_inputs(const std::vector<std::string>& arguments, const std::string& exclude_dir);

}  // namespace autodiag::batch
