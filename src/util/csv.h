#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace autodiag {

// One CSV record (RFC 4180): fields quoted when they hold the separator, a
// quote or a line break; ends with CRLF. Every field goes through
// csv_cell_text (util/escape.h): one starting with = + - @, a tab or a line
// break gets a leading apostrophe, so that a spreadsheet never runs it.
std::string csv_row(const std::vector<std::string>& fields, char separator = ',');

}  // namespace autodiag
