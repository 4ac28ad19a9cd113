#include "batch/output_file.h"

#include "util/errors.h"
#include "util/exit_codes.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

namespace autodiag::batch {

namespace {

constexpr size_t buffer_size = 1 << 20;

Failure write_failure(const std::string& path, int error) {
  return Failure(exit_code::cannot_write,
                 msg("impossible d'écrire {} : {}", "cannot write {}: {}", path, std::strerror(error)));
}

}  // namespace

OutputFile::OutputFile(std::string path) : m_path(std::move(path)) {
  std::filesystem::path target(m_path);
  std::filesystem::path dir = target.has_parent_path() ? target.parent_path() : ".";
  std::string name = ".";
  name += target.filename().string();
  name += ".tmp-XXXXXX";
  m_temp = (dir / name).string();
  m_fd = ::mkstemp(m_temp.data());
  if (m_fd < 0) throw write_failure(m_path, errno);
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(m_fd, 0666 & ~mask);
}

OutputFile::~OutputFile() {
  if (m_fd >= 0) {
    ::close(m_fd);
    ::unlink(m_temp.c_str());
  }
}

void OutputFile::write(std::string_view text) {
  m_buffer += text;
  if (m_buffer.size() >= buffer_size) flush();
}

void OutputFile::flush() {
  std::string_view rest = m_buffer;
  while (!rest.empty()) {
    ssize_t written = ::write(m_fd, rest.data(), rest.size());
    if (written < 0) {
      if (errno == EINTR) continue;
      throw write_failure(m_path, errno);
    }
    rest.remove_prefix(static_cast<size_t>(written));
  }
  m_buffer.clear();
}

void OutputFile::commit() {
  flush();
  if (::fsync(m_fd) != 0) throw write_failure(m_path, errno);
  int fd = m_fd;
  m_fd = -1;
  if (::close(fd) != 0 || std::rename(m_temp.c_str(), m_path.c_str()) != 0) {
    int error = errno;
    ::unlink(m_temp.c_str());
    throw write_failure(m_path, error);
  }
}

}  // namespace autodiag::batch
