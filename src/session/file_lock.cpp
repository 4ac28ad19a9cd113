#include "session/file_lock.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace autodiag::session {

std::string FileLock::lock_path_for(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string folder = slash == std::string::npos ? "" : path.substr(0, slash + 1);
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  return folder + "." + name + ".lock";
}

std::optional<FileLock> FileLock::acquire(const std::string& path, Message& why) {
  std::string lock_path = lock_path_for(path);
  // A lock file removed by the session that held it, between our open and
  // our flock, would leave us holding a lock nobody else sees: check that
  // the name still leads to the file we locked, else try again.
  for (int attempt = 0; attempt < 10; ++attempt) {
    int fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0600);
    if (fd < 0) {
      why = msg("impossible de réserver {} pour cette session ({} ne peut pas être créé)",
                "cannot reserve {} for this session ({} cannot be created)", path, lock_path);
      return std::nullopt;
    }
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
      ::close(fd);
      why = msg("{} est déjà ouvert dans une autre session d'autodiag. Une seule personne à la fois peut répondre "
                "dans un fichier : terminez l'autre session (q), ou répondez dans un autre fichier avec -o.",
                "{} is already open in another autodiag session. Only one person at a time can answer in a file: "
                "finish the other session (q), or answer in another file with -o.",
                path);
      return std::nullopt;
    }
    struct stat held {};
    struct stat named {};
    if (::fstat(fd, &held) == 0 && ::stat(lock_path.c_str(), &named) == 0 && held.st_ino == named.st_ino &&
        held.st_dev == named.st_dev) {
      return FileLock(fd, lock_path);
    }
    ::close(fd);
  }
  why = msg("impossible de réserver {} pour cette session", "cannot reserve {} for this session", path);
  return std::nullopt;
}

FileLock::~FileLock() {
  if (m_fd < 0) return;
  // Removed while still held, so that no other session can be holding it.
  ::unlink(m_lock_path.c_str());
  ::close(m_fd);
}

}  // namespace autodiag::session
