#include "document/external_tool.h"

#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace autodiag::document {

namespace {

std::string find_on_path(const std::string& name) {
  const char* path = std::getenv("PATH");
  std::string_view rest = path ? path : "";
  while (!rest.empty()) {
    size_t colon = rest.find(':');
    std::string dir(rest.substr(0, colon));
    rest = colon == std::string_view::npos ? std::string_view() : rest.substr(colon + 1);
    std::string candidate = (dir.empty() ? "." : dir) + "/" + name;
    if (::access(candidate.c_str(), X_OK) == 0 && !std::filesystem::is_directory(candidate)) return candidate;
  }
  return "";
}

std::string log_excerpt(const std::string& log_path) {
  std::string log;
  try {
    log = read_input(log_path);
  } catch (const Failure&) {
    return "";
  }
  if (log.size() > 600) log = log.substr(0, 600) + "…";
  while (!log.empty() && (log.back() == '\n' || log.back() == '\r')) log.pop_back();
  return log.empty() ? "" : "\n" + log;
}

}  // namespace

std::string require_tool(const Tool& tool) {
  std::string found = find_on_path(tool.name);
  if (found.empty()) {
    throw Failure(exit_code::unavailable,
                  msg("{0} est introuvable : installez le paquet Debian « {1} » (sudo apt install {1}), puis "
                      "relancez la commande. Aucun fichier n'a été écrit.",
                      "{0} was not found: install the Debian package \"{1}\" (sudo apt install {1}), then run the "
                      "command again. No file was written.",
                      tool.name, tool.debian_package));
  }
  return found;
}

void run_tool(const Tool& tool, const std::string& program, const std::vector<std::string>& args,
              const std::string& directory) {
  std::string log_path = directory + "/" + tool.name + ".log";
  // Everything the child needs is prepared before fork: between fork and exec
  // (batch runs several workers) only async-signal-safe calls are allowed.
  std::vector<std::string> owned{program};
  owned.insert(owned.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : owned) argv.push_back(arg.data());
  argv.push_back(nullptr);
  int log = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  int null = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
  pid_t pid = (log >= 0 && null >= 0) ? ::fork() : -1;
  if (pid == 0) {
    if (::chdir(directory.c_str()) != 0 || ::dup2(null, 0) < 0 || ::dup2(log, 1) < 0 || ::dup2(log, 2) < 0) _exit(127);
    ::execv(program.c_str(), argv.data());
    _exit(127);
  }
  if (log >= 0) ::close(log);
  if (null >= 0) ::close(null);
  int status = 0;
  bool ok = pid > 0;
  while (ok && ::waitpid(pid, &status, 0) < 0) ok = errno == EINTR;
  if (!ok || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    int code = ok && WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    throw Failure(exit_code::unavailable,
                  msg("{} a échoué (code {}) ; aucun fichier n'a été écrit.{}", "{} failed (code {}); no file was written.{}",
                      tool.name, code, log_excerpt(log_path)));
  }
}

ScratchDir::ScratchDir() {
  std::error_code error;
  std::string pattern = (std::filesystem::temp_directory_path(error) / "autodiag-XXXXXX").string();
  if (error || ::mkdtemp(pattern.data()) == nullptr) {
    throw Failure(exit_code::cannot_write, msg("impossible de créer un dossier temporaire pour la conversion",
                                               "cannot create a temporary folder for the conversion"));
  }
  m_path = pattern;
}

ScratchDir::~ScratchDir() {
  std::error_code ignored;
  std::filesystem::remove_all(m_path, ignored);
}

}  // namespace autodiag::document
