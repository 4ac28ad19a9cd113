#include "batch/csv_reader.h"

#include "util/utf8.h"

namespace autodiag::batch {

bool CsvRecord::blank() const {
  for (const std::string& f : fields) {
    if (f.find_first_not_of(" \t") != std::string::npos) return false;
  }
  return true;
}

CsvReader::CsvReader(std::istream& in, CsvLimits limits) : m_in(in), m_limits(limits) {
  fill();
  if (std::string_view(m_buffer.data(), m_size).starts_with("\xEF\xBB\xBF")) m_pos = 3;
  detect_separator();
}

bool CsvReader::fill() {
  if (m_pos < m_size) return true;
  if (m_eof) return false;
  m_in.read(m_buffer.data(), static_cast<std::streamsize>(m_buffer.size()));
  m_size = static_cast<size_t>(m_in.gcount());
  m_pos = 0;
  if (m_size < m_buffer.size()) m_eof = true;
  return m_size > 0;
}

// From the first line as far as the first buffer holds it: a header longer
// than that is rare, and its first 64 KiB show the separator anyway.
void CsvReader::detect_separator() {
  size_t commas = 0;
  size_t semicolons = 0;
  size_t tabs = 0;
  bool quoted = false;
  for (size_t i = m_pos; i < m_size; ++i) {
    char c = m_buffer[i];
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n' || c == '\r') break;
    if (c == ',') ++commas;
    if (c == ';') ++semicolons;
    if (c == '\t') ++tabs;
  }
  if (tabs > commas && tabs > semicolons) {
    m_separator = '\t';
  } else if (semicolons > commas) {
    m_separator = ';';
  }
}

void CsvReader::fail(CsvRecord& record, int column, Message message) {
  if (!record.problem) record.problem = CsvRecord::Problem{{record.row, column}, std::move(message)};
}

std::optional<CsvRecord> CsvReader::next() {
  if (!fill()) return std::nullopt;
  CsvRecord record;
  record.row = ++m_row;
  record.fields.emplace_back();
  bool in_quotes = false;
  int quote_column = 0;
  // Once a record has a problem its cells are no longer kept, but it is still
  // read to its end so that the next record starts at the right place.
  auto keep = [&](char c) {
    if (record.problem) return;
    std::string& field = record.fields.back();
    if (field.size() == m_limits.max_cell_bytes) {
      fail(record, static_cast<int>(record.fields.size()),
           msg("cellule trop longue (plus de {} octets) : ligne ignorée",
               "cell too long (more than {} bytes): row skipped", m_limits.max_cell_bytes));
      return;
    }
    field += c;
  };
  auto new_field = [&] {
    if (record.problem) return;
    if (record.fields.size() == m_limits.max_columns) {
      fail(record, static_cast<int>(record.fields.size()) + 1,
           msg("trop de colonnes (plus de {}) : ligne ignorée", "too many columns (more than {}): row skipped",
               m_limits.max_columns));
      return;
    }
    record.fields.emplace_back();
  };
  bool field_started = false;
  while (fill()) {
    char c = m_buffer[m_pos++];
    if (in_quotes) {
      if (c != '"') {
        keep(c);
        continue;
      }
      if (!fill()) {
        in_quotes = false;
        break;
      }
      if (m_buffer[m_pos] == '"') {
        ++m_pos;
        keep('"');
      } else {
        in_quotes = false;
      }
      continue;
    }
    if (c == '"' && !field_started) {
      in_quotes = true;
      field_started = true;
      quote_column = static_cast<int>(record.fields.size());
    } else if (c == m_separator) {
      new_field();
      field_started = false;
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && fill() && m_buffer[m_pos] == '\n') ++m_pos;
      break;
    } else {
      keep(c);
      field_started = true;
    }
  }
  if (in_quotes) {
    record.problem.reset();
    fail(record, quote_column, msg("guillemet ouvert jamais refermé", "quote opened and never closed"));
  }
  if (!record.problem) {
    for (size_t i = 0; i < record.fields.size(); ++i) {
      if (!is_utf8(record.fields[i])) {
        fail(record, static_cast<int>(i) + 1,
             msg("ce n'est pas du texte UTF-8 : enregistrez le fichier au format « CSV UTF-8 »",
                 "not UTF-8 text: save the file as 'CSV UTF-8'"));
        break;
      }
    }
  }
  if (record.problem) record.fields.clear();
  return record;
}

}  // namespace autodiag::batch
