#pragma once

#include "batch/csv_export.h"
#include "batch/inputs.h"
#include "batch/scored_row.h"
#include "batch/scorer.h"

#include <functional>
#include <memory>
#include <optional>

namespace autodiag::batch {

// One unit of the batch's work: a response file, one row of a CSV export, or
// what a CSV export's header gave (its refusal or its warnings).
struct Work {
  Input input;
  size_t input_number = 0;              // 1 for the first input: for the progress line
  std::shared_ptr<const CsvExport> csv;  // the row's export (its layout is read by the worker)
  std::optional<CsvRecord> record;       // a CSV row
  std::optional<UnitResult> ready;       // the header's outcome
};

// Turns inputs into work, reading CSV exports row by row as the workers ask
// for more, so that only the rows being scored are in memory. Not thread-safe:
// called by one thread at a time (for_each_ordered's next_item).
class WorkSource {
 public:
  WorkSource(std::function<std::optional<Input>()> next_input, const ScoreSettings& settings)
      : m_next_input(std::move(next_input)), m_settings(settings) {}

  std::optional<Work> next();

 private:
  std::function<std::optional<Input>()> m_next_input;
  const ScoreSettings& m_settings;
  std::shared_ptr<CsvExport> m_csv;
  Input m_input;
  size_t m_number = 0;
};

// Scores one unit of work (safe to call from several threads at once).
UnitResult do_work(Work& work, const ScoreSettings& settings);

}  // namespace autodiag::batch
