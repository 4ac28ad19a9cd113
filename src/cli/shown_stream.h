#pragma once

#include "util/charset.h"

#include <ostream>
#include <streambuf>
#include <string>

namespace autodiag::cli {

// An output stream whose text goes through show_controls (util/escape.h)
// on its way to `target`: whatever a command prints, a value from a user's
// file can never send ESC, BEL or OSC sequences, bidi overrides or
// zero-width characters to the terminal. Text is passed on line by line and
// on flush, so that a character is never cut in two.
class ShownBuffer : public std::streambuf {
 public:
  // `charset`: the terminal's, when `target` is one (util/charset.h); the
  // text is then transliterated and encoded for it.
  explicit ShownBuffer(std::streambuf* target, Charset charset = Charset::utf8)
      : m_target(target), m_charset(charset) {}
  ~ShownBuffer() override { sync(); }

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  void pass_lines();

  std::string shown(std::string_view text) const;

  std::streambuf* m_target;
  Charset m_charset;
  std::string m_pending;
};

}  // namespace autodiag::cli
