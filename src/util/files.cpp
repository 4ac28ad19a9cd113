#include "util/files.h"

#include "util/errors.h"
#include "util/exit_codes.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

namespace autodiag {

namespace {

Failure write_failure(const std::string& path, int error) {
  return Failure(exit_code::cannot_write,
                 msg("impossible d'écrire {} : {}", "cannot write {}: {}", path, std::strerror(error)));
}

bool write_all(int fd, std::string_view content) {
  while (!content.empty()) {
    ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      return false;
    }
    content.remove_prefix(static_cast<size_t>(written));
  }
  return true;
}

}  // namespace

std::string read_input(const std::string& path) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return buffer.str();
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    throw Failure(exit_code::no_input,
                  msg("{} est un dossier, pas un fichier", "{} is a directory, not a file", path));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    int error = errno;
    throw Failure(exit_code::no_input, msg("impossible de lire {} : {}", "cannot read {}: {}", path,
                                           std::strerror(error)));
  }
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_atomically(const std::string& path, std::string_view content) {
  if (path == "-") {
    std::cout << content << std::flush;
    return;
  }
  std::filesystem::path target(path);
  std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
  std::string temp = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  int fd = ::mkstemp(temp.data());
  if (fd < 0) throw write_failure(path, errno);
  // mkstemp creates 0600; a response or plan should get the usual permissions.
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  if (!write_all(fd, content) || ::fsync(fd) != 0) {
    int error = errno;
    ::close(fd);
    ::unlink(temp.c_str());
    throw write_failure(path, error);
  }
  if (::close(fd) != 0 || std::rename(temp.c_str(), path.c_str()) != 0) {
    int error = errno;
    ::unlink(temp.c_str());
    throw write_failure(path, error);
  }
}

}  // namespace autodiag
