#pragma once

// Exit codes follow BSD sysexits.h so that scripts can tell failures apart.
namespace autodiag::exit_code {
inline constexpr int ok = 0;
inline constexpr int usage = 64;        // bad command line
inline constexpr int data_error = 65;   // invalid questionnaire, response or template
inline constexpr int no_input = 66;     // input missing or unreadable
inline constexpr int unavailable = 69;  // a helper program (pandoc, weasyprint…) is missing or failed
inline constexpr int internal = 70;     // a bug: please report it
inline constexpr int cannot_write = 73; // output could not be written
inline constexpr int in_use = 75;       // the file is open in another session: try again later
inline constexpr int interrupted = 130; // Ctrl-C, SIGTERM, SIGHUP, end of input mid-session
}  // namespace autodiag::exit_code
