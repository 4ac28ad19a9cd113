#pragma once

#include "batch/csv_table.h"
#include "model/diagnostic.h"
#include "model/questionnaire.h"
#include "model/response.h"

#include <optional>
#include <vector>

namespace autodiag::batch {

// What each CSV column holds: a profile field or a question, or nullptr for a
// column that is ignored.
using CsvColumns = std::vector<const model::Question*>;

// Matches the header cells to field and question ids (case-insensitive).
// An unknown column is a warning (form tools add their own, such as a
// timestamp) and is ignored; a column given twice, or no column for a
// scored question, is an error (nullopt).
std::optional<CsvColumns> map_header(const CsvTable& table, const model::Questionnaire& questionnaire,
                                     Diagnostics& diagnostics);

// One row as a response to `questionnaire`, marked in_progress: its values
// are option ids, matched from ids or labels (any language, case-insensitive),
// yes/no/oui/non, numbers with a decimal point or comma, `na`. A cell that
// cannot be matched is passed through unchanged, so that check_response
// reports it at the cell's row and column. A multi-choice cell lists its
// options separated by `|`, or by whichever of `;` and `,` the file does not
// use as its separator.
model::Response response_from_row(const CsvRecord& record, const CsvColumns& columns,
                                  const model::Questionnaire& questionnaire, char file_separator,
                                  Diagnostics& diagnostics);

}  // namespace autodiag::batch
