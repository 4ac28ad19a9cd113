#pragma once

#include "model/diagnostic.h"

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace autodiag::model {

// Who answered a response, when several people of one organisation answer
// separately (docs/response-format.md, `respondent:`).
struct Respondent {
  std::string group;  // one of respondent_groups()
  std::string name;   // optional; never shown unless asked for (consolidate --names)
  Mark mark;
};

// One response that went into a consolidated response, listed only with
// consolidate --names: file names often carry people's names.
struct ConsensusSource {
  std::string file;
  std::string group;
  std::string name;
};

// What a consolidated response was made from (`consensus_of:`).
struct Consensus {
  int respondents = 0;
  // How many people answered in each group.
  std::vector<std::pair<std::string, int>> groups;
  // Questions on which the respondents disagreed, most divergent first.
  std::vector<std::string> divergent;
  std::vector<Mark> divergent_marks;
  std::vector<ConsensusSource> sources;
  Mark mark;
  Mark respondents_mark;
};

struct GroupInfo {
  std::string_view id;
  std::string_view fr;  // as offered in the session
  std::string_view en;
  std::string_view short_fr;  // column headings, comments, the plan
  std::string_view short_en;
};

// The groups a respondent may belong to, in the order they are shown.
const std::vector<GroupInfo>& respondent_groups();
const GroupInfo* find_group(std::string_view id);

// The bucket that holds the groups too small to be shown on their own, and
// the `other` group itself.
inline constexpr std::string_view others_bucket = "others";

}  // namespace autodiag::model
