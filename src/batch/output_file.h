#pragma once

#include <string>
#include <string_view>

namespace autodiag::batch {

// A file written in pieces that appears all at once: the content goes to a
// temporary file beside `path`, which commit() flushes to disk and renames
// over `path`. Without commit() (an error, an exception) the temporary file
// is removed and `path` is left as it was. Throws Failure(cannot_write).
class OutputFile {
 public:
  explicit OutputFile(std::string path);
  ~OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;

  void write(std::string_view text);
  void commit();

 private:
  void flush();

  std::string m_path;
  std::string m_temp;
  std::string m_buffer;
  int m_fd = -1;
};

}  // namespace autodiag::batch
