#pragma once

#include "batch/csv_reader.h"
#include "batch/export_layout.h"
#include "model/diagnostic.h"
#include "model/questionnaire.h"
#include "model/response.h"

#include <string>

namespace autodiag::batch {

// One row of an export as a response to `questionnaire`, marked in_progress
// (cells read by raw_value, see cell_values.h). Columns per option are
// gathered into their question's list; a ticked N/A box, a comment and a
// theme answered "no" to "addressed?" go where a response file has them.
model::Response response_from_row(const CsvRecord& record, const ExportLayout& layout,
                                  const model::Questionnaire& questionnaire, char file_separator,
                                  Diagnostics& diagnostics);

// The row's submission id as the platform wrote it, when it is a plain one
// (letters, digits, `-`, `_`, `.`, `:`; at most 64 characters), else "".
std::string submission_id(const CsvRecord& record, const ExportLayout& layout);

}  // namespace autodiag::batch
