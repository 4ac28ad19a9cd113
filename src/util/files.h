#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

namespace autodiag {

inline constexpr size_t max_input_bytes = size_t{64} << 20;

// Reads a whole file ("-" is stdin). Throws Failure: no_input when it cannot,
// data_error beyond max_input_bytes.
std::string read_input(const std::string& path);

// Where an output goes, which decides what is done with what is already there.
enum class Target {
  // A path the user named (`-o FILE`, the response of `run`). A symbolic link
  // there is the user's own: the file it points to is replaced and the link
  // kept, as a shell's `>` would. A device, FIFO or socket is written to
  // directly (`-o /dev/stdout`), never replaced by a file.
  named,
  // A file autodiag creates inside an output folder (`batch -o DIR`), written
  // through a Folder. Whatever is planted there (a link to a file elsewhere, a
  // FIFO) is replaced by the new file and never followed or written through.
  in_folder,
};

// An output folder held open. Files autodiag writes into it are created,
// replaced and removed relative to this descriptor (openat, renameat,
// unlinkat), never by path: once the folder is opened, renaming it, or
// swapping it or one of its parents for a symbolic link, cannot send a byte
// anywhere else. Move-only.
class Folder {
 public:
  // The output folder the user named (`batch -o DIR`), created with its
  // parents when missing. A link there is followed: the user chose it.
  // Throws Failure(cannot_write).
  static Folder named(const std::string& path);
  // A folder autodiag makes inside this one (`plans`), created when missing
  // and opened without following a link: a link planted there, or swapped in
  // before it is opened, is refused with Failure(cannot_write).
  Folder subfolder(const std::string& name) const;
  // The existing folder a path the user named sits in, links followed.
  static Folder containing(const std::string& file);

  ~Folder();
  Folder(Folder&& other) noexcept;
  Folder& operator=(Folder&& other) noexcept;
  Folder(const Folder&) = delete;
  Folder& operator=(const Folder&) = delete;

  // The path it was opened by, for messages only.
  const std::string& path() const { return m_path; }
  std::string file(std::string_view name) const;
  int descriptor() const { return m_fd; }

 private:
  Folder(int fd, std::string path) : m_fd(fd), m_path(std::move(path)) {}

  int m_fd = -1;  // O_PATH: usable by the *at() calls even in a folder one may write to but not list
  std::string m_path;
};

// Replaces `path` (Target::named) atomically: writes a temporary file in the
// same directory, flushes it to disk, then renames it over the target, so
// that readers and crashes only ever see the old or the new content. "-"
// writes to stdout. Throws Failure(cannot_write), also when the disk is full.
void write_atomically(const std::string& path, std::string_view content);
// The same for the file `name` in an output folder (Target::in_folder).
void write_atomically(const Folder& folder, std::string_view name, std::string_view content);

// A file written in pieces that appears all at once, created as `name` in
// `folder` (Target::in_folder): the content goes to a temporary file beside
// it, which commit() flushes to disk and renames over `name`. Without
// commit() (an error, an exception) the temporary file is removed and `name`
// is left as it was; a stop signal removes it too (see
// remove_temporary_files_on_stop). Throws Failure(cannot_write).
class OutputFile {
 public:
  // `shown_path` is the name errors give ("" = the folder's path and
  // `name`): the link the user named rather than the file it points to.
  OutputFile(const Folder& folder, std::string name, std::string shown_path = "");
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  void write(std::string_view text);
  void commit();

 private:
  void flush();
  void discard();

  int m_dir = -1;  // a duplicate of the folder's descriptor, so the file never outlives it
  std::string m_name;
  std::string m_shown_path;
  std::string m_temp;  // its name in the folder
  std::string m_buffer;
  int m_fd = -1;
  int m_slot = -1;  // in the list of temporary files to remove on a stop signal
};

// Ctrl-C, SIGTERM and SIGHUP then remove the temporary files being written
// and exit with code 130 (exit_code::interrupted), leaving every output as it
// was before. For commands without their own handlers (not `run`).
void remove_temporary_files_on_stop();

}  // namespace autodiag
