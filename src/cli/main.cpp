#include "cli/app.h"

int main(int argc, char** argv) { return autodiag::cli::main(argc, argv); }
