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
  std::error_code ec;
  if (path != "-" && std::filesystem::is_directory(path, ec)) {
    throw Failure(exit_code::no_input,
                  msg("{} est un dossier, pas un fichier", "{} is a directory, not a file", path));
  }
  std::ifstream file;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      int error = errno;
      throw Failure(exit_code::no_input, msg("impossible de lire {} : {}", "cannot read {}: {}", path,
                                             std::strerror(error)));
    }
  }
  std::istream& in = path == "-" ? std::cin : file;
  // Read in chunks and stop at the limit, so that /dev/zero or an endless
  // pipe is refused instead of filling the memory.
  std::string content;
  char chunk[1 << 16];
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) {
    content.append(chunk, static_cast<size_t>(in.gcount()));
    if (content.size() > max_input_bytes) {
      throw Failure(exit_code::data_error, msg("{} est trop gros (plus de {} Mio)", "{} is too large (more than {} MiB)",
                                               path, max_input_bytes >> 20));
    }
  }
  return content;
}

void write_atomically(const std::string& path, std::string_view content) {
  if (path == "-") {
    std::cout << content << std::flush;
    return;
  }
  std::error_code ec;
  // Replacing a symbolic link would cut it from its file: write the file it
  // points to instead.
  std::filesystem::path target =
      std::filesystem::is_symlink(path, ec) ? std::filesystem::canonical(path, ec) : std::filesystem::path(path);
  if (ec) target = path;
  std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
  std::string temp = (dir / ("." + target.filename().string() + ".tmp-XXXXXX")).string();
  int fd = ::mkstemp(temp.data());
  if (fd < 0) throw write_failure(path, errno);
  // mkstemp creates 0600: a new file gets the usual permissions, a replaced
  // one keeps its own (a response someone made private stays private).
  struct stat existing {};
  if (::stat(path.c_str(), &existing) == 0) {
    ::fchmod(fd, existing.st_mode & 07777);
  } else {
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, 0666 & ~mask);
  }
  if (!write_all(fd, content) || ::fsync(fd) != 0) {
    int error = errno;
    ::close(fd);
    ::unlink(temp.c_str());
    throw write_failure(path, error);
  }
  if (::close(fd) != 0 || std::rename(temp.c_str(), target.c_str()) != 0) {
    int error = errno;
    ::unlink(temp.c_str());
    throw write_failure(path, error);
  }
}

}  // namespace autodiag
