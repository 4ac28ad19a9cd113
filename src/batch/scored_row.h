#pragma once

#include "cohort/criteria.h"
#include "load/checked_response.h"
#include "model/diagnostic.h"
#include "model/questionnaire.h"

#include <optional>
#include <string>
#include <vector>

namespace autodiag::batch {

// What the batch keeps of one scored response: enough for its line in
// scores.csv and scores.json and for the summary, not the parsed response
// (unless a plan is to be written), so that memory does not grow with the
// number of responses.
struct ScoredRow {
  std::string source;        // path, "file.csv:ROW", or the pseudonym under --anonymize
  std::string organisation;  // name, or the pseudonym under --anonymize
  cohort::GroupKeys groups;  // legal form, size band, sector, region, department ("" when not answered)
  std::string organisation_key;  // the name as compared by --group-by (model::organisation_key), even anonymised
  model::Status status = model::Status::in_progress;
  double completion = 0;
  std::optional<double> overall;
  const model::Level* level = nullptr;
  std::vector<std::optional<double>> themes;  // by questionnaire theme; nullopt when not scored
  std::vector<const model::Level*> theme_levels;
  std::vector<size_t> counted;  // indexes of the questions answered and scored
  std::vector<double> ratios;   // the share of each one's points reached (for --benchmark)
  std::vector<size_t> gaps;     // those of them below half their maximum
  std::vector<size_t> supports;  // the catalogue entries open to it (indexes in the questionnaire's support)
  std::string json;          // this response's entry of scores.json
  std::optional<load::CheckedResponse> checked;  // kept for --plans only
};

// An input that could not be scored (a file, or one row of a CSV file).
struct InvalidInput {
  std::string source;
  Diagnostic first_error;
  size_t error_count = 0;
};

// Everything one input file gives: a YAML/JSON file gives at most one row, a
// CSV file one per data row.
struct UnitResult {
  std::vector<ScoredRow> rows;
  std::vector<InvalidInput> invalid;
  std::vector<Diagnostic> diagnostics;  // errors and warnings, in reading order
};

}  // namespace autodiag::batch
