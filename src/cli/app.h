#pragma once

namespace autodiag::cli {

// Parses the command line, runs the subcommand and returns the exit code.
// Every exception stops here and becomes a message and a named exit code.
int main(int argc, char** argv);

}  // namespace autodiag::cli
