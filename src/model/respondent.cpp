#include "model/respondent.h"

#include <algorithm>

namespace autodiag::model {

const std::vector<GroupInfo>& respondent_groups() {
  static const std::vector<GroupInfo> groups = {
      {"board", "Conseil (administrateurs, élus)", "Board (directors, elected members)", "Conseil", "Board"},
      {"management", "Direction", "Management", "Direction", "Management"},
      {"employees", "Salariés", "Employees", "Salariés", "Employees"},
      {"volunteers", "Bénévoles", "Volunteers", "Bénévoles", "Volunteers"},
      {"beneficiaries", "Usagers, personnes accompagnées", "Beneficiaries, people supported", "Usagers", "Beneficiaries"},
      {"other", "Autre", "Other", "Autres", "Others"},
  };
  return groups;
}

const GroupInfo* find_group(std::string_view id) {
  static const GroupInfo others{others_bucket, "Autres", "Others", "Autres", "Others"};
  if (id == others_bucket) return &others;
  const auto& groups = respondent_groups();
  auto it = std::find_if(groups.begin(), groups.end(), [&](const GroupInfo& g) { return g.id == id; });
  return it == groups.end() ? nullptr : &*it;
}

}  // namespace autodiag::model
