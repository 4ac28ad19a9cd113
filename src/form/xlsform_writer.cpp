#include "form/xlsform_writer.h"

#include "form/form_fields.h"
#include "form/xlsform_relevant.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include <xlsxwriter.h>

#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>

namespace autodiag::form {

namespace {

using model::Question;
using model::QuestionType;

std::string language_column(const std::string& lang) {
  if (lang == "fr") return "Français (fr)";
  if (lang == "en") return "English (en)";
  return lang + " (" + lang + ")";
}

// Rows written one after the other on a sheet whose columns are named once.
class Sheet {
 public:
  Sheet(lxw_workbook* workbook, const char* name, std::vector<std::string> columns)
      : m_sheet(workbook_add_worksheet(workbook, name)), m_columns(std::move(columns)) {
    for (size_t c = 0; c < m_columns.size(); ++c) put(c, m_columns[c]);
    ++m_row;
  }

  // Cells by column name; a name not among the columns is a bug.
  void row(const std::vector<std::pair<std::string, std::string>>& cells) {
    for (const auto& [column, value] : cells) {
      auto it = std::find(m_columns.begin(), m_columns.end(), column);
      if (it == m_columns.end()) throw std::logic_error("XLSForm column " + column);
      if (!value.empty()) put(static_cast<size_t>(it - m_columns.begin()), value);
    }
    ++m_row;
  }

 private:
  void put(size_t column, const std::string& value) {
    worksheet_write_string(m_sheet, m_row, static_cast<lxw_col_t>(column), value.c_str(), nullptr);
  }

  lxw_worksheet* m_sheet;
  std::vector<std::string> m_columns;
  lxw_row_t m_row = 0;
};

class Writer {
 public:
  Writer(const model::Questionnaire& q, lxw_workbook* workbook) : m_q(q), m_workbook(workbook) {
    for (const std::string& lang : q.languages) {
      m_labels.push_back({lang, "label::" + language_column(lang)});
    }
  }

  void write(bool short_path) {
    std::vector<std::string> survey_columns = {"type", "name"};
    for (const auto& [lang, column] : m_labels) survey_columns.push_back(column);
    for (const auto& [lang, column] : m_labels) survey_columns.push_back("hint::" + language_column(lang));
    for (const char* c : {"required", "relevant", "constraint"}) survey_columns.emplace_back(c);
    for (const auto& [lang, column] : m_labels) survey_columns.push_back("constraint_message::" + language_column(lang));
    std::vector<std::string> choice_columns = {"list_name", "name"};
    for (const auto& [lang, column] : m_labels) choice_columns.push_back(column);
    Sheet survey(m_workbook, "survey", survey_columns);
    Sheet choices(m_workbook, "choices", choice_columns);
    Sheet settings(m_workbook, "settings", {"form_title", "form_id", "version", "default_language"});

    const model::Theme* group = nullptr;
    bool in_profile = false;
    for (const FormField& field : form_fields(m_q, short_path)) {
      if (field.theme == nullptr && !in_profile) {
        survey.row(with_labels({{"type", "begin group"}, {"name", "profile"}},
                               [](const std::string& lang) { return lang == "en" ? "Organisation profile" : "Profil de la structure"; }));
        in_profile = true;
      }
      if (field.theme != nullptr && field.theme != group) {
        survey.row({{"type", "end group"}});
        group = field.theme;
        survey.row(with_labels({{"type", "begin group"}, {"name", group->id}},
                               [&](const std::string& lang) { return group->title.get(lang); }));
      }
      survey.row(field_row(field, choices));
    }
    survey.row({{"type", "end group"}});
    write_list("yes_no", {{"yes", "Oui", "Yes"}, {"no", "Non", "No"}}, choices);
    write_list("yes_no_na", {{"yes", "Oui", "Yes"}, {"no", "Non", "No"}, {"na", na_label("fr"), na_label("en")}}, choices);
    write_list("na_only", {{"na", na_label("fr"), na_label("en")}}, choices);
    settings.row({{"form_title", m_q.title.get(m_q.default_language())},
                  {"form_id", m_q.id},
                  {"version", m_q.version.text},
                  {"default_language", language_column(m_q.default_language())}});
  }

 private:
  using Cells = std::vector<std::pair<std::string, std::string>>;

  template <typename LabelOf>
  Cells with_labels(Cells cells, const LabelOf& label_of) const {
    for (const auto& [lang, column] : m_labels) cells.emplace_back(column, label_of(lang));
    return cells;
  }

  void write_list(const std::string& list, const std::vector<std::array<std::string, 3>>& items, Sheet& choices) {
    for (const std::array<std::string, 3>& item : items) {  // name, French, English
      choices.row(with_labels({{"list_name", list}, {"name", item[0]}},
                              [&](const std::string& lang) { return lang == "en" ? item[2] : item[1]; }));
    }
  }

  std::string relevant(const FormField& field) const {
    std::vector<std::string> parts;
    if (field.theme != nullptr && field.kind != FormField::Kind::addressed) {
      parts.push_back("${" + field.theme->id + "_addressed} != 'no'");
    }
    const Question* q = field.question;
    if (q != nullptr && q->when) parts.push_back(xlsform_relevant(*q->when, m_q));
    if (field.kind == FormField::Kind::question && q->na_allowed && !na_is_choice(*q)) {
      parts.push_back("not(selected(${" + q->id + "_na}, 'na'))");
    }
    std::string out;
    for (const std::string& part : parts) out += (out.empty() ? "" : " and ") + part;
    return out;
  }

