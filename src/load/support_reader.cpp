#include "load/support_reader.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <set>
#include <string>
#include <utility>

namespace autodiag::load {

namespace {

using model::SupportScope;

constexpr std::array<std::pair<std::string_view, SupportScope>, 5> scopes = {{
    {"sector", SupportScope::sector},
    {"network", SupportScope::network},
    {"department", SupportScope::department},
    {"region", SupportScope::region},
    {"national", SupportScope::national},
}};

std::optional<int> digits(std::string_view text) {
  int value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// Days since 1970-01-01 (H. Hinnant's days_from_civil).
long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

long day_number(std::string_view date) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return -1;
  auto y = digits(date.substr(0, 4));
  auto m = digits(date.substr(5, 2));
  auto d = digits(date.substr(8, 2));
  if (!y || !m || !d || *m < 1 || *m > 12 || *d < 1) return -1;
  static constexpr std::array<int, 12> month_days = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (*y % 4 == 0 && *y % 100 != 0) || *y % 400 == 0;
  if (*d > month_days[*m - 1] || (*m == 2 && *d == 29 && !leap)) return -1;
  return days_from_civil(*y, *m, *d);
}

void read_support_details(MapReader& map, model::SupportOption& option) {
  Reader& reader = map.reader();
  if (const YamlNode* n = map.optional("for")) option.audience = reader.text(*n, "for");
  if (const YamlNode* n = map.optional("scope")) {
    if (auto name = reader.string(*n, "scope")) {
      auto it = std::find_if(scopes.begin(), scopes.end(), [&](const auto& s) { return s.first == *name; });
      if (it == scopes.end()) {
        reader.error(n->mark, msg("portée « {} » inconnue (sector, network, department, region, national)",
                                  "unknown scope '{}' (sector, network, department, region, national)", *name));
      } else {
        option.scope = it->second;
      }
    }
  }
  if (const YamlNode* n = map.optional("verified")) option.verified = reader.boolean(*n, "verified").value_or(true);
  if (const YamlNode* n = map.optional("checked")) {
    option.checked_mark = n->mark;
    if (auto date = reader.string(*n, "checked")) {
      if (day_number(*date) < 0) {
        reader.error(n->mark, msg("« checked » attend une date AAAA-MM-JJ, pas « {} »",
                                  "'checked' expects a YYYY-MM-DD date, not '{}'", *date));
      } else {
        option.checked = *date;
      }
    }
  }
}

void check_support_regions(const model::Questionnaire& questionnaire, Reader& reader) {
  const model::Question* department = questionnaire.field_with_role(model::Role::department);
  const model::Question* region = questionnaire.field_with_role(model::Role::region);
  std::set<std::string, std::less<>> known;
  if (department) {
    for (const model::Option& o : department->options) known.insert(o.region);
  }
  if (region) {
    for (const model::Option& o : region->options) known.insert(o.id);
  }
  for (const model::SupportOption& s : questionnaire.support) {
    for (const std::string& r : s.regions) {
      if (!known.contains(r)) {
        reader.error(s.mark,
                     msg("accompagnement « {} » : aucune option de département ou de région ne mène à la région « {} »",
                         "support option '{}': no department or region option leads to region '{}'", s.id, r));
      }
    }
  }
}

void warn_stale_support(const model::Questionnaire& questionnaire, std::string_view today, int max_months,
                        Diagnostics& diagnostics) {
  long now = day_number(today);
  if (now < 0) return;
  for (const model::SupportOption& s : questionnaire.support) {
    long checked = day_number(s.checked);
    if (checked < 0) continue;
    int y = std::stoi(s.checked.substr(0, 4));
    int m = std::stoi(s.checked.substr(5, 2)) + max_months;
    y += (m - 1) / 12;
    m = (m - 1) % 12 + 1;
    long limit = days_from_civil(y, m, 1) + std::stoi(s.checked.substr(8, 2)) - 1;
    if (now > limit) {
      diagnostics.warning(s.checked_mark,
                          msg("accompagnement « {} » vérifié le {}, il y a plus de {} mois : revérifiez-le",
                              "support option '{}' was checked on {}, more than {} months ago: check it again", s.id,
                              s.checked, max_months));
    }
  }
}

}  // namespace autodiag::load
