#include "session/input.h"

#include "load/reader.h"

#include <algorithm>
#include <cctype>
#include <initializer_list>
#include <iterator>
#include <utility>

namespace autodiag::session {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

namespace {

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> items;
  std::string current;
  for (char c : text) {
    if (c == ',' || c == ';' || std::isspace(static_cast<unsigned char>(c))) {
      if (!current.empty()) items.push_back(std::move(current));
      current.clear();
    } else {
      current += c;
    }
  }
  if (!current.empty()) items.push_back(std::move(current));
  return items;
}

// A 1-based position written in digits, or 0 when `text` is not one. The
// dot or parenthesis of a printed list ("1.", "1)") is part of how people
// copy a number, not a mistake.
size_t position(std::string_view text) {
  if (text.size() > 1 && (text.back() == '.' || text.back() == ')')) text.remove_suffix(1);
  if (text.empty() || text.size() > 4 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return 0;
  }
  return static_cast<size_t>(std::stoul(std::string(text)));
}

bool is_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A long paste is quoted back shortened, so that the refusal stays one line.
std::string quoted(std::string_view text) {
  constexpr size_t longest = 24;
  if (text.size() <= longest) return std::string(text);
  size_t cut = longest;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "…";
}

// A refusal ends with what else can be typed: skipping, when allowed.
Message with_skip(const model::Question& q, Message why) {
  if (!q.required) {
    why.fr += " ; ou s pour passer";
    why.en += "; or s to skip";
  }
  return why;
}

// Lower-case ASCII letters and digits only, accents folded, so that
// "cote d'or", "Côte-d’Or" and "COTE-D'OR" are the same name.
std::string folded(std::string_view text) {
  static constexpr std::pair<std::string_view, char> accents[] = {
      {"à", 'a'}, {"â", 'a'}, {"ä", 'a'}, {"ç", 'c'}, {"é", 'e'}, {"è", 'e'}, {"ê", 'e'}, {"ë", 'e'}, {"î", 'i'},
      {"ï", 'i'}, {"ô", 'o'}, {"ö", 'o'}, {"ù", 'u'}, {"û", 'u'}, {"ü", 'u'}, {"ÿ", 'y'}, {"É", 'e'}, {"È", 'e'},
      {"Ê", 'e'}, {"À", 'a'}, {"Â", 'a'}, {"Î", 'i'}, {"Ô", 'o'}, {"Ç", 'c'}};
  std::string out;
  for (size_t i = 0; i < text.size();) {
    auto c = static_cast<unsigned char>(text[i]);
    if (std::isalnum(c)) {
      out += static_cast<char>(std::tolower(c));
      ++i;
      continue;
    }
    auto accent = std::find_if(std::begin(accents), std::end(accents),
                               [&](const auto& a) { return text.substr(i).starts_with(a.first); });
    if (accent != std::end(accents)) {
      out += accent->second;
      i += accent->first.size();
    } else {
      ++i;
    }
  }
  return out;
}

// The department field (its options are the questionnaire's table of
// departments) is answered with a code ("72", "2a", "1" for "01") or a name
// ("Sarthe"), never a position in a list of 102.
std::optional<std::string> department_for(const model::Question& q, std::string_view item, Message& why) {
  std::string key = folded(item);
  for (const model::Option& o : q.options) {
    std::string id = folded(o.id);
    if (key == id || (key.size() == 1 && "0" + key == id)) return o.id;
    for (const auto& [lang, label] : o.label.entries()) {
      if (key == folded(label.substr(0, label.find(" (")))) return o.id;
    }
  }
  why = with_skip(q, msg("« {} » n'est ni un numéro ni un nom de département ; tapez ? pour l'aide",
                         "'{}' is neither a department number nor a name; type ? for help", quoted(item)));
  return std::nullopt;
}

// A number picks an option by its position. A number that is no position but
// an option's id (a department code, "44") is that option: it is what the
// label shows. A word is an option's id or its label.
std::optional<std::string> option_for(const model::Question& q, std::string_view item, Message& why) {
  if (q.role == model::Role::department) return department_for(q, item, why);
  if (size_t n = position(item); n >= 1 && n <= q.options.size()) return q.options[n - 1].id;
  if (const model::Option* option = q.find_option(item)) return option->id;
  std::string wanted = lower(item);
  for (const model::Option& option : q.options) {
    for (const auto& [lang, label] : option.label.entries()) {
      if (lower(label) == wanted) return option.id;
    }
  }
  if (position(item) > 0 || item == "0" || is_digits(item)) {
    why = with_skip(q, msg("tapez un numéro entre 1 et {}, pas {}", "type a number from 1 to {}, not {}",
                           q.options.size(), quoted(item)));
    return std::nullopt;
  }
  why = with_skip(q, msg("« {} » n'est pas dans la liste : tapez le numéro de votre réponse, de 1 à {}",
                         "'{}' is not in the list: type the number of your answer, from 1 to {}", quoted(item),
                         q.options.size()));
  return std::nullopt;
}

// The words people type for "not applicable" and "I don't know", compared
// without case and trailing punctuation.
bool one_of(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool is_percentage(const model::Question& q) {
  for (const auto& [lang, unit] : q.unit.entries()) {
    if (unit == "%") return true;
  }
  return false;
}

// What the session accepts as a number: digits with one decimal point, an
// optional sign. Exponents ("1e3") and fractions ("3/7") are not what a
// person means by a head count or a share, so they are refused with what to
// type instead.
std::optional<Message> number_problem(const model::Question& q, const std::string& number, std::string_view typed) {
  std::string shown = quoted(typed);
  if (size_t slash = number.find('/'); slash != std::string::npos && is_percentage(q)) {
    auto numerator = number.substr(0, slash);
    auto denominator = number.substr(slash + 1);
    if (is_digits(numerator) && is_digits(denominator) && numerator.size() < 7 && denominator.size() < 7 &&
        std::stoul(denominator) > 0) {
      unsigned long percent = (200 * std::stoul(numerator) / std::stoul(denominator) + 1) / 2;
      return msg("un pourcentage est attendu : {} font {} %, tapez {}",
                 "a percentage is expected: {} is {} %, type {}", shown, percent, percent);
    }
    return msg("un pourcentage est attendu (un nombre de 0 à 100), pas « {} »",
               "a percentage is expected (a number from 0 to 100), not '{}'", shown);
  }
  std::string_view body = number;
  if (body.starts_with('-') || body.starts_with('+')) body.remove_prefix(1);
  size_t point = body.find('.');
  std::string_view whole = body.substr(0, point);
  std::string_view fraction = point == std::string_view::npos ? std::string_view() : body.substr(point + 1);
  bool readable = (is_digits(whole) || (whole.empty() && !fraction.empty())) &&
                  (fraction.empty() || is_digits(fraction)) && (point == std::string_view::npos || !fraction.empty());
  if (!readable) {
    return with_skip(q, q.integer ? msg("tapez un nombre écrit en chiffres (par exemple 12), pas « {} »",
                                        "type a number written in digits (for example 12), not '{}'", shown)
                                  : msg("tapez un nombre écrit en chiffres (par exemple 18,5), pas « {} »",
                                        "type a number written in digits (for example 18.5), not '{}'", shown));
  }
  // A double keeps 15 significant digits: a longer number would be saved as
  // something else than what was typed.
  if (whole.size() + fraction.size() > 15) {
    return msg("« {} » est trop long : tapez un nombre d'au plus 15 chiffres", "'{}' is too long: type a number of at most 15 digits",
               shown);
  }
  if (q.integer && fraction.find_first_not_of('0') != std::string_view::npos) {
    return msg("tapez un nombre entier, sans virgule (par exemple 12), pas « {} »",
               "type a whole number, without decimals (for example 12), not '{}'", shown);
  }
  double value = std::stod(number);
  if ((q.min && value < *q.min) || (q.max && value > *q.max)) {
    if (q.min && q.max) {
      return with_skip(q, msg("tapez un nombre entre {} et {}, pas {}", "type a number from {} to {}, not {}",
                              load::format_number(*q.min), load::format_number(*q.max), shown));
    }
    return with_skip(q, q.min ? msg("tapez un nombre de {} ou plus, pas {}", "type a number of {} or more, not {}",
                                    load::format_number(*q.min), shown)
                              : msg("tapez un nombre de {} au plus, pas {}", "type a number of {} at most, not {}",
                                    load::format_number(*q.max), shown));
  }
  return std::nullopt;
}

}  // namespace

std::string trim(std::string_view text) {
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end && std::isspace(static_cast<unsigned char>(text[begin]))) ++begin;
  while (end > begin && std::isspace(static_cast<unsigned char>(text[end - 1]))) --end;
  return std::string(text.substr(begin, end - begin));
}

