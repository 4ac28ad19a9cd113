#pragma once

#include "consolidate/comments.h"
#include "consolidate/consolidate.h"
#include "util/i18n.h"

#include <string>

namespace autodiag::consolidate {

// The block of one question: the table of answers by bucket, the notes on
// skipped and not-asked, why it is flagged, the proposal, the comments, and
// (with `blank`) the choices to tick for the agreed answer.
std::string question_block(const Consolidation& c, const QuestionView& v, Lang lang, bool blank);

// The proposed answer as people read it, "—" when there is none.
std::string proposal_text(const Consolidation& c, const QuestionView& v, Lang lang);

// "4 sur 5 (80 %)": how many answers are on the most frequent one.
std::string agreement_text(const QuestionView& v, Lang lang);

// "- *Salariés* : « … »" (without the label when there is none), escaped.
std::string text_line(const BucketText& text, Lang lang);

// "1 personne", "3 personnes".
std::string people(int count, Lang lang);

// The questionnaire's text in `lang`, escaped for Markdown.
std::string text_of(const Consolidation& c, const model::Text& text, Lang lang);

}  // namespace autodiag::consolidate
