#pragma once

#include "batch/scored_row.h"
#include "batch/scorer.h"

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace autodiag::batch {

// batch --group-by organisation (docs/batch.md): the responses that name the
// same organisation are consolidated (docs/consolidate.md) and scored as one.
// The first pass counts the members of each organisation; during the second,
// an organisation's responses wait here until the last one is read, so memory
// holds only the organisations still open, not the whole batch.
class Grouping {
 public:
  // `emit` receives each row to write: a single response as it is, or the
  // consolidated response of a complete group; `refuse` a group that cannot
  // be consolidated.
  Grouping(const ScoreSettings& settings, Lang lang, std::function<void(ScoredRow&)> emit,
           std::function<void(InvalidInput)> refuse);

  // First pass: one more response for this organisation.
  void count(const ScoredRow& row) { ++m_members[key_of(row)]; }
  // Second pass: `row` must hold its checked response.
  void add(ScoredRow& row);
  size_t files() const { return m_files; }
  // The same organisations counted, for one more second pass (the plan walk
  // of --benchmark): its rows go to `emit`, a group that cannot be
  // consolidated is dropped (the first second pass reported it).
  Grouping again(const ScoreSettings& settings, std::function<void(ScoredRow&)> emit) const;

 private:
  static std::string key_of(const ScoredRow& row);

  const ScoreSettings& m_settings;
  Lang m_lang;
  std::function<void(ScoredRow&)> m_emit;
  std::function<void(InvalidInput)> m_refuse;
  std::map<std::string, size_t> m_members;
  std::map<std::string, std::vector<ScoredRow>> m_open;
  size_t m_files = 0;
};

}  // namespace autodiag::batch
