#pragma once

#include <cstddef>
#include <string>
#include <string_view>

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
  // A file autodiag creates inside an output folder (`batch -o DIR`). Whatever
  // is planted there (a link to a file elsewhere, a FIFO) is replaced by the
  // new file and never followed or written through.
  in_folder,
};

// Replaces `path` atomically: writes a temporary file in the same directory,
// flushes it to disk, then renames it over the target, so that readers and
// crashes only ever see the old or the new content. "-" writes to stdout.
// Throws Failure(cannot_write), also when the disk is full.
void write_atomically(const std::string& path, std::string_view content, Target target = Target::named);

// A file written in pieces that appears all at once, created in an output
// folder (Target::in_folder): the content goes to a temporary file beside
// `path`, which commit() flushes to disk and renames over `path`. Without
// commit() (an error, an exception) the temporary file is removed and `path`
// is left as it was; a stop signal removes it too (see
// remove_temporary_files_on_stop). Throws Failure(cannot_write).
class OutputFile {
 public:
  explicit OutputFile(std::string path) : OutputFile(path, path) {}
  // `shown_path` is the name errors give: the link the user named rather
  // than the file it points to.
  OutputFile(std::string path, std::string shown_path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  void write(std::string_view text);
  void commit();

 private:
  void flush();
  void discard();

  std::string m_path;
  std::string m_shown_path;
  std::string m_temp;
  std::string m_buffer;
  int m_fd = -1;
  int m_slot = -1;  // in the list of temporary files to remove on a stop signal
};

// Ctrl-C, SIGTERM and SIGHUP then remove the temporary files being written
// and exit with code 130 (exit_code::interrupted), leaving every output as it
// was before. For commands without their own handlers (not `run`).
void remove_temporary_files_on_stop();

}  // namespace autodiag
