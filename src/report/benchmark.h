#pragma once

#include "util/i18n.h"

#include <cstddef>
#include <vector>

namespace autodiag::report {

// Where one organisation stands among comparable ones of a batch
// (batch --benchmark, computed by src/cohort/benchmark.h): plain figures,
// which the plan says in words, never as a ranking.
struct Benchmark {
  Message peers;      // who they are: "de la même taille (11 à 49 salariés)"
  size_t count = 0;   // how many, the organisation itself left out
  enum class Position { below, middle, above, too_few };
  struct Theme {
    size_t theme = 0;  // questionnaire theme index; only themes the organisation scored
    Position position = Position::too_few;
    double q1 = 0, q3 = 0;  // of the peers' scores, when not too_few
  };
  std::vector<Theme> themes;
  struct Question {
    size_t question = 0;  // questionnaire question index
    size_t better = 0;    // peers with more of its points
    size_t peers = 0;     // peers for whom it counted
  };
  std::vector<Question> questions;  // at most three, most often bettered first
  size_t min_group = 0;             // the publication threshold the figures respect
};

}  // namespace autodiag::report
