#include "session/signals.h"

#include <poll.h>

#include <cerrno>
#include <csignal>
#include <initializer_list>

namespace autodiag::session {

namespace {

volatile std::sig_atomic_t g_stop_signal = 0;

extern "C" void on_stop_signal(int signal_number) { g_stop_signal = signal_number; }

sigset_t stop_set() {
  sigset_t set;
  sigemptyset(&set);
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) sigaddset(&set, signal_number);
  return set;
}

}  // namespace

void install_stop_handlers() {
  struct sigaction action {};
  action.sa_handler = on_stop_signal;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;  // no SA_RESTART: a blocked read must return EINTR
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) sigaction(signal_number, &action, nullptr);
}

bool wait_for_input(int fd) {
  // The stop signals are blocked while the flag is checked, and ppoll()
  // unblocks them only for the wait itself, atomically.
  sigset_t stops = stop_set();
  sigset_t previous;
  sigprocmask(SIG_BLOCK, &stops, &previous);
  bool ready = false;
  while (g_stop_signal == 0) {
    pollfd input{fd, POLLIN, 0};
    if (ppoll(&input, 1, nullptr, &previous) >= 0 || errno != EINTR) {
      ready = true;
      break;
    }
  }
  sigprocmask(SIG_SETMASK, &previous, nullptr);
  return ready;
}

int stop_signal() { return g_stop_signal; }

}  // namespace autodiag::session
