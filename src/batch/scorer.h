#pragma once

#include "batch/csv_export.h"
#include "batch/inputs.h"
#include "batch/scored_row.h"
#include "model/questionnaire.h"

#include <string>
#include <vector>

namespace autodiag::batch {

struct ScoreSettings {
  const model::Questionnaire* questionnaire = nullptr;
  bool anonymize = false;
  bool keep_responses = false;  // for --plans
  Platform platform = Platform::automatic;  // of the CSV exports (--from)
};

// Reads, checks and scores one input. Never throws for a problem in the
// input: an unreadable or invalid input becomes an InvalidInput with its
// positioned diagnostics. Safe to call from several threads at once. (The
// batch reads CSV files through WorkSource instead, one row at a time.)
UnitResult score_input(const Input& input, const ScoreSettings& settings);

// What an opened CSV export gives before its rows: its refusal (no `csv`),
// or the warnings on its header.
UnitResult csv_header_result(const Input& input, const Diagnostics& diagnostics, bool refused,
                             const ScoreSettings& settings);

// One data row of an opened CSV export (with its problem when unreadable).
UnitResult score_csv_row(const Input& input, const CsvExport& csv, const CsvRecord& record,
                         const ScoreSettings& settings);

// The row of one checked response (also a consolidated one).
ScoredRow score_row(const std::string& source, load::CheckedResponse checked, const ScoreSettings& settings);

// Under --anonymize, diagnostics must not repeat what the input holds: every
// text of the input (`input_texts`) and every quoted part of the message
// that is not an identifier becomes "…".
Message mask_quoted_values(const Message& message, const std::vector<std::string>& input_texts = {});

}  // namespace autodiag::batch
