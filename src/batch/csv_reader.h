#pragma once

#include "model/diagnostic.h"

#include <array>
#include <istream>
#include <optional>
#include <string>
#include <vector>

namespace autodiag::batch {

// Bounds on one record, so that memory stays bounded whatever the file
// holds: a cell or a row beyond them is skipped, not stored.
struct CsvLimits {
  size_t max_cell_bytes = size_t{64} << 10;
  size_t max_columns = 1000;
};

// One record. Positions are spreadsheet positions: `row` counts records (the
// first line is row 1) and a field's column is its index + 1, so a quoted
// cell holding line breaks does not shift the rows after it. A record that
// cannot be read (a cell too long, too many cells, text that is not UTF-8, a
// quote never closed) has no fields and says why in `problem`, at its cell.
struct CsvRecord {
  int row = 0;
  std::vector<std::string> fields;
  struct Problem {
    Mark mark;
    Message message;
  };
  std::optional<Problem> problem;

  bool blank() const;
};

// Reads a CSV file one record at a time, as spreadsheets and online forms
// export it: UTF-8 with or without a byte order mark; `,`, `;` or tab as the
// separator (whichever the first line uses most, outside quotes); RFC 4180
// quoting with line breaks and doubled quotes inside quoted cells; CRLF or LF
// line ends. Only the current record is held, whatever the file's size.
class CsvReader {
 public:
  explicit CsvReader(std::istream& in, CsvLimits limits = {});

  char separator() const { return m_separator; }
  // The next record, blank ones included; nullopt at the end of the file.
  std::optional<CsvRecord> next();

 private:
  bool fill();
  void detect_separator();
  void fail(CsvRecord& record, int column, Message message);

  std::istream& m_in;
  CsvLimits m_limits;
  std::array<char, 1 << 16> m_buffer{};
  size_t m_pos = 0;
  size_t m_size = 0;
  bool m_eof = false;
  char m_separator = ',';
  int m_row = 0;
};

}  // namespace autodiag::batch
