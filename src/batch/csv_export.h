#pragma once

#include "batch/csv_reader.h"
#include "batch/export_layout.h"

#include <fstream>
#include <memory>
#include <optional>
#include <string>

namespace autodiag::batch {

// A CSV export opened for reading: its header rows read and mapped, its data
// rows then given one at a time, so that an export of any length is read in
// constant memory.
class CsvExport {
 public:
  // nullptr when the file cannot be read or its header is refused; the
  // reasons are in `diagnostics` (which also receives the header's warnings).
  static std::unique_ptr<CsvExport> open(const std::string& path, Platform platform,
                                         const model::Questionnaire& questionnaire, Diagnostics& diagnostics);

  // The next data row that is not blank (with its problem, if it is
  // unreadable); nullopt at the end of the file.
  std::optional<CsvRecord> next();

  const ExportLayout& layout() const { return m_layout; }
  char separator() const { return m_reader.separator(); }

 private:
  explicit CsvExport(std::ifstream in) : m_in(std::move(in)), m_reader(m_in) {}

  std::ifstream m_in;
  CsvReader m_reader;
  ExportLayout m_layout;
};

}  // namespace autodiag::batch
