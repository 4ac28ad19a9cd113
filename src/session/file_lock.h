#pragma once

#include "util/i18n.h"

#include <optional>
#include <string>

namespace autodiag::session {

// One session at a time per response file: an advisory lock (flock) on a
// hidden file beside it, ".NAME.lock". The kernel drops the lock when the
// process ends, however it ends, so a crash never leaves a file blocked; the
// lock file itself may stay and means nothing then. Moved only, never copied.
class FileLock {
 public:
  // Takes the lock for `path`; nullopt and `why` when another session holds
  // it, or when the lock file cannot be made (the folder is then unwritable,
  // which the caller reports first).
  static std::optional<FileLock> acquire(const std::string& path, Message& why);

  FileLock(FileLock&& other) noexcept : m_fd(other.m_fd), m_lock_path(std::move(other.m_lock_path)) { other.m_fd = -1; }
  FileLock& operator=(FileLock&&) = delete;
  FileLock(const FileLock&) = delete;
  FileLock& operator=(const FileLock&) = delete;
  ~FileLock();

  static std::string lock_path_for(const std::string& path);

 private:
  FileLock(int fd, std::string lock_path) : m_fd(fd), m_lock_path(std::move(lock_path)) {}

  int m_fd;
  std::string m_lock_path;
};

}  // namespace autodiag::session
