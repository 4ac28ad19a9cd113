#include "cohort/criteria.h"

#include "model/profile.h"

#include <algorithm>

namespace autodiag::cohort {

namespace {

// The questionnaire names a sector field by its id: no role marks it (the
// support catalogue matches it through conditions).
constexpr std::string_view sector_field = "sector";

constexpr std::array<std::string_view, 5> size_bands = {"0", "1-10", "11-49", "50-249", "250+"};

struct RegionName {
  std::string_view id, name;
};

// The 18 regions since 1 January 2016 (loi 2015-29), under the ids the
// questionnaire's departments carry (`region:`).
constexpr std::array<RegionName, 18> regions = {{
    {"auvergne-rhone-alpes", "Auvergne-Rhône-Alpes"},
    {"bourgogne-franche-comte", "Bourgogne-Franche-Comté"},
    {"bretagne", "Bretagne"},
    {"centre-val-de-loire", "Centre-Val de Loire"},
    {"corse", "Corse"},
    {"grand-est", "Grand Est"},
    {"guadeloupe", "Guadeloupe"},
    {"guyane", "Guyane"},
    {"hauts-de-france", "Hauts-de-France"},
    {"ile-de-france", "Île-de-France"},
    {"la-reunion", "La Réunion"},
    {"martinique", "Martinique"},
    {"mayotte", "Mayotte"},
    {"normandie", "Normandie"},
    {"nouvelle-aquitaine", "Nouvelle-Aquitaine"},
    {"occitanie", "Occitanie"},
    {"pays-de-la-loire", "Pays de la Loire"},
    {"provence-alpes-cote-d-azur", "Provence-Alpes-Côte d'Azur"},
}};

}  // namespace

std::string size_band(double employees) {
  if (employees < 1) return std::string(size_bands[0]);
  if (employees < 11) return std::string(size_bands[1]);
  if (employees < 50) return std::string(size_bands[2]);
  if (employees < 250) return std::string(size_bands[3]);
  return std::string(size_bands[4]);
}

const model::Question* criterion_field(const model::Questionnaire& q, Criterion criterion) {
  switch (criterion) {
    case Criterion::legal_form: return q.field_with_role(model::Role::legal_form);
    case Criterion::department: return q.field_with_role(model::Role::department);
    case Criterion::sector: {
      const model::Question* field = q.find_question(sector_field);
      return field && field->is_profile() && !field->options.empty() ? field : nullptr;
    }
    case Criterion::size_band:
    case Criterion::region: return nullptr;
  }
  return nullptr;
}

bool criterion_available(const model::Questionnaire& q, Criterion criterion) {
  switch (criterion) {
    case Criterion::size_band: return q.field_with_role(model::Role::employees) != nullptr;
    case Criterion::region:
      return q.field_with_role(model::Role::region) != nullptr || q.field_with_role(model::Role::department) != nullptr;
    default: return criterion_field(q, criterion) != nullptr;
  }
}

GroupKeys group_keys(const model::Questionnaire& q, const model::AnswerSet& answers) {
  GroupKeys keys;
  keys[Criterion::legal_form] = model::chosen_option(q, answers, model::Role::legal_form);
  keys[Criterion::department] = model::chosen_option(q, answers, model::Role::department);
  keys[Criterion::region] = model::region_of(q, answers);
  if (const model::Question* sector = criterion_field(q, Criterion::sector)) {
    const model::Answer* a = answers.effective(sector->index);
    if (a && a->kind == model::Answer::Kind::option) keys[Criterion::sector] = a->option;
  }
  const model::Answer* employees = model::answer_with_role(q, answers, model::Role::employees);
  if (employees && employees->kind == model::Answer::Kind::number) keys[Criterion::size_band] = size_band(employees->number);
  return keys;
}

std::string_view criterion_title(Criterion criterion, Lang lang) {
  switch (criterion) {
    case Criterion::legal_form: return tr(lang, "Par forme juridique", "By legal form");
    case Criterion::size_band: return tr(lang, "Par taille (salariés)", "By size (employees)");
    case Criterion::sector: return tr(lang, "Par secteur d'activité", "By field of activity");
    case Criterion::region: return tr(lang, "Par région", "By region");
    case Criterion::department: return tr(lang, "Par département", "By department");
  }
  return "";
}

std::string_view criterion_column(Criterion criterion, Lang lang) {
  switch (criterion) {
    case Criterion::legal_form: return tr(lang, "Forme juridique", "Legal form");
    case Criterion::size_band: return tr(lang, "Salariés", "Employees");
    case Criterion::sector: return tr(lang, "Secteur", "Field");
    case Criterion::region: return tr(lang, "Région", "Region");
    case Criterion::department: return tr(lang, "Département", "Department");
  }
  return "";
}

std::vector<std::string> ordered_groups(const model::Questionnaire& q, Criterion criterion, std::vector<std::string> ids) {
  std::vector<std::string> order;
  auto take = [&](std::string_view id) {
    auto it = std::find(ids.begin(), ids.end(), id);
    if (it == ids.end()) return;
    order.push_back(std::move(*it));
    ids.erase(it);
  };
  if (const model::Question* field = criterion_field(q, criterion)) {
    for (const model::Option& option : field->options) take(option.id);
  }
  if (criterion == Criterion::size_band) {
    for (std::string_view band : size_bands) take(band);
  }
  bool not_given = std::find(ids.begin(), ids.end(), "") != ids.end();
  std::sort(ids.begin(), ids.end());
  for (std::string& id : ids) {
    if (!id.empty()) order.push_back(std::move(id));
  }
  if (not_given) order.emplace_back();
  return order;
}

std::string group_label(const model::Questionnaire& q, Criterion criterion, const std::string& id, Lang lang) {
  if (id.empty()) return std::string(tr(lang, "(non renseigné)", "(not given)"));
  if (criterion == Criterion::size_band) {
    if (id == "0") return std::string(tr(lang, "aucun salarié", "no employee"));
    if (id == "250+") return std::string(tr(lang, "250 ou plus", "250 or more"));
    size_t dash = id.find('-');
    if (dash == std::string::npos) return id;
    return id.substr(0, dash) + std::string(tr(lang, " à ", " to ")) + id.substr(dash + 1);
  }
  if (criterion == Criterion::region) {
    for (const RegionName& region : regions) {
      if (region.id == id) return std::string(region.name);
    }
    return id;
  }
  const model::Question* field = criterion_field(q, criterion);
  const model::Option* option = field ? field->find_option(id) : nullptr;
  return option ? option->label.get(lang_code(lang), q.default_language()) : id;
}

}  // namespace autodiag::cohort
