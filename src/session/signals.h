#pragma once

namespace autodiag::session {

// Ctrl-C, SIGTERM and SIGHUP only set a flag: the question loop sees it when
// the blocked read returns (handlers are installed without SA_RESTART, so the
// read fails with EINTR), saves, and exits. No I/O happens in the handler.
void install_stop_handlers();

// The signal that asked to stop, or 0.
int stop_signal();

// Waits until `fd` has input (or is closed). Returns false when a stop signal
// came first, including one that arrived just before the wait: checking the
// flag and then blocking in read() would miss it.
bool wait_for_input(int fd);

}  // namespace autodiag::session
