#include "document/actions_csv.h"

#include "model/diagnostic.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/utf8.h"

#include <array>
#include <map>
#include <optional>

namespace autodiag::document {

namespace {

constexpr size_t max_columns = 64;
constexpr size_t max_sheet_bytes = size_t{1} << 20;

struct Cell {
  std::string text;
  Mark mark;
};
using Row = std::vector<Cell>;

// Windows-1252 bytes 0x80–0x9F (Excel's "CSV" on a French Windows); the
// others are Latin-1. 0 marks the five unassigned bytes.
constexpr std::array<char16_t, 32> cp1252_high = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0,
    0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

std::string from_cp1252(std::string_view text) {
  std::string out;
  for (unsigned char c : text) {
    char32_t code = c < 0x80 ? c : c < 0xA0 ? cp1252_high[c - 0x80] : c;
    if (code == 0) code = 0xFFFD;
    if (code < 0x80) {
      out += static_cast<char>(code);
    } else if (code < 0x800) {
      out += static_cast<char>(0xC0 | (code >> 6));
      out += static_cast<char>(0x80 | (code & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (code >> 12));
      out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (code & 0x3F));
    }
  }
  return out;
}

[[noreturn]] void fail(const std::string& name, Mark mark, Message message) {
  Diagnostic d{name, mark, Severity::error, std::move(message)};
  throw Failure(exit_code::data_error, Message{format_diagnostic(d, Lang::fr), format_diagnostic(d, Lang::en)});
}

// The separator is the one of `;`, `,` and tab that the first line holds most.
char guess_separator(std::string_view text) {
  std::string_view first = text.substr(0, text.find('\n'));
  char best = ';';
  size_t most = 0;
  for (char c : {';', ',', '\t'}) {
    size_t n = 0;
    for (char x : first) n += x == c;
    if (n > most) most = n, best = c;
  }
  return best;
}

// RFC 4180 with the usual leniencies (CRLF or LF, a quote inside an unquoted
// field taken as is); each cell keeps its line and column for messages.
std::vector<Row> parse_csv(std::string_view text, char separator, const std::string& name) {
  std::vector<Row> rows(1);
  Cell cell;
  int line = 1, column = 1;
  bool quoted = false, at_start = true;
  cell.mark = {line, column};
  auto end_cell = [&] {
    // Extra cells are dropped: memory stays bounded whatever the file holds.
    if (rows.back().size() < max_columns) rows.back().push_back(std::move(cell));
    cell = Cell{};
  };
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (at_start) cell.mark = {line, column};
    bool lead = (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        cell.text += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        cell.text += c;
      }
    } else if (c == '"' && at_start) {
      quoted = true;
    } else if (c == separator) {
      end_cell();
      at_start = true;
      column += 1;
      continue;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      end_cell();
      rows.emplace_back();
      line += 1;
      column = 1;
      at_start = true;
      continue;
    } else {
      cell.text += c;
    }
    if (c == '\n') line += 1, column = 0;
    if (lead) column += 1;
    at_start = false;
  }
  if (quoted) fail(name, cell.mark, msg("guillemet jamais refermé", "quote never closed"));
  if (!cell.text.empty() || !rows.back().empty()) end_cell();
  return rows;
}

std::string trim(std::string_view s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string_view::npos) return "";
  return std::string(s.substr(b, s.find_last_not_of(" \t") - b + 1));
}

// Lower case without accents or final punctuation, for headers and statuses
// typed by hand ("Fait !", "A faire", "Échéance").
std::string folded(std::string_view s) {
  static const std::map<std::string, char> accents = {
      {"à", 'a'}, {"â", 'a'}, {"À", 'a'}, {"é", 'e'}, {"è", 'e'}, {"ê", 'e'}, {"É", 'e'}, {"È", 'e'},
      {"î", 'i'}, {"ï", 'i'}, {"ô", 'o'}, {"û", 'u'}, {"ù", 'u'}, {"ç", 'c'}, {"Ç", 'c'}};
  std::string out;
  std::string t = trim(s);
  for (size_t i = 0; i < t.size();) {
    size_t len = std::max<size_t>(1, utf8_sequence_length(t, i));
    auto it = accents.find(t.substr(i, len));
    char c = it != accents.end() ? it->second : t[i];
    if (it != accents.end() || len == 1) out += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    else out += t.substr(i, len);
    i += len;
  }
  while (!out.empty() && (out.back() == '!' || out.back() == '.' || out.back() == ' ')) out.pop_back();
  return out;
}

