#include "util/csv.h"

#include "util/escape.h"

namespace autodiag {

std::string csv_row(const std::vector<std::string>& fields, char separator) {
  std::string out;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += separator;
    std::string field = csv_cell_text(fields[i]);
    bool quote = field.find_first_of(std::string("\"\r\n") + separator) != std::string::npos;
    if (!quote) {
      out += field;
      continue;
    }
    out += '"';
    for (char c : field) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  out += "\r\n";
  return out;
}

}  // namespace autodiag
