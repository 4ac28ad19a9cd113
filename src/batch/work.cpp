#include "batch/work.h"

#include "batch/pseudonym.h"

namespace autodiag::batch {

std::optional<Work> WorkSource::next() {
  while (true) {
    if (m_csv) {
      if (std::optional<CsvRecord> record = m_csv->next()) return Work{m_input, m_number, m_csv, std::move(record), {}};
      m_csv.reset();
    }
    std::optional<Input> input = m_next_input();
    if (!input) return std::nullopt;
    m_input = std::move(*input);
    ++m_number;
    if (m_input.kind != Input::Kind::csv) return Work{m_input, m_number, nullptr, {}, {}};
    Diagnostics d(m_settings.anonymize ? pseudonym(m_input.path) : m_input.path);
    std::unique_ptr<CsvExport> csv = CsvExport::open(m_input.path, m_settings.platform, *m_settings.questionnaire, d);
    if (csv) m_csv = std::move(csv);
    if (!m_csv || !d.items().empty()) {
      return Work{m_input, m_number, nullptr, {}, csv_header_result(m_input, d, !m_csv, m_settings)};
    }
  }
}

UnitResult do_work(Work& work, const ScoreSettings& settings) {
  if (work.ready) return std::move(*work.ready);
  if (work.record) return score_csv_row(work.input, *work.csv, *work.record, settings);
  return score_input(work.input, settings);
}

}  // namespace autodiag::batch
