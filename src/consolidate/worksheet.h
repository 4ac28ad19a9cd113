#pragma once

#include "consolidate/consolidate.h"
#include "util/i18n.h"

#include <string>

namespace autodiag::consolidate {

// The consensus worksheet (Markdown) for the meeting: the profile facts to
// check, the divergent questions with their distribution, comments and a
// blank for the agreed answer, then the agreed questions and the free texts.
// Every text written by a respondent is escaped.
std::string worksheet_markdown(const Consolidation& consolidation, Lang lang);

}  // namespace autodiag::consolidate