std::optional<report::ActionStatus> parse_status(std::string_view text) {
  using report::ActionStatus;
  static const std::map<std::string, ActionStatus> words = {
      {"", ActionStatus::to_do},           {"a faire", ActionStatus::to_do},        {"to do", ActionStatus::to_do},
      {"todo", ActionStatus::to_do},        {"en cours", ActionStatus::in_progress}, {"in progress", ActionStatus::in_progress},
      {"commence", ActionStatus::in_progress}, {"fait", ActionStatus::done},        {"faite", ActionStatus::done},
      {"termine", ActionStatus::done},      {"terminee", ActionStatus::done},        {"realise", ActionStatus::done},
      {"realisee", ActionStatus::done},     {"done", ActionStatus::done},            {"abandonne", ActionStatus::dropped},
      {"abandonnee", ActionStatus::dropped}, {"dropped", ActionStatus::dropped},     {"abandoned", ActionStatus::dropped}};
  auto it = words.find(folded(text));
  if (it == words.end()) return std::nullopt;
  return it->second;
}

enum class Column { theme, action, status, owner, due, comment, reference };

std::optional<Column> column_of(std::string_view header) {
  static const std::map<std::string, Column> names = {
      {"theme", Column::theme},         {"action", Column::action},       {"statut", Column::status},
      {"status", Column::status},       {"responsable", Column::owner},   {"owner", Column::owner},
      {"echeance", Column::due},        {"due date", Column::due},        {"commentaire", Column::comment},
      {"comment", Column::comment},     {"reference", Column::reference}, {"ref", Column::reference}};
  auto it = names.find(folded(header));
  if (it == names.end()) return std::nullopt;
  return it->second;
}

// The sheet writes a leading apostrophe before = + - @ so that spreadsheets
// never run a cell as a formula; a file never opened since still has it.
std::string cell_text(const Row& row, const std::map<Column, size_t>& columns, Column column) {
  auto it = columns.find(column);
  if (it == columns.end() || it->second >= row.size()) return "";
  std::string text = trim(row[it->second].text);
  if (text.size() > 1 && text[0] == '\'' && std::string_view("=+-@").find(text[1]) != std::string_view::npos) {
    text.erase(0, 1);
  }
  return text;
}

}  // namespace

std::vector<report::FollowedAction> parse_actions(std::string_view raw, const std::string& name) {
  if (raw.size() > max_sheet_bytes) {
    fail(name, {}, msg("fichier trop gros pour un tableau de suivi (plus de 1 Mio)",
                       "file too large for a tracking sheet (over 1 MiB)"));
  }
  if (raw.substr(0, 3) == "\xEF\xBB\xBF") raw.remove_prefix(3);
  std::string text = is_utf8(raw) ? std::string(raw) : from_cp1252(raw);
  std::vector<Row> rows = parse_csv(text, guess_separator(text), name);
  std::map<Column, size_t> columns;
  for (size_t i = 0; i < rows.front().size(); ++i) {
    if (auto column = column_of(rows.front()[i].text)) columns.emplace(*column, i);
  }
  for (Column needed : {Column::action, Column::status}) {
    if (columns.count(needed) > 0) continue;
    fail(name, {1, 1},
         msg("ce tableau de suivi n'a pas de colonne « {} » (en-têtes attendus : Thème ; Action ; … ; Statut)",
             "this tracking sheet has no \"{}\" column (expected headers: Theme; Action; …; Status)",
             needed == Column::action ? "Action" : "Statut"));
  }
  std::vector<report::FollowedAction> actions;
  for (size_t r = 1; r < rows.size(); ++r) {
    const Row& row = rows[r];
    report::FollowedAction a;
    a.action = cell_text(row, columns, Column::action);
    if (a.action.empty()) continue;  // a blank line, or a row emptied rather than deleted
    a.theme = cell_text(row, columns, Column::theme);
    a.owner = cell_text(row, columns, Column::owner);
    a.due = cell_text(row, columns, Column::due);
    a.comment = cell_text(row, columns, Column::comment);
    a.question_id = cell_text(row, columns, Column::reference);
    std::string status = cell_text(row, columns, Column::status);
    auto parsed = parse_status(status);
    if (!parsed) {
      size_t at = columns.at(Column::status);
      fail(name, row[at].mark,
           msg("statut inconnu « {} » : écrivez à faire, en cours, fait ou abandonné",
               "unknown status \"{}\": write to do, in progress, done or dropped", status));
    }
    a.status = *parsed;
    actions.push_back(std::move(a));
  }
  return actions;
}

}  // namespace autodiag::document
