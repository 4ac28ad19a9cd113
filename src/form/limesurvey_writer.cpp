#include "form/limesurvey_writer.h"

#include "form/form_fields.h"
#include "form/limesurvey_expression.h"

#include <fmt/format.h>

#include <array>

namespace autodiag::form {

namespace {

using model::Question;
using model::QuestionType;

// The columns LimeSurvey's importer reads by name; attributes not listed keep
// their defaults.
constexpr std::array columns = {"id",         "related_id", "class",    "type/scale",     "name",
                                "relevance",  "text",       "help",     "language",       "validation",
                                "mandatory",  "other",      "default",  "same_default",   "min_num_value_n",
                                "max_num_value_n",          "num_value_int_only"};

struct Row {
  std::string cls, type, name, relevance, text, help, mandatory, min, max, integer_only;
};

Row row_of(std::string cls, std::string type, std::string name, std::string relevance, std::string text,
           std::string help = {}) {
  Row row;
  row.cls = std::move(cls);
  row.type = std::move(type);
  row.name = std::move(name);
  row.relevance = std::move(relevance);
  row.text = std::move(text);
  row.help = std::move(help);
  return row;
}

// Tabs and line breaks would split a cell: LimeSurvey texts are HTML, so a
// line break becomes <br />.
std::string cell(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\t') {
      out += ' ';
    } else if (c == '\n') {
      out += "<br />";
    } else if (c != '\r') {
      out += c;
    }
  }
  return out;
}

std::string number(std::optional<double> value) { return value ? fmt::format("{}", *value) : ""; }

class Writer {
 public:
  Writer(const model::Questionnaire& q, bool short_path) : m_q(q), m_fields(form_fields(q, short_path)) {}

  std::string write() {
    std::string out = "\xEF\xBB\xBF";
    for (size_t i = 0; i < columns.size(); ++i) out += std::string(i ? "\t" : "") + columns[i];
    out += "\n";
    const std::string& base = m_q.default_language();
    std::string others;
    for (const std::string& lang : m_q.languages) {
      if (lang != base) others += (others.empty() ? "" : " ") + lang;
    }
    line(out, row_of("S", "", "language", "", base), "");
    line(out, row_of("S", "", "additional_languages", "", others), "");
    line(out, row_of("S", "", "format", "", "G"), "");
    for (const std::string& lang : m_q.languages) {
      line(out, row_of("SL", "", "surveyls_title", "", m_q.title.get(lang)), lang);
      line(out, row_of("SL", "", "surveyls_description", "", m_q.description.get(lang)), lang);
      language_rows(out, lang);
    }
    return out;
  }

 private:
  void line(std::string& out, const Row& row, const std::string& lang) const {
    std::array<std::string, columns.size()> cells{"", "", row.cls, row.type, row.name, row.relevance, cell(row.text),
                                                   cell(row.help), lang, "", row.mandatory, "", "", "",
                                                   row.min, row.max, row.integer_only};
    for (size_t i = 0; i < cells.size(); ++i) out += (i ? "\t" : "") + cells[i];
    out += "\n";
  }

  void language_rows(std::string& out, const std::string& lang) const {
    const model::Theme* group = nullptr;
    bool in_profile = false;
    for (const FormField& field : m_fields) {
      if (field.theme == nullptr && !in_profile) {
        in_profile = true;
        line(out, row_of("G", "", lang == "en" ? "Organisation profile" : "Profil de la structure", "1", ""), lang);
      }
      if (field.theme != nullptr && field.theme != group) {
        group = field.theme;
        line(out, row_of("G", "", group->title.get(lang), "1", group->summary.empty() ? "" : group->summary.get(lang)),
             lang);
      }
      question_rows(out, field, lang);
    }
  }

  std::string relevance(const FormField& field) const {
    std::vector<std::string> parts;
    if (field.theme != nullptr && field.kind != FormField::Kind::addressed) {
      parts.push_back(addressed_code(*field.theme) + ".NAOK != \"N\"");
    }
    const Question* q = field.question;
    if (q != nullptr && q->when) parts.push_back(limesurvey_relevance(*q->when, m_q));
    if (field.kind == FormField::Kind::question && q->na_allowed && !na_is_choice(*q)) {
      parts.push_back(field.code + "NA.NAOK != \"Y\"");
    }
    std::string out;
    for (const std::string& part : parts) out += (out.empty() ? "" : " and ") + part;
    return out.empty() ? "1" : out;
  }

  std::string addressed_code(const model::Theme& theme) const {
    for (const FormField& f : m_fields) {
      if (f.kind == FormField::Kind::addressed && f.theme == &theme) return f.code;
    }
    return {};
  }

  void question_rows(std::string& out, const FormField& field, const std::string& lang) const {
    Row row = row_of("Q", "", field.code, relevance(field), field_label(field, lang));
    const Question* q = field.question;
    switch (field.kind) {
      case FormField::Kind::addressed:
      case FormField::Kind::na:
        row.type = "Y";
        line(out, row, lang);
        return;
      case FormField::Kind::comment:
        row.type = "T";
        line(out, row, lang);
        return;
      case FormField::Kind::question:
        break;
    }
    row.help = q->help.empty() ? "" : q->help.get(lang);
    row.mandatory = q->required ? "Y" : "";
    switch (q->type) {
      case QuestionType::yesno:
        row.type = na_is_choice(*q) ? "L" : "Y";
        break;
      case QuestionType::choice:
        row.type = "L";
        break;
      case QuestionType::multi:
        row.type = "M";
        break;
      case QuestionType::number:
        row.type = "N";
        row.min = number(q->min);
        row.max = number(q->max);
        row.integer_only = q->integer ? "1" : "";
        break;
      case QuestionType::text:
        row.type = "T";
        break;
    }
    line(out, row, lang);
    if (row.type == "M") {
      for (const OptionCode& code : option_codes(*q)) {
        line(out, row_of("SQ", "0", code.code, "1", option_text(*q, code, lang)), lang);
      }
    } else if (row.type == "L") {
      for (const OptionCode& code : option_codes(*q)) {
        line(out, row_of("A", "0", code.code, "", option_text(*q, code, lang)), lang);
      }
    }
  }

  static std::string option_text(const Question& q, const OptionCode& code, const std::string& lang) {
    if (code.id == "na") return na_label(lang);
    if (code.id == "none" && has_none_choice(q)) return none_label(lang);
    if (q.type == QuestionType::yesno) return code.id == "yes" ? (lang == "en" ? "Yes" : "Oui") : (lang == "en" ? "No" : "Non");
    return q.find_option(code.id)->label.get(lang);
  }

  const model::Questionnaire& m_q;
  std::vector<FormField> m_fields;
};

}  // namespace

std::string limesurvey_structure(const model::Questionnaire& questionnaire, bool short_path) {
  return Writer(questionnaire, short_path).write();
}

}  // namespace autodiag::form