Command parse_command(std::string_view line) {
  std::string text = trim(line);
  std::string word = lower(text);
  if (word.empty()) return {Command::Kind::keep, {}};
  if (word == "?") return {Command::Kind::help, {}};
  if (word == "<") return {Command::Kind::back, {}};
  if (word == "s") return {Command::Kind::skip, {}};
  if (word == "q") return {Command::Kind::quit, {}};
  if (word == "c") return {Command::Kind::comment, {}};
  if (word.starts_with("c ")) return {Command::Kind::comment, trim(text.substr(2))};
  if (word == "g") return {Command::Kind::jump, {}};
  if (word.starts_with("g ")) return {Command::Kind::jump, trim(text.substr(2))};
  std::string bare = word;
  while (!bare.empty() && (bare.back() == '.' || bare.back() == '!')) bare.pop_back();
  if (one_of(bare, {"na", "nc", "n/a", "n.a", "n.c", "non concerné", "non concernée", "non concerne", "non concernee",
                    "sans objet", "not applicable"})) {
    return {Command::Kind::not_applicable, {}};
  }
  if (one_of(bare, {"je ne sais pas", "je sais pas", "ne sais pas", "sais pas", "jsp", "nsp", "aucune idée",
                    "je ne sais", "i don't know", "i don’t know", "don't know", "don’t know", "dont know",
                    "not sure", "no idea"})) {
    return {Command::Kind::dont_know, text};
  }
  return {Command::Kind::value, text};
}

