#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"
#include "util/system_error.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <array>
#include <atomic>
#include <cerrno>
#include <climits>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <random>

#include <fmt/format.h>

namespace autodiag {

namespace {

constexpr size_t buffer_size = 1 << 20;

// The temporary files being written, for the stop-signal handler: fixed
// storage and lock-free flags, since a handler may neither allocate nor lock.
// Each is its folder's descriptor (open until the slot is freed) and its name
// there. A file that finds no free slot is simply not removed on a stop.
enum SlotState : int { free_slot, filling, registered };
constexpr size_t slot_count = 64;
std::array<std::array<char, NAME_MAX + 1>, slot_count> g_temp_names;
std::array<int, slot_count> g_temp_dirs;
std::array<std::atomic<int>, slot_count> g_slot_states{};

int register_temp(int dir, const std::string& name) {
  if (name.size() > NAME_MAX) return -1;
  for (size_t i = 0; i < slot_count; ++i) {
    int expected = free_slot;
    if (g_slot_states[i].compare_exchange_strong(expected, filling)) {
      std::memcpy(g_temp_names[i].data(), name.c_str(), name.size() + 1);
      g_temp_dirs[i] = dir;
      g_slot_states[i].store(registered);
      return static_cast<int>(i);
    }
  }
  return -1;
}

void unregister_temp(int slot) {
  if (slot >= 0) g_slot_states[static_cast<size_t>(slot)].store(free_slot);
}

extern "C" void remove_temps_and_exit(int) {
  for (size_t i = 0; i < slot_count; ++i) {
    if (g_slot_states[i].load() == registered) ::unlinkat(g_temp_dirs[i], g_temp_names[i].data(), 0);
  }
  ::_exit(exit_code::interrupted);
}

}  // namespace

void remove_temporary_files_on_stop() {
  struct sigaction action {};
  action.sa_handler = remove_temps_and_exit;
  sigemptyset(&action.sa_mask);
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) sigaction(signal_number, &action, nullptr);
}

OutputFile::OutputFile(const Folder& folder, std::string name, std::string shown_path)
    : m_name(std::move(name)), m_shown_path(shown_path.empty() ? folder.file(m_name) : std::move(shown_path)) {
  m_dir = ::fcntl(folder.descriptor(), F_DUPFD_CLOEXEC, 0);
  if (m_dir < 0) throw write_failure(m_shown_path, errno);
  // The name is chosen and registered for the stop handler before the file
  // exists, so that a signal at any moment finds it: with mkstemp, the name
  // is only known once the file is there. O_EXCL|O_NOFOLLOW never follows
  // nor reuses an entry planted under the temporary name: another name is
  // drawn instead.
  std::string prefix = "." + m_name + ".tmp-";
  static std::atomic<unsigned> sequence{0};
  static const unsigned seed = std::random_device{}();
  int error = EEXIST;
  for (int attempt = 0; attempt < 100 && m_fd < 0 && error == EEXIST; ++attempt) {
    unsigned draw = seed ^ (sequence.fetch_add(1) * 2654435761u) ^ static_cast<unsigned>(::getpid());
    m_temp = prefix + fmt::format("{:08x}", draw);
    m_slot = register_temp(m_dir, m_temp);
    m_fd = ::openat(m_dir, m_temp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (m_fd < 0) {
      error = errno;
      unregister_temp(m_slot);
      m_slot = -1;
    }
  }
  if (m_fd < 0) {
    ::close(m_dir);
    throw write_failure(m_shown_path, error);
  }
  // Created 0600: a new file gets the usual permissions, a replaced
  // regular file keeps its own (a response someone made private stays
  // private). AT_SYMLINK_NOFOLLOW: a link planted in an output folder gives
  // nothing.
  struct stat existing {};
  if (::fstatat(m_dir, m_name.c_str(), &existing, AT_SYMLINK_NOFOLLOW) == 0 && S_ISREG(existing.st_mode)) {
    ::fchmod(m_fd, existing.st_mode & 07777);
  } else {
    mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(m_fd, 0666 & ~mask);
  }
}

OutputFile::~OutputFile() {
  if (m_fd >= 0) {
    ::close(m_fd);
    discard();
  }
  ::close(m_dir);
}

void OutputFile::discard() {
  ::unlinkat(m_dir, m_temp.c_str(), 0);
  unregister_temp(m_slot);
  m_slot = -1;
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
      throw write_failure(m_shown_path, errno);
    }
    rest.remove_prefix(static_cast<size_t>(written));
  }
  m_buffer.clear();
}

void OutputFile::commit() {
  flush();
  if (::fsync(m_fd) != 0) throw write_failure(m_shown_path, errno);
  int fd = m_fd;
  m_fd = -1;
  // renameat() replaces the directory entry itself: a link there is
  // replaced, not followed.
  if (::close(fd) != 0 || ::renameat(m_dir, m_temp.c_str(), m_dir, m_name.c_str()) != 0) {
    int error = errno;
    discard();
    throw write_failure(m_shown_path, error);
  }
  unregister_temp(m_slot);
  m_slot = -1;
}

}  // namespace autodiag
