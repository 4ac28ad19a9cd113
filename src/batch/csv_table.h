#pragma once

#include "model/diagnostic.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace autodiag::batch {

// One record of a CSV file. Positions are spreadsheet positions: `row` counts
// records (the header is row 1) and a field's column is its index + 1, so a
// quoted cell holding line breaks does not shift the rows after it.
struct CsvRecord {
  int row = 0;
  std::vector<std::string> fields;
};

struct CsvTable {
  char separator = ',';
  std::vector<std::string> header;
  std::vector<CsvRecord> records;  // blank rows left out
};

// Reads a CSV file as spreadsheets and online forms export it: UTF-8 with or
// without a byte order mark, `,` or `;` separators (whichever the header
// line uses more, outside quotes), RFC 4180 quoting with line breaks and
// doubled quotes inside quoted fields, CRLF or LF line ends. Reports text that
// is not UTF-8 and an unclosed quote; the records read before such an error
// are still returned.
std::optional<CsvTable> parse_csv(std::string_view text, Diagnostics& diagnostics);

}  // namespace autodiag::batch
