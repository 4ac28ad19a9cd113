#pragma once

#include <string>
#include <vector>

namespace autodiag::document {

// A program autodiag hands a conversion to (pandoc, weasyprint,
// rsvg-convert), found on PATH.
struct Tool {
  std::string name;            // as typed: "pandoc"
  std::string debian_package;  // what to install when it is missing
};

// The tool's full path. Throws Failure(unavailable) naming the Debian package
// when it is not on PATH: checked before anything is written.
std::string require_tool(const Tool& tool);

// Runs `program` (a full path) with `args` in `directory`, stdin from
// /dev/null, stdout and stderr kept in a log. Throws Failure(unavailable)
// with the start of the log when it does not exit with 0.
void run_tool(const Tool& tool, const std::string& program, const std::vector<std::string>& args,
              const std::string& directory);

// A private folder under the system's temporary folder, removed with its
// content at the end of the scope: conversions never work in the user's
// folders, so a failed one leaves nothing there.
class ScratchDir {
 public:
  ScratchDir();
  ~ScratchDir();
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;
  const std::string& path() const { return m_path; }
  std::string file(const std::string& name) const { return m_path + "/" + name; }

 private:
  std::string m_path;
};

}  // namespace autodiag::document
