#pragma once

#include "load/reader.h"
#include "model/questionnaire.h"

namespace autodiag::load {

// Reads `migrations:` (a list). Call check_migrations once the questionnaire
// is indexed: the current ids and options they name must exist.
std::vector<model::Migration> read_migrations(Reader& reader, const YamlNode& node);
void check_migrations(const model::Questionnaire& questionnaire, Reader& reader);

}  // namespace autodiag::load
