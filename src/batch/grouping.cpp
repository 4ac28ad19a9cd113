#include "batch/grouping.h"

#include "batch/pseudonym.h"
#include "consolidate/consolidate.h"
#include "util/errors.h"

#include <fmt/format.h>

namespace autodiag::batch {

Grouping::Grouping(const ScoreSettings& settings, Lang lang, std::function<void(ScoredRow&)> emit,
                   std::function<void(InvalidInput)> refuse)
    : m_settings(settings), m_lang(lang), m_emit(std::move(emit)), m_refuse(std::move(refuse)) {}

Grouping Grouping::again(const ScoreSettings& settings, std::function<void(ScoredRow&)> emit) const {
  Grouping copy(settings, m_lang, std::move(emit), [](InvalidInput) {});
  copy.m_members = m_members;
  return copy;
}

// A response without a name cannot be matched with any other: it stays alone.
std::string Grouping::key_of(const ScoredRow& row) {
  return row.organisation_key.empty() ? "\x01" + row.source : row.organisation_key;
}

void Grouping::add(ScoredRow& row) {
  ++m_files;
  std::string key = key_of(row);
  size_t members = m_members[key];
  if (members <= 1) {
    if (!m_settings.keep_responses) row.checked.reset();
    m_emit(row);
    return;
  }
  std::vector<ScoredRow>& open = m_open[key];
  open.push_back(std::move(row));
  if (open.size() < members) return;
  std::vector<ScoredRow> group = std::move(open);
  m_open.erase(key);
  std::vector<consolidate::Input> inputs;
  std::string latest;
  for (ScoredRow& member : group) {
    const model::Response& r = member.checked->response;
    latest = std::max(latest, r.updated.empty() ? r.created : r.updated);
    inputs.push_back({member.source, std::move(*member.checked)});
  }
  // The first source names the group in every output, followed by how many
  // responses were gathered with it.
  std::string source = fmt::format("{} (+{})", inputs.front().file, group.size() - 1);
  try {
    consolidate::Consolidation c = consolidate::consolidate(*m_settings.questionnaire, std::move(inputs),
                                                            {false, latest, m_lang});
    ScoredRow consolidated = score_row(source, std::move(c.result), m_settings);
    if (!m_settings.keep_responses) consolidated.checked.reset();
    m_emit(consolidated);
  } catch (const Failure& e) {
    Diagnostic d{m_settings.anonymize ? pseudonym(source) : source, {}, Severity::error,
                 m_settings.anonymize ? mask_quoted_values(e.message()) : e.message()};
    m_refuse({d.file, d, 1});
  }
}

}  // namespace autodiag::batch
