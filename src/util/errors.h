#pragma once

#include "util/i18n.h"

#include <stdexcept>

namespace autodiag {

// "Cannot continue" errors, caught once in the CLI layer and mapped to an exit
// code. Problems in the user's data are reported as Diagnostics instead.
class Failure : public std::runtime_error {
 public:
  Failure(int exit_code, Message message)
      : std::runtime_error(message.en), m_exit_code(exit_code), m_message(std::move(message)) {}
  int exit_code() const { return m_exit_code; }
  const Message& message() const { return m_message; }

 private:
  int m_exit_code;
  Message m_message;
};

}  // namespace autodiag
