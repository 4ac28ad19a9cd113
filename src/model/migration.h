#pragma once

#include "model/diagnostic.h"
#include "model/text.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace autodiag::model {

// How to read responses made with an earlier major version of a
// questionnaire (`migrations:`, docs/questionnaire-format.md). Old ids are
// the earlier version's; question ids in `options` are the current ones.
struct Migration {
  int from_major = 0;
  std::map<std::string, std::string> renamed;                // old id -> current id
  std::map<std::string, std::vector<std::string>> split;    // old id -> current ids, each gets the old answer
  std::map<std::string, Text> removed;                       // old id -> why it is not carried over
  // current question id -> old option id -> current option id (nullopt: not carried over)
  std::map<std::string, std::map<std::string, std::optional<std::string>>> options;
  Mark mark;
};

}  // namespace autodiag::model