std::optional<model::RawValue> read_value(const model::Question& q, std::string_view typed, Message& why) {
  std::string text = trim(typed);
  model::RawValue raw;
  switch (q.type) {
    case model::QuestionType::choice: {
      auto id = option_for(q, text, why);
      if (!id) return std::nullopt;
      raw.scalar = *id;
      return raw;
    }
    case model::QuestionType::multi: {
      raw.is_list = true;
      std::vector<std::string> items = split_list(text);
      if (items.size() == 1 && items[0] == "0") return raw;  // "none of these"
      for (const std::string& item : items) {
        auto id = option_for(q, item, why);
        if (!id) return std::nullopt;
        raw.items.push_back(*id);
      }
      return raw;
    }
    case model::QuestionType::yesno: {
      std::string word = lower(text);
      if (word == "o" || word == "oui" || word == "y" || word == "yes" || word == "1") {
        raw.scalar = "yes";
      } else if (word == "n" || word == "non" || word == "no" || word == "2") {
        raw.scalar = "no";
      } else {
        why = msg("répondez o (oui) ou n (non), pas « {} »", "answer y (yes) or n (no), not '{}'", quoted(text));
        return std::nullopt;
      }
      return raw;
    }
    case model::QuestionType::number: {
      // French writes 18,5 and 1 200; a trailing % is the unit, not part of
      // the number. Spaces only group thousands: "1 2" stays unreadable.
      std::vector<std::string> groups;
      std::string current;
      for (char c : text) {
        if (std::isspace(static_cast<unsigned char>(c))) {
          if (!current.empty()) groups.push_back(std::move(current));
          current.clear();
        } else {
          current += c == ',' ? '.' : c;
        }
      }
      if (!current.empty()) groups.push_back(std::move(current));
      if (!groups.empty() && groups.back() == "%") groups.pop_back();
      if (!groups.empty() && groups.back().ends_with('%')) groups.back().pop_back();
      auto groups_thousands = [](const std::string& g) {
        size_t digits = std::min(g.find('.'), g.size());
        return digits == 3 && std::all_of(g.begin(), g.begin() + 3, [](char c) { return c >= '0' && c <= '9'; });
      };
      bool thousands = groups.size() < 2 || std::all_of(groups.begin() + 1, groups.end(), groups_thousands);
      for (const std::string& g : groups) raw.scalar += thousands ? g : g + " ";
      if (!thousands) raw.scalar = trim(raw.scalar);
      if (auto problem = number_problem(q, raw.scalar, text)) {
        why = *problem;
        return std::nullopt;
      }
      return raw;
    }
    case model::QuestionType::text: {
      // Quotes let a text answer be exactly a command word ("s", "na").
      if (text.size() >= 2 && text.front() == '"' && text.back() == '"') text = text.substr(1, text.size() - 2);
      raw.scalar = text;
      raw.quoted = true;
      return raw;
    }
  }
  return std::nullopt;
}

std::optional<std::vector<bool>> read_theme_choice(std::string_view typed, const std::vector<std::string>& ids,
                                                   const std::vector<bool>& current, Message& why) {
  std::string text = lower(trim(typed));
  if (text.empty()) return current;
  if (text == "tous" || text == "all") return std::vector<bool>(current.size(), true);
  std::vector<bool> chosen(current.size(), false);
  for (const std::string& item : split_list(text)) {
    size_t n = position(item);
    if (n == 0) n = static_cast<size_t>(std::find(ids.begin(), ids.end(), item) - ids.begin()) + 1;
    if (n < 1 || n > current.size()) {
      why = msg("tapez des numéros de thème entre 1 et {}, pas « {} »", "type theme numbers from 1 to {}, not '{}'",
                current.size(), item);
      return std::nullopt;
    }
    chosen[n - 1] = true;
  }
  if (std::find(chosen.begin(), chosen.end(), true) == chosen.end()) {
    why = msg("choisissez au moins un thème", "choose at least one theme");
    return std::nullopt;
  }
  return chosen;
}

}  // namespace autodiag::session
