#pragma once

#include "util/files.h"
#include "util/i18n.h"

#include <string>
#include <string_view>

namespace autodiag::report {

// People fill in the plan (who does what, by when): autodiag must never write
// over their work. Every plan file it writes ends with a fingerprint of its
// own content, a Markdown link reference definition that no viewer shows; a
// file whose fingerprint no longer matches, or that has none, was written or
// changed by someone else.

// `markdown` followed by its fingerprint line.
std::string with_fingerprint(std::string markdown);

// Only a regular file can hold someone's plan. Where the user named the path
// a link there is theirs and followed; in an output folder whatever is
// planted (a link, a FIFO) is replaced, never read (util/files.h), so it
// counts as absent.
enum class PlanFileState { absent, unedited, edited };
PlanFileState plan_file_state(const std::string& path, Target target = Target::named);

struct PlanTarget {
  std::string path;  // where to write the new plan
  std::string kept;  // the edited file left untouched, "" when none
};

// `wanted` unless it holds an edited plan and `force` is false; then the
// first free name beside it ("plan-2.md", "plan-3.md"…), or one holding an
// unedited plan. Throws Failure(cannot_write) when none can be found.
PlanTarget choose_plan_target(const std::string& wanted, bool force, Target target = Target::named);

// "plan.md a été modifié depuis…; le nouveau plan est dans plan-2.md".
Message kept_message(const PlanTarget& target);

}  // namespace autodiag::report
