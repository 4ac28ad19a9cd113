#include "form/form_fields.h"

#include <fmt/format.h>

namespace autodiag::form {

namespace {

using model::Question;
using model::QuestionType;

FormField field(FormField::Kind kind, const Question* q, const model::Theme* theme, std::string name,
                std::string code) {
  return {kind, q, theme, std::move(name), std::move(code)};
}

}  // namespace

bool na_is_choice(const Question& q) { return q.na_allowed && q.type != QuestionType::number && q.type != QuestionType::text; }

bool has_none_choice(const Question& q) { return q.type == QuestionType::multi && q.find_option("none") == nullptr; }

std::vector<FormField> form_fields(const model::Questionnaire& questionnaire, bool short_path) {
  std::vector<FormField> fields;
  int position = 0;
  for (const Question& q : questionnaire.profile) {
    fields.push_back(field(FormField::Kind::question, &q, nullptr, q.id, fmt::format("P{:02}", ++position)));
  }
  for (size_t t = 0; t < questionnaire.themes.size(); ++t) {
    const model::Theme& theme = questionnaire.themes[t];
    std::string prefix = fmt::format("T{}", t + 1);
    fields.push_back(field(FormField::Kind::addressed, nullptr, &theme, theme.id + "_addressed", prefix + "OK"));
    position = 0;
    for (const Question& q : theme.questions) {
      ++position;  // codes follow the full questionnaire, so a short form's codes are a subset
      if (short_path && !q.core) continue;
      std::string code = fmt::format("{}Q{:02}", prefix, position);
      if (q.na_allowed && !na_is_choice(q)) {
        fields.push_back(field(FormField::Kind::na, &q, &theme, q.id + "_na", code + "NA"));
      }
      fields.push_back(field(FormField::Kind::question, &q, &theme, q.id, code));
      fields.push_back(field(FormField::Kind::comment, &q, &theme, q.id + "_comment", code + "C"));
    }
  }
  return fields;
}

std::vector<OptionCode> option_codes(const Question& q) {
  std::vector<OptionCode> codes;
  if (q.type == QuestionType::yesno) {
    codes = {{"Y", "yes"}, {"N", "no"}};
  } else {
    for (size_t i = 0; i < q.options.size(); ++i) codes.push_back({fmt::format("A{}", i + 1), q.options[i].id});
  }
  if (has_none_choice(q)) codes.push_back({"NONE", "none"});
  if (na_is_choice(q)) codes.push_back({"NA", "na"});
  return codes;
}

std::string na_label(std::string_view lang) { return lang == "en" ? "Not applicable" : "Non applicable"; }

std::string none_label(std::string_view lang) { return lang == "en" ? "None of these" : "Aucune de ces réponses"; }

std::string field_label(const FormField& f, std::string_view lang) {
  bool en = lang == "en";
  const char* colon = en ? ": " : " : ";
  switch (f.kind) {
    case FormField::Kind::question:
      return f.question->text.get(lang);
    case FormField::Kind::na:
      return f.question->text.get(lang) + colon + (en ? "not applicable to us" : "ne s'applique pas à nous");
    case FormField::Kind::comment:
      return f.question->text.get(lang) + colon +
             (en ? "comment or evidence (optional)" : "commentaire ou preuve (facultatif)");
    case FormField::Kind::addressed:
      return en ? "Do you address the theme '" + f.theme->title.get(lang) + "' this year?"
                : "Abordez-vous le thème « " + f.theme->title.get(lang) + " » cette année ?";
  }
  return {};
}

}  // namespace autodiag::form
