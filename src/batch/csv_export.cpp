#include "batch/csv_export.h"

#include "util/system_error.h"

#include <cerrno>

namespace autodiag::batch {

std::unique_ptr<CsvExport> CsvExport::open(const std::string& path, Platform platform,
                                           const model::Questionnaire& questionnaire, Diagnostics& diagnostics) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    Message why = system_reason(errno, Access::read, path);
    diagnostics.error({}, msg("lecture impossible : {0}", "cannot read: {1}", why.fr, why.en));
    return nullptr;
  }
  std::unique_ptr<CsvExport> file(new CsvExport(std::move(in)));
  std::optional<CsvRecord> first = file->m_reader.next();
  if (!first || (first->blank() && !first->problem)) {
    diagnostics.error({1, 1}, msg("fichier CSV vide", "empty CSV file"));
    return nullptr;
  }
  std::vector<CsvRecord> rows = {std::move(*first)};
  int count = header_rows(platform, rows[0]);
  while (static_cast<int>(rows.size()) < count) {
    std::optional<CsvRecord> row = file->m_reader.next();
    if (!row) break;
    rows.push_back(std::move(*row));
  }
  for (const CsvRecord& row : rows) {
    if (row.problem) {
      diagnostics.error(row.problem->mark, row.problem->message);
      return nullptr;
    }
  }
  if (static_cast<int>(rows.size()) < count) {
    diagnostics.error({static_cast<int>(rows.size()), 1},
                      msg("en-tête incomplet : {} lignes attendues", "incomplete header: {} rows expected", count));
    return nullptr;
  }
  if (count == 3 && platform == Platform::automatic) platform = Platform::framaforms;
  const std::vector<std::string> none;
  auto layout = map_export_header(rows.back().fields, count == 3 ? rows[1].fields : none, rows.back().row, platform,
                                  questionnaire, diagnostics);
  if (!layout) return nullptr;
  file->m_layout = std::move(*layout);
  return file;
}

std::optional<CsvRecord> CsvExport::next() {
  while (std::optional<CsvRecord> record = m_reader.next()) {
    if (record->problem || !record->blank()) return record;
  }
  return std::nullopt;
}

}  // namespace autodiag::batch
