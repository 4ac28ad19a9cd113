#include "report/plan_text.h"

#include "load/reader.h"
#include "report/explain_text.h"
#include "report/numbers.h"

#include <array>
#include <regex>

namespace autodiag::report {

std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

std::string join_words(const std::vector<std::string>& items, Lang lang) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? std::string(tr(lang, " et ", " and ")) : ", ";
    out += items[i];
  }
  return out;
}

std::string decimal_text(double value, Lang lang) {
  std::string text = load::format_number(value);
  if (lang == Lang::fr) {
    for (char& c : text) {
      if (c == '.') c = ',';
    }
  }
  return text;
}

std::string answer_text(const model::Question& q, const model::Answer& a, Lang lang, const std::string& fallback) {
  std::string code(lang_code(lang));
  if (a.kind == model::Answer::Kind::number) {
    return decimal_text(a.number, lang) + unit_suffix(q.unit.get(code, fallback), lang == Lang::fr);
  }
  if (a.kind == model::Answer::Kind::options && !a.options.empty()) {
    std::string out;
    for (const std::string& id : a.options) {
      const model::Option* o = q.find_option(id);
      out += (out.empty() ? "" : lang == Lang::fr ? " ; " : "; ") + (o ? o->label.get(code, fallback) : id);
    }
    return out;
  }
  return answer_label(q, a, code, fallback);
}

std::string quote(const std::string& text, Lang lang) {
  return lang == Lang::fr ? "« " + text + " »" : "\"" + text + "\"";
}

std::string long_date(const std::string& timestamp, Lang lang) {
  static const std::regex iso(R"((\d{4})-(\d{2})-(\d{2}).*)");
  static const std::array<const char*, 12> fr = {"janvier", "février", "mars",      "avril",   "mai",      "juin",
                                                 "juillet", "août",    "septembre", "octobre", "novembre", "décembre"};
  static const std::array<const char*, 12> en = {"January", "February", "March",     "April",   "May",      "June",
                                                 "July",    "August",   "September", "October", "November", "December"};
  std::smatch m;
  if (!std::regex_match(timestamp, m, iso)) return timestamp;
  int month = std::stoi(m[2].str());
  int day = std::stoi(m[3].str());
  if (month < 1 || month > 12 || day < 1 || day > 31) return timestamp;
  const char* name = lang == Lang::fr ? fr[month - 1] : en[month - 1];
  std::string day_text = lang == Lang::fr && day == 1 ? "1er" : std::to_string(day);
  return day_text + " " + name + " " + m[1].str();
}

std::string signed_delta(double delta) {
  long rounded = round_score(delta);
  if (rounded > 0) return "+" + std::to_string(rounded);
  if (rounded < 0) return "\u2212" + std::to_string(-rounded);
  return "0";
}

std::string capitalized(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

std::string status_text(const model::Response& response, Lang lang) {
  bool done = response.status == model::Status::complete;
  if (response.short_path) {
    return std::string(done ? tr(lang, "terminé (parcours court)", "complete (short path)")
                            : tr(lang, "en cours (parcours court)", "in progress (short path)"));
  }
  return std::string(done ? tr(lang, "terminé", "complete") : tr(lang, "en cours", "in progress"));
}

}  // namespace autodiag::report
