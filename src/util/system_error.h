#pragma once

#include "util/errors.h"
#include "util/i18n.h"

#include <string>

namespace autodiag {

enum class Access { read, write };

// Why the system refused to read or write `path`, in words a facilitator
// understands and in both languages: strerror speaks English only, and
// "Permission denied" on a write means the folder, which it does not name.
Message system_reason(int error, Access access, const std::string& path);

// "impossible de lire PATH : le fichier n'existe pas", exit code no_input.
Failure read_failure(const std::string& path, int error);
// "impossible d'écrire PATH : …", exit code cannot_write.
Failure write_failure(const std::string& path, int error);

}  // namespace autodiag
