#pragma once

#include "model/condition.h"
#include "model/diagnostic.h"
#include "model/text.h"

#include <optional>
#include <string>
#include <vector>

namespace autodiag::model {

// Words that follow the organisation's profile ("assemblée générale", "conseil
// d'administration", "les salariés"…): the first variant whose condition holds
// on the profile answers, the last one (without condition) otherwise.
struct TermVariant {
  std::optional<Condition> when;  // none: the default
  std::string when_source;
  Text text;
};

struct Term {
  std::string id;
  std::vector<TermVariant> variants;
  Mark mark;
};

// A legal obligation, shown apart as a floor and never scored: it applies
// when `applies_when` holds on the profile (always without one); it is met
// when `question` is answered with one of `met`, or, for a number question,
// with a number within [met_min, met_max] (a quota: "at least 40 %"). Without
// a question, it is only recalled.
struct Obligation {
  std::string id;
  std::optional<Condition> applies_when;
  std::string applies_source;
  std::string question;  // a question id, "" when none
  std::vector<std::string> met;
  std::optional<double> met_min;  // a number question: bounds included
  std::optional<double> met_max;
  Text text;
  Text detail;
  std::string source;  // the legal reference
  Mark mark;
};

}  // namespace autodiag::model
