#include "form/code_map.h"

#include "form/form_fields.h"

#include <fmt/format.h>

namespace autodiag::form {

std::string code_map_yaml(const model::Questionnaire& questionnaire, bool short_path) {
  std::string out = fmt::format(
      "# LimeSurvey codes of the survey written by `autodiag form --to limesurvey`.\n"
      "# An export's column T1Q03 is the question below; T1Q07[A2] is its answer A2.\n"
      "format: autodiag-codes/1\n"
      "questionnaire: {{id: \"{}\", version: \"{}\"}}\n"
      "fields:\n",
      questionnaire.id, questionnaire.version.text);
  for (const FormField& field : form_fields(questionnaire, short_path)) {
    switch (field.kind) {
      case FormField::Kind::addressed:
        out += fmt::format("  - {{code: {}, addressed: \"{}\"}}\n", field.code, field.theme->id);
        break;
      case FormField::Kind::na:
        out += fmt::format("  - {{code: {}, na: \"{}\"}}\n", field.code, field.question->id);
        break;
      case FormField::Kind::comment:
        out += fmt::format("  - {{code: {}, comment: \"{}\"}}\n", field.code, field.question->id);
        break;
      case FormField::Kind::question: {
        out += fmt::format("  - {{code: {}, id: \"{}\"", field.code, field.question->id);
        std::vector<OptionCode> codes = option_codes(*field.question);
        if (field.question->type != model::QuestionType::number && field.question->type != model::QuestionType::text) {
          out += ", answers: {";
          for (size_t i = 0; i < codes.size(); ++i) {
            out += fmt::format("{}{}: \"{}\"", i ? ", " : "", codes[i].code, codes[i].id);
          }
          out += "}";
        }
        out += "}\n";
        break;
      }
    }
  }
  return out;
}

}  // namespace autodiag::form
