#include "batch/csv_responses.h"

#include <algorithm>
#include <map>

namespace autodiag::batch {

namespace {

using model::Question;
using model::QuestionType;
using model::RawValue;

std::string trim(std::string_view text) {
  const char* space = " \t\r\n";
  size_t first = text.find_first_not_of(space);
  if (first == std::string_view::npos) return {};
  size_t last = text.find_last_not_of(space);
  return std::string(text.substr(first, last - first + 1));
}

// Case folding good enough for French labels: ASCII and the Latin-1
// capitals (À…Þ), plus Œ.
std::string fold(std::string_view text) {
  std::string out(text);
  for (size_t i = 0; i < out.size(); ++i) {
    auto c = static_cast<unsigned char>(out[i]);
    if (c >= 'A' && c <= 'Z') {
      out[i] = static_cast<char>(c + 32);
    } else if (c == 0xC3 && i + 1 < out.size()) {
      auto next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    } else if (c == 0xC5 && i + 1 < out.size() && static_cast<unsigned char>(out[i + 1]) == 0x92) {
      out[i + 1] = static_cast<char>(0x93);
      ++i;
    }
  }
  return out;
}

const model::Option* match_option(const Question& q, const std::string& folded) {
  for (const model::Option& option : q.options) {
    if (fold(option.id) == folded) return &option;
  }
  for (const model::Option& option : q.options) {
    for (const auto& [lang, label] : option.label.entries()) {
      if (fold(trim(label)) == folded) return &option;
    }
  }
  return nullptr;
}

bool is_na_word(const std::string& folded) {
  return folded == "na" || folded == "n/a" || folded == "non applicable" || folded == "not applicable";
}

std::string yes_no(const std::string& folded, const std::string& cell) {
  if (folded == "yes" || folded == "oui" || folded == "true" || folded == "vrai") return "yes";
  if (folded == "no" || folded == "non" || folded == "false" || folded == "faux") return "no";
  return cell;
}

// "33,3 %", "1 200" and "18.5" as the number the response format expects.
std::string number_text(const std::string& cell) {
  std::string out;
  for (size_t i = 0; i < cell.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(cell[i]);
    if (c == ' ') continue;
    if (c == 0xC2 && i + 1 < cell.size() && static_cast<unsigned char>(cell[i + 1]) == 0xA0) {  // no-break space
      ++i;
      continue;
    }
    if (c == 0xE2 && cell.compare(i, 3, "\xE2\x80\xAF") == 0) {  // narrow no-break space
      i += 2;
      continue;
    }
    out += static_cast<char>(c);
  }
  if (out.ends_with('%')) out.pop_back();
  if (out.find('.') == std::string::npos) {
    if (size_t comma = out.find(','); comma != std::string::npos && out.find(',', comma + 1) == std::string::npos) {
      out[comma] = '.';
    }
  }
  return out.empty() ? cell : out;
}

std::vector<std::string> split_items(const std::string& cell, char file_separator) {
  std::string separators = "|";
  separators += file_separator == ',' ? ';' : ',';
  std::vector<std::string> items;
  size_t start = 0;
  while (start <= cell.size()) {
    size_t end = cell.find_first_of(separators, start);
    if (end == std::string::npos) end = cell.size();
    if (std::string item = trim(std::string_view(cell).substr(start, end - start)); !item.empty()) {
      items.push_back(std::move(item));
    }
    start = end + 1;
  }
  return items;
}

RawValue raw_value(const Question& q, const std::string& cell, char file_separator) {
  RawValue value;
  std::string folded = fold(cell);
  if (is_na_word(folded) && (q.type != QuestionType::text || q.na_allowed)) {
    value.scalar = "na";
    return value;
  }
  switch (q.type) {
    case QuestionType::choice: {
      const model::Option* option = match_option(q, folded);
      value.scalar = option ? option->id : cell;
      value.quoted = option == nullptr;
      break;
    }
    case QuestionType::multi: {
      value.is_list = true;
      if (const model::Option* whole = match_option(q, folded)) {
        value.items.push_back(whole->id);
        break;
      }
      for (const std::string& item : split_items(cell, file_separator)) {
        const model::Option* option = match_option(q, fold(item));
        value.items.push_back(option ? option->id : item);
      }
      break;
    }
    case QuestionType::yesno:
      value.scalar = yes_no(folded, cell);
      break;
    case QuestionType::number:
      value.scalar = number_text(cell);
      break;
    case QuestionType::text:
      value.scalar = cell;
      value.quoted = true;
      break;
  }
  return value;
}

}  // namespace

std::optional<CsvColumns> map_header(const CsvTable& table, const model::Questionnaire& questionnaire,
                                     Diagnostics& diagnostics) {
  CsvColumns columns(table.header.size(), nullptr);
  std::map<std::string, int> seen;
  bool ok = true;
  for (size_t i = 0; i < table.header.size(); ++i) {
    std::string name = fold(trim(table.header[i]));
    Mark mark{1, static_cast<int>(i) + 1};
    if (name.empty()) continue;
    const Question* question = questionnaire.find_question(name);
    if (question == nullptr) {
      diagnostics.warning(mark, msg("colonne « {} » ignorée : ce n'est ni un champ du profil ni une question",
                                    "column '{}' ignored: it is neither a profile field nor a question", name));
      continue;
    }
    if (auto [it, inserted] = seen.emplace(name, mark.column); !inserted) {
      diagnostics.error(mark, msg("colonne « {} » en double (déjà en colonne {})",
                                  "column '{}' given twice (already in column {})", name, it->second));
      ok = false;
      continue;
    }
    columns[i] = question;
  }
  // A CSV file of something else (such as an earlier scores.csv left among
  // the responses) would otherwise give rows of empty responses.
  if (ok && std::none_of(columns.begin(), columns.end(), [](const Question* q) { return q && !q->is_profile(); })) {
    diagnostics.error({1, 1}, msg("aucune colonne ne correspond à une question du questionnaire : ce fichier CSV "
                                  "n'est pas un export de réponses",
                                  "no column matches a question of the questionnaire: this CSV file is not an "
                                  "export of responses"));
    ok = false;
  }
  if (!ok) return std::nullopt;
  return columns;
}

model::Response response_from_row(const CsvRecord& record, const CsvColumns& columns,
                                  const model::Questionnaire& questionnaire, char file_separator,
                                  Diagnostics& diagnostics) {
  model::Response response;
  response.questionnaire_id = questionnaire.id;
  response.questionnaire_version = questionnaire.version.text;
  response.status = model::Status::in_progress;
  response.questionnaire_mark = {record.row, 1};
  response.status_mark = {record.row, 1};
  for (size_t i = 0; i < record.fields.size(); ++i) {
    std::string cell = trim(record.fields[i]);
    if (cell.empty()) continue;
    Mark mark{record.row, static_cast<int>(i) + 1};
    if (i >= columns.size()) {
      diagnostics.error(mark, msg("cellule hors des colonnes de l'en-tête", "cell outside the header's columns"));
      continue;
    }
    const Question* question = columns[i];
    if (question == nullptr) continue;
    RawValue value = raw_value(*question, cell, file_separator);
    value.mark = mark;
    response.set_value(question->id, question->is_profile(), std::move(value));
  }
  return response;
}

}  // namespace autodiag::batch
