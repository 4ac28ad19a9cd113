#pragma once

#include "model/presence.h"
#include "model/questionnaire.h"
#include "util/i18n.h"

#include <array>
#include <string>
#include <string_view>

namespace autodiag::cohort {

// What a cohort is broken down by (docs/batch.md, "Breakdowns").
enum class Criterion { legal_form, size_band, sector, region, department };
inline constexpr size_t criterion_count = 5;
inline constexpr std::array<Criterion, criterion_count> all_criteria = {
    Criterion::legal_form, Criterion::size_band, Criterion::sector, Criterion::region, Criterion::department};

// One organisation's group under each criterion ("" when not given): option
// ids for legal form, sector and department, the region's id, a size band id.
class GroupKeys {
 public:
  const std::string& operator[](Criterion c) const { return m_keys[static_cast<size_t>(c)]; }
  std::string& operator[](Criterion c) { return m_keys[static_cast<size_t>(c)]; }
  auto operator<=>(const GroupKeys&) const = default;

 private:
  std::array<std::string, criterion_count> m_keys;
};

GroupKeys group_keys(const model::Questionnaire& questionnaire, const model::AnswerSet& answers);

// The size band of a number of employees: "0", "1-10", "11-49", "50-249",
// "250+" (the thresholds of the labour code that change obligations).
std::string size_band(double employees);

// The field a criterion reads its options from (nullptr for size and region
// bands, or when the questionnaire has no such field).
const model::Question* criterion_field(const model::Questionnaire& questionnaire, Criterion criterion);

// Whether the questionnaire asks what the criterion needs.
bool criterion_available(const model::Questionnaire& questionnaire, Criterion criterion);

// "Par forme juridique" / "By legal form", and the column's heading.
std::string_view criterion_title(Criterion criterion, Lang lang);
std::string_view criterion_column(Criterion criterion, Lang lang);

// Group ids in the order a reader expects: the field's option order, size
// bands from small to large, then other ids by byte order.
std::vector<std::string> ordered_groups(const model::Questionnaire& questionnaire, Criterion criterion,
                                        std::vector<std::string> ids);

// A group's label as written in the questionnaire (or a region's name); the
// id itself when unknown; "(non renseigné)" for "".
std::string group_label(const model::Questionnaire& questionnaire, Criterion criterion, const std::string& id, Lang lang);

}  // namespace autodiag::cohort
