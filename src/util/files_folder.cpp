#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"
#include "util/system_error.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>

namespace autodiag {

namespace {

namespace fs = std::filesystem;

[[noreturn]] void refuse(const std::string& dir, std::string_view fr, std::string_view en) {
  throw Failure(exit_code::cannot_write,
                msg("impossible de créer le dossier {0} : {1}", "cannot create folder {0}: {2}", dir, fr, en));
}

[[noreturn]] void refuse(const std::string& dir, int error) {
  Message why = system_reason(error, Access::write, dir);
  refuse(dir, why.fr, why.en);
}

[[noreturn]] void refuse_link(const std::string& dir) {
  refuse(dir, "c'est un lien symbolique, autodiag n'écrit pas au travers",
         "it is a symbolic link, which autodiag does not write through");
}

[[noreturn]] void refuse_not_folder(const std::string& dir) { refuse(dir, "ce n'est pas un dossier", "not a folder"); }

}  // namespace

Folder Folder::named(const std::string& path) {
  std::error_code ec;
  fs::create_directories(path, ec);
  if (ec) refuse(path, ec.value());
  int fd = ::open(path.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOTDIR) refuse_not_folder(path);
    refuse(path, errno);
  }
  return Folder(fd, path);
}

Folder Folder::subfolder(const std::string& name) const {
  std::string shown = file(name);
  if (::mkdirat(m_fd, name.c_str(), 0777) != 0 && errno != EEXIST) refuse(shown, errno);
  // O_NOFOLLOW is what protects: whatever sits at `name` when it is opened,
  // a link is never entered, and the folder opened is the one written to.
  int fd = ::openat(m_fd, name.c_str(), O_PATH | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
  if (fd < 0) {
    int error = errno;
    struct stat entry {};
    // Only to choose the message: the refusal itself came from openat.
    if (::fstatat(m_fd, name.c_str(), &entry, AT_SYMLINK_NOFOLLOW) == 0) {
      if (S_ISLNK(entry.st_mode)) refuse_link(shown);
      if (!S_ISDIR(entry.st_mode)) refuse_not_folder(shown);
    }
    refuse(shown, error);
  }
  return Folder(fd, shown);
}

Folder Folder::containing(const std::string& file) {
  fs::path parent = fs::path(file).parent_path();
  std::string dir = parent.empty() ? "." : parent.string();
  int fd = ::open(dir.c_str(), O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) throw write_failure(file, errno);
  return Folder(fd, dir);
}

Folder::~Folder() {
  if (m_fd >= 0) ::close(m_fd);
}

Folder::Folder(Folder&& other) noexcept : m_fd(std::exchange(other.m_fd, -1)), m_path(std::move(other.m_path)) {}

Folder& Folder::operator=(Folder&& other) noexcept {
  if (this != &other) {
    if (m_fd >= 0) ::close(m_fd);
    m_fd = std::exchange(other.m_fd, -1);
    m_path = std::move(other.m_path);
  }
  return *this;
}

std::string Folder::file(std::string_view name) const { return (fs::path(m_path) / name).string(); }

}  // namespace autodiag
