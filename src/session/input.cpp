#include "session/input.h"

#include <algorithm>
#include <cctype>

namespace autodiag::session {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

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

// A 1-based position written in digits, or 0 when `text` is not one.
size_t position(std::string_view text) {
  if (text.empty() || text.size() > 4 || !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return 0;
  }
  return static_cast<size_t>(std::stoul(std::string(text)));
}

// A number is always an option's position, so that ids that look like
// numbers (department "44") cannot be confused with it; other words are ids.
std::optional<std::string> option_for(const model::Question& q, std::string_view item, Message& why) {
  if (size_t n = position(item); n > 0 || item == "0") {
    if (n >= 1 && n <= q.options.size()) return q.options[n - 1].id;
    why = msg("tapez un numéro entre 1 et {}, pas {}", "type a number from 1 to {}, not {}", q.options.size(), item);
    return std::nullopt;
  }
  if (q.find_option(item) != nullptr) return std::string(item);
  why = msg("« {} » n'est pas un numéro de la liste (1 à {})", "'{}' is not a number from the list (1 to {})", item,
            q.options.size());
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
  if (word == "na") return {Command::Kind::not_applicable, {}};
  if (word == "s") return {Command::Kind::skip, {}};
  if (word == "q") return {Command::Kind::quit, {}};
  if (word == "c") return {Command::Kind::comment, {}};
  if (word.starts_with("c ")) return {Command::Kind::comment, trim(text.substr(2))};
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
        why = msg("répondez o (oui) ou n (non), pas « {} »", "answer y (yes) or n (no), not '{}'", text);
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
