#pragma once

#include "batch/export_layout.h"
#include "batch/progress.h"
#include "cohort/suppression.h"
#include "document/documents.h"
#include "model/questionnaire.h"
#include "util/i18n.h"

#include <string>
#include <vector>

namespace autodiag::batch {

struct BatchOptions {
  std::vector<std::string> inputs;  // files and folders
  std::string out_dir;
  unsigned jobs = 1;
  bool plans = false;
  std::vector<document::Format> plan_formats{document::Format::md};  // with plans
  bool force = false;  // replace plans edited since autodiag wrote them
  bool anonymize = false;
  size_t min_group = cohort::default_min_group;  // smallest group a shared output shows (--min-group)
  bool include_in_progress = false;  // in the statistics (--include-in-progress)
  bool group_by_organisation = false;  // consolidate each organisation's responses (docs/consolidate.md)
  std::string previous;  // --previous: last year's output folder or responses ("" for none)
  bool benchmark = false;  // with plans: each organisation among comparable ones; plans written once all are scored
  char csv_separator = ',';  // of scores.csv
  Lang lang = Lang::fr;
  Platform platform = Platform::automatic;  // of the CSV exports (--from)
};

struct BatchOutcome {
  size_t responses = 0;  // scored (organisations with group_by_organisation)
  size_t invalid = 0;    // files or CSV rows refused
  std::vector<Message> kept_plans;  // edited plans left in place, the new one beside each
};

// Scores every input and writes scores.csv, scores.json, summary.md and
// errors.txt (and plans/ with --plans) in options.out_dir, each atomically.
// A bad input is reported in the outputs and never stops the batch; the
// outputs are the same bytes whatever the number of jobs. Throws Failure
// when nothing can be done: no input found (66), an output not writable (73).
BatchOutcome run_batch(const BatchOptions& options, const model::Questionnaire& questionnaire, Progress& progress);

}  // namespace autodiag::batch
