#include "batch/csv_table.h"

#include "util/utf8.h"

namespace autodiag::batch {

namespace {

char detect_separator(std::string_view text) {
  size_t commas = 0;
  size_t semicolons = 0;
  bool quoted = false;
  for (char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    if (c == ',') ++commas;
    if (c == ';') ++semicolons;
  }
  return semicolons > commas ? ';' : ',';
}

bool is_blank(const std::vector<std::string>& fields) {
  for (const std::string& f : fields) {
    if (f.find_first_not_of(" \t") != std::string::npos) return false;
  }
  return true;
}

}  // namespace

std::optional<CsvTable> parse_csv(std::string_view text, Diagnostics& diagnostics) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  CsvTable table;
  table.separator = detect_separator(text);
  std::vector<std::string> fields(1);
  int row = 1;
  bool in_quotes = false;
  int quote_column = 0;
  bool ok = true;
  auto end_record = [&] {
    for (size_t i = 0; i < fields.size(); ++i) {
      if (!autodiag::is_utf8(fields[i])) {
        diagnostics.error({row, static_cast<int>(i) + 1},
                          msg("ce n'est pas du texte UTF-8 : enregistrez le fichier au format « CSV UTF-8 »",
                              "not UTF-8 text: save the file as 'CSV UTF-8'"));
        ok = false;
      }
    }
    if (ok) {
      if (row == 1) {
        table.header = std::move(fields);
      } else if (!is_blank(fields)) {
        table.records.push_back({row, std::move(fields)});
      }
    }
    fields.assign(1, std::string());
    ++row;
  };
  for (size_t i = 0; i < text.size() && ok; ++i) {
    char c = text[i];
    std::string& field = fields.back();
    if (in_quotes) {
      if (c != '"') {
        field += c;
      } else if (i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else {
        in_quotes = false;
      }
    } else if (c == '"' && field.empty()) {
      in_quotes = true;
      quote_column = static_cast<int>(fields.size());
    } else if (c == table.separator) {
      fields.emplace_back();
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_record();
    } else {
      field += c;
    }
  }
  if (in_quotes && ok) {
    diagnostics.error({row, quote_column}, msg("guillemet ouvert jamais refermé", "quote opened and never closed"));
    ok = false;
  }
  if (ok && (fields.size() > 1 || !fields[0].empty())) end_record();
  if (table.header.empty() && ok) {
    diagnostics.error({1, 1}, msg("fichier CSV vide", "empty CSV file"));
    return std::nullopt;
  }
  if (table.header.empty()) return std::nullopt;
  return table;
}

}  // namespace autodiag::batch
