#include "util/files.h"
#include "util/system_error.h"

#include "util/errors.h"
#include "util/exit_codes.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace autodiag {

namespace {

// A device, FIFO or socket the user named: replacing it with a file would
// break the system (/dev/null as root) or the reader at the other end.
void write_directly(const std::string& path, std::string_view content) {
  int fd = ::open(path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
  if (fd < 0) throw write_failure(path, errno);
  while (!content.empty()) {
    ssize_t written = ::write(fd, content.data(), content.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) {
      int error = written < 0 ? errno : EIO;
      ::close(fd);
      throw write_failure(path, error);
    }
    content.remove_prefix(static_cast<size_t>(written));
  }
  if (::close(fd) != 0) throw write_failure(path, errno);
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
    if (!file) throw read_failure(path, errno);
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
    errno = 0;
    std::cout << content << std::flush;
    if (!std::cout) throw write_failure(path, errno != 0 ? errno : EIO);
    return;
  }
  struct stat existing {};
  if (::stat(path.c_str(), &existing) == 0 && !S_ISREG(existing.st_mode) && !S_ISDIR(existing.st_mode)) {
    write_directly(path, content);
    return;
  }
  std::string destination = path;
  std::error_code ec;
  if (std::filesystem::is_symlink(path, ec)) {
    std::filesystem::path real = std::filesystem::canonical(path, ec);
    if (!ec) destination = real.string();
  }
  OutputFile file(Folder::containing(destination), std::filesystem::path(destination).filename().string(), path);
  file.write(content);
  file.commit();
}

void write_atomically(const Folder& folder, std::string_view name, std::string_view content) {
  OutputFile file(folder, std::string(name));
  file.write(content);
  file.commit();
}

}  // namespace autodiag
