#include "batch/cell_values.h"

#include "form/form_fields.h"

namespace autodiag::batch {

namespace {

using model::Question;
using model::QuestionType;
using model::RawValue;

bool is_na_word(const std::string& folded) {
  return folded == "na" || folded == "n/a" || folded == "non applicable" || folded == "not applicable";
}

std::string yes_no(const std::string& folded, const std::string& cell) {
  if (folded == "yes" || folded == "oui" || folded == "true" || folded == "vrai" || folded == "y") return "yes";
  if (folded == "no" || folded == "non" || folded == "false" || folded == "faux" || folded == "n") return "no";
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

std::vector<std::string> split(const std::string& cell, std::string_view separators) {
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

// Option ids of `items`, or nothing when one of them is not an option.
std::vector<std::string> all_options(const Question& q, const std::vector<std::string>& items) {
  std::vector<std::string> ids;
  for (const std::string& item : items) {
    const model::Option* option = match_option(q, fold(item));
    if (option == nullptr) return {};
    ids.push_back(option->id);
  }
  return ids;
}

// Google Forms joins the ticked labels with ", " even when a label holds a
// comma: the longest run of pieces that is a label wins.
std::vector<std::string> comma_joined_labels(const Question& q, const std::string& cell) {
  std::vector<std::string> pieces;
  for (size_t start = 0;;) {
    size_t end = cell.find(", ", start);
    pieces.push_back(cell.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 2;
  }
  std::vector<std::string> ids;
  for (size_t i = 0; i < pieces.size();) {
    size_t matched = 0;
    std::string joined;
    std::string best;
    for (size_t j = i; j < pieces.size(); ++j) {
      joined += (j > i ? ", " : "") + pieces[j];
      if (const model::Option* option = match_option(q, fold(trim(joined)))) {
        matched = j - i + 1;
        best = option->id;
      }
    }
    if (matched == 0) return {};
    ids.push_back(best);
    i += matched;
  }
  return ids;
}

std::vector<std::string> multi_items(const Question& q, const std::string& cell, char file_separator) {
  if (const model::Option* whole = match_option(q, fold(cell))) return {whole->id};
  if (form::has_none_choice(q) && is_none_word(fold(cell))) return {};
  std::string listed = "|";
  listed += file_separator == ',' ? ';' : ',';
  std::vector<std::string> items = split(cell, listed);
  for (const std::vector<std::string>& candidate :
       {all_options(q, items), all_options(q, split(cell, " ")), comma_joined_labels(q, cell)}) {
    if (!candidate.empty()) return candidate;
  }
  // Unknown items are kept as written, for the response check to name them.
  for (std::string& item : items) {
    if (const model::Option* option = match_option(q, fold(item))) item = option->id;
  }
  return items;
}

}  // namespace

std::string trim(std::string_view text) {
  const char* space = " \t\r\n";
  size_t first = text.find_first_not_of(space);
  if (first == std::string_view::npos) return {};
  size_t last = text.find_last_not_of(space);
  return std::string(text.substr(first, last - first + 1));
}

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

std::string key_of(std::string_view text) {
  std::string out = fold(text);
  for (char& c : out) {
    if (c == '-') c = '_';
  }
  return out;
}

const model::Option* match_option(const Question& q, const std::string& folded) {
  std::string key = key_of(folded);
  for (const model::Option& option : q.options) {
    if (key_of(option.id) == key) return &option;
  }
  for (const form::OptionCode& code : form::option_codes(q)) {
    if (key_of(code.code) == key) return q.find_option(code.id);
  }
  for (const model::Option& option : q.options) {
    for (const auto& [lang, label] : option.label.entries()) {
      if (fold(trim(label)) == folded) return &option;
    }
  }
  return nullptr;
}

bool is_none_word(const std::string& folded) {
  return folded == "none" || folded == "aucun" || folded == "aucune" || folded == fold(form::none_label("fr")) ||
         folded == fold(form::none_label("en"));
}

bool is_ticked(std::string_view cell) {
  std::string folded = fold(trim(cell));
  return !folded.empty() && folded != "0" && folded != "n" && folded != "no" && folded != "non" &&
         folded != "false" && folded != "faux";
}

RawValue raw_value(const Question& q, const std::string& cell, char file_separator) {
  RawValue value;
  std::string folded = fold(cell);
  if ((is_na_word(folded) && (q.type != QuestionType::text || q.na_allowed)) ||
      (form::na_is_choice(q) && folded == "na")) {
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
    case QuestionType::multi:
      value.is_list = true;
      value.items = multi_items(q, cell, file_separator);
      if (std::find(value.items.begin(), value.items.end(), "na") != value.items.end() && q.na_allowed) {
        value = RawValue{};
        value.scalar = "na";
      }
      break;
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

}  // namespace autodiag::batch
