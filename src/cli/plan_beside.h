#pragma once

#include "document/documents.h"
#include "load/checked_response.h"
#include "model/questionnaire.h"
#include "util/i18n.h"

#include <string>

namespace autodiag::cli {

struct PlanBeside {
  load::CheckedResponse response;     // what the plan was made from
  std::string plan_path;              // the HTML plan people open (beside an edited plan, its free name)
  document::Written written;          // that page first, then the Markdown, its chart and the tracking sheet
  bool changed_elsewhere = false;     // the file no longer held `last_saved`
};

// Writes the plan of the response saved at `response_path` beside it
// (session::plan_path_for) as an HTML page and its Markdown
// (document::write_documents). Made from the file, not from memory: another
// session saving the same file meanwhile would otherwise leave one
// organisation's plan beside another's response. When the file changes while
// the plan is written, the plan is made again. Throws Failure (65 when the
// file is no longer a valid response, 73 cannot write). A Markdown plan
// edited there is kept unless `force` (document::write_documents).
PlanBeside write_plan_beside(const model::Questionnaire& questionnaire, Lang lang, const std::string& response_path,
                             const std::string& last_saved, bool force = false);

}  // namespace autodiag::cli
