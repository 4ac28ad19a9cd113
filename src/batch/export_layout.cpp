#include "batch/export_layout.h"

#include "batch/cell_values.h"
#include "form/form_fields.h"

#include <algorithm>
#include <map>
#include <set>

namespace autodiag::batch {

namespace {

using Kind = ExportColumn::Kind;
using model::Question;

bool contains(const std::vector<std::string_view>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

class HeaderMatcher {
 public:
  explicit HeaderMatcher(const model::Questionnaire& q) {
    std::vector<form::FormField> fields = form::form_fields(q);
    for (const form::FormField& f : fields) m_by_key.emplace(key_of(f.name), column_of(f));
    for (const form::FormField& f : fields) m_by_key.emplace(key_of(f.code), column_of(f));
    for (const form::FormField& f : fields) {
      for (const std::string& lang : q.languages) m_by_label.emplace(fold(trim(form::field_label(f, lang))), column_of(f));
      if (f.kind == form::FormField::Kind::question) {
        for (const auto& [lang, text] : f.question->text.entries()) m_by_label.emplace(fold(trim(text)), column_of(f));
      }
    }
    m_groups.insert("profile");
    for (const model::Theme& theme : q.themes) m_groups.insert(key_of(theme.id));
  }

  ExportColumn match(const std::string& cell, const std::string& parent) const {
    if (ExportColumn c = by_name(key_of(cell)); c.kind != Kind::ignored) return c;
    if (ExportColumn c = by_label(fold(cell), fold(parent)); c.kind != Kind::ignored) return c;
    return {};
  }

 private:
  static ExportColumn column_of(const form::FormField& f) {
    switch (f.kind) {
      case form::FormField::Kind::question:
        return {Kind::value, f.question, nullptr, nullptr};
      case form::FormField::Kind::na:
        return {Kind::na, f.question, nullptr, nullptr};
      case form::FormField::Kind::comment:
        return {Kind::comment, f.question, nullptr, nullptr};
      case form::FormField::Kind::addressed:
        return {Kind::addressed, nullptr, nullptr, f.theme};
    }
    return {};
  }

  ExportColumn exact(const std::string& key) const {
    auto it = m_by_key.find(key);
    return it == m_by_key.end() ? ExportColumn{} : it->second;
  }

  // One option of a multi question given by its id, code or label (`na`: N/A).
  static ExportColumn option_column(const ExportColumn& base, const std::string& option) {
    bool na = key_of(option) == "na";
    if (base.kind == Kind::na && na) return {Kind::na, base.question, nullptr, nullptr, false, true};
    if (base.kind != Kind::value || base.question->type != model::QuestionType::multi) return {};
    if (na && base.question->na_allowed) return {Kind::option, base.question, nullptr, nullptr, false, true};
    if (form::has_none_choice(*base.question) && is_none_word(fold(trim(option)))) {
      return {Kind::option, base.question, nullptr, nullptr, true, true};
    }
    const model::Option* o = match_option(*base.question, fold(trim(option)));
    return o ? ExportColumn{Kind::option, base.question, o, nullptr, false, true} : ExportColumn{};
  }

  ExportColumn by_name(std::string key) const {
    while (true) {
      if (ExportColumn c = exact(key); c.kind != Kind::ignored) return c;
      // LimeSurvey's `T1Q07[A2]`, and the split multi-select `training/plan`.
      if (key.ends_with(']') && key.find('[') != std::string::npos) {
        size_t open = key.rfind('[');
        return option_column(exact(key.substr(0, open)), key.substr(open + 1, key.size() - open - 2));
      }
      if (size_t slash = key.rfind('/'); slash != std::string::npos) {
        if (ExportColumn c = option_column(exact(key.substr(0, slash)), key.substr(slash + 1)); c.kind != Kind::ignored) {
          return c;
        }
      }
      // A group prefix: `governance/x` (Kobo) or `governance-x` (ODK
      // Central), read as `governance_x` by key_of.
      size_t cut = std::string::npos;
      for (const std::string& group : m_groups) {
        if (key.size() > group.size() + 1 && key.starts_with(group) &&
            (key[group.size()] == '/' || key[group.size()] == '_')) {
          cut = group.size() + 1;
          break;
        }
      }
      if (cut == std::string::npos) return {};
      key = key.substr(cut);
    }
  }

  ExportColumn label(const std::string& folded) const {
    auto it = m_by_label.find(trim(folded));
    return it == m_by_label.end() ? ExportColumn{} : it->second;
  }

  ExportColumn by_label(const std::string& folded, const std::string& parent) const {
    if (ExportColumn c = label(folded); c.kind != Kind::ignored) return c;
    // LimeSurvey's full headings: `Question text [Option label]`.
    if (folded.ends_with(']')) {
      if (size_t open = folded.rfind(" ["); open != std::string::npos) {
        return option_column(label(folded.substr(0, open)), folded.substr(open + 2, folded.size() - open - 3));
      }
    }
    // Framaforms' separate columns: the option's label under its question's.
    if (!parent.empty()) return option_column(label(parent), folded);
    return {};
  }

  std::map<std::string, ExportColumn> m_by_key;
  std::map<std::string, ExportColumn> m_by_label;
  std::set<std::string> m_groups;
};

bool same_field(const ExportColumn& a, const ExportColumn& b) {
  return a.kind == b.kind && a.question == b.question && a.option == b.option && a.theme == b.theme &&
         a.none == b.none && a.split == b.split;
}

// The whole column that a split one repeats: the multi question's value, or
// the N/A box itself.
bool repeats(const ExportColumn& split, const ExportColumn& whole) {
  return !whole.split && whole.question == split.question &&
         (split.kind == Kind::na ? whole.kind == Kind::na : whole.kind == Kind::value);
}

std::string field_name(const ExportColumn& c) {
  if (c.theme != nullptr) return c.theme->id + "_addressed";
  std::string name = c.question->id;
  if (c.kind == Kind::option) name += "/" + (c.option ? c.option->id : std::string(c.none ? "none" : "na"));
  if (c.kind == Kind::na) name += "_na";
  if (c.kind == Kind::comment) name += "_comment";
  return name;
}

}  // namespace

std::optional<ExportLayout> map_export_header(const std::vector<std::string>& header,
                                              const std::vector<std::string>& parents, int row, Platform platform,
                                              const model::Questionnaire& questionnaire, Diagnostics& diagnostics) {
  ExportLayout layout;
  layout.platform = platform == Platform::automatic ? (parents.empty() ? recognise_platform(header) : Platform::framaforms)
                                                    : platform;
  const PlatformColumns& known = platform_columns(layout.platform);
  HeaderMatcher matcher(questionnaire);
  layout.columns.resize(header.size());
  bool ok = true;
  bool has_id = false;
  std::string parent;
  for (size_t i = 0; i < header.size(); ++i) {
    Mark mark{row, static_cast<int>(i) + 1};
    if (i < parents.size() && !trim(parents[i]).empty()) parent = trim(parents[i]);
    std::string cell = trim(header[i]);
    std::string folded = fold(cell);
    if (cell.empty()) continue;
    if (!has_id && contains(known.ids, folded)) {
      layout.columns[i].kind = Kind::submission_id;
      has_id = true;
      continue;
    }
    if (contains(known.ids, folded) || contains(known.metadata, folded)) continue;
    ExportColumn column = matcher.match(cell, parent);
    if (column.kind == Kind::ignored) {
      diagnostics.warning(mark, msg("colonne « {} » ignorée : ce n'est ni un champ du profil ni une question",
                                    "column '{}' ignored: it is neither a profile field nor a question", folded));
      continue;
    }
    for (size_t j = 0; j < i; ++j) {
      if (same_field(layout.columns[j], column)) {
        diagnostics.error(mark, msg("colonne « {} » en double (déjà en colonne {})",
                                    "column '{}' given twice (already in column {})", field_name(column), j + 1));
        ok = false;
        break;
      }
    }
    layout.columns[i] = column;
  }
  // ODK Central and Kobo may give a multi question both whole and split into
  // one column per option: the whole one is read.
  for (ExportColumn& c : layout.columns) {
    if (c.split && std::any_of(layout.columns.begin(), layout.columns.end(),
                               [&](const ExportColumn& whole) { return repeats(c, whole); })) {
      c = ExportColumn{};
    }
  }
  // A CSV file of something else (such as an earlier scores.csv left among
  // the responses) would otherwise give rows of empty responses.
  if (ok && std::none_of(layout.columns.begin(), layout.columns.end(), [](const ExportColumn& c) {
        return (c.kind == Kind::value || c.kind == Kind::option) && !c.question->is_profile();
      })) {
    diagnostics.error({row, 1}, msg("aucune colonne ne correspond à une question du questionnaire : ce fichier CSV "
                                    "n'est pas un export de réponses",
                                    "no column matches a question of the questionnaire: this CSV file is not an "
                                    "export of responses"));
    ok = false;
  }
  if (!ok) return std::nullopt;
  return layout;
}

}  // namespace autodiag::batch