  std::string question_type(const Question& q, Sheet& choices) {
    switch (q.type) {
      case QuestionType::yesno:
        return q.na_allowed ? "select_one yes_no_na" : "select_one yes_no";
      case QuestionType::number:
        return q.integer ? "integer" : "decimal";
      case QuestionType::text:
        return "text";
      case QuestionType::choice:
      case QuestionType::multi:
        break;
    }
    for (const model::Option& option : q.options) {
      choices.row(with_labels({{"list_name", q.id}, {"name", option.id}},
                              [&](const std::string& lang) { return option.label.get(lang); }));
    }
    if (has_none_choice(q)) {
      choices.row(with_labels({{"list_name", q.id}, {"name", "none"}}, [](const std::string& lang) { return none_label(lang); }));
    }
    if (na_is_choice(q)) {
      choices.row(with_labels({{"list_name", q.id}, {"name", "na"}}, [](const std::string& lang) { return na_label(lang); }));
    }
    return (q.type == QuestionType::choice ? "select_one " : "select_multiple ") + q.id;
  }

  Cells field_row(const FormField& field, Sheet& choices) {
    Cells cells = with_labels({{"name", field.name}}, [&](const std::string& lang) { return field_label(field, lang); });
    const Question* q = field.question;
    switch (field.kind) {
      case FormField::Kind::addressed:
        cells.emplace_back("type", "select_one yes_no");
        break;
      case FormField::Kind::na:
        cells.emplace_back("type", "select_multiple na_only");
        break;
      case FormField::Kind::comment:
        cells.emplace_back("type", "text");
        break;
      case FormField::Kind::question:
        cells.emplace_back("type", question_type(*q, choices));
        if (q->required) cells.emplace_back("required", "yes");
        for (const auto& [lang, column] : m_labels) {
          if (!q->help.empty()) cells.emplace_back("hint::" + language_column(lang), q->help.get(lang));
        }
        add_constraint(*q, cells);
        break;
    }
    cells.emplace_back("relevant", relevant(field));
    return cells;
  }

  void add_constraint(const Question& q, Cells& cells) const {
    if (has_none_choice(q)) {
      cells.emplace_back("constraint", "not(selected(., 'none') and count-selected(.) > 1)");
      for (const auto& [lang, column] : m_labels) {
        cells.emplace_back("constraint_message::" + language_column(lang),
                           lang == "en" ? "'" + none_label(lang) + "' goes alone" : "« " + none_label(lang) + " » se coche seule");
      }
      return;
    }
    if (q.type != QuestionType::number || (!q.min && !q.max)) return;
    std::string range;
    if (q.min) range = fmt::format(". >= {}", *q.min);
    if (q.max) range += fmt::format("{}. <= {}", range.empty() ? "" : " and ", *q.max);
    cells.emplace_back("constraint", range);
    std::string low = q.min ? fmt::format("{}", *q.min) : "…";
    std::string high = q.max ? fmt::format("{}", *q.max) : "…";
    for (const auto& [lang, column] : m_labels) {
      cells.emplace_back("constraint_message::" + language_column(lang),
                         (lang == "en" ? "Between " + low + " and " : "Entre " + low + " et ") + high);
    }
  }

  const model::Questionnaire& m_q;
  lxw_workbook* m_workbook;
  std::vector<std::pair<std::string, std::string>> m_labels;  // language, label column
};

}  // namespace

void write_xlsform(const model::Questionnaire& questionnaire, bool short_path, const std::string& path) {
  // libxlsxwriter writes to a named file only: build the workbook in a private
  // temporary folder, then move its bytes into place with write_atomically
  // (no half-written file, no write through a planted link).
  std::string pattern = (std::filesystem::temp_directory_path() / "autodiag-xlsform-XXXXXX").string();
  if (::mkdtemp(pattern.data()) == nullptr) {
    throw Failure(exit_code::cannot_write, msg("impossible de créer un dossier temporaire pour {}",
                                               "cannot create a temporary folder for {}", path));
  }
  std::filesystem::path dir(pattern);
  std::string temporary = (dir / "form.xlsx").string();
  lxw_workbook* workbook = workbook_new(temporary.c_str());
  lxw_error status = LXW_ERROR_MEMORY_MALLOC_FAILED;
  std::string bytes;
  if (workbook != nullptr) {
    try {
      Writer(questionnaire, workbook).write(short_path);
    } catch (...) {
      workbook_close(workbook);
      std::filesystem::remove_all(dir);
      throw;
    }
    status = workbook_close(workbook);
    if (status == LXW_NO_ERROR) bytes = read_input(temporary);
  }
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
  if (status != LXW_NO_ERROR) {
    throw Failure(exit_code::cannot_write, msg("impossible d'écrire le classeur XLSForm {} : {}",
                                               "cannot write the XLSForm workbook {}: {}", path,
                                               std::string(lxw_strerror(status))));
  }
  write_atomically(path, bytes);
}

}  // namespace autodiag::form
