#include "batch/csv_responses.h"

#include "batch/cell_values.h"

#include <algorithm>
#include <map>

namespace autodiag::batch {

namespace {

using Kind = ExportColumn::Kind;

bool plain_id(const std::string& id) {
  return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.' || c == ':';
  });
}

}  // namespace

std::string submission_id(const CsvRecord& record, const ExportLayout& layout) {
  for (size_t i = 0; i < record.fields.size() && i < layout.columns.size(); ++i) {
    if (layout.columns[i].kind != Kind::submission_id) continue;
    std::string id = trim(record.fields[i]);
    return plain_id(id) ? id : "";
  }
  return {};
}

model::Response response_from_row(const CsvRecord& record, const ExportLayout& layout,
                                  const model::Questionnaire& questionnaire, char file_separator,
                                  Diagnostics& diagnostics) {
  model::Response response;
  response.questionnaire_id = questionnaire.id;
  response.questionnaire_version = questionnaire.version.text;
  response.status = model::Status::in_progress;
  response.questionnaire_mark = {record.row, 1};
  response.status_mark = {record.row, 1};
  std::map<const model::Question*, model::RawValue> ticked;  // columns per option
  std::vector<const model::Question*> na_boxes;
  for (size_t i = 0; i < record.fields.size(); ++i) {
    std::string cell = trim(record.fields[i]);
    if (cell.empty()) continue;
    Mark mark{record.row, static_cast<int>(i) + 1};
    if (i >= layout.columns.size()) {
      diagnostics.error(mark, msg("cellule hors des colonnes de l'en-tête", "cell outside the header's columns"));
      continue;
    }
    const ExportColumn& column = layout.columns[i];
    const model::Question* q = column.question;
    switch (column.kind) {
      case Kind::ignored:
      case Kind::submission_id:
        break;
      case Kind::value: {
        model::RawValue value = raw_value(*q, cell, file_separator);
        value.mark = mark;
        response.set_value(q->id, q->is_profile(), std::move(value));
        break;
      }
      case Kind::option:
        if (is_ticked(cell)) {
          model::RawValue& value = ticked[q];
          value.is_list = true;
          value.mark = mark;
          // "None of these" ticked leaves the list empty: answered, no option.
          if (!column.none) value.items.push_back(column.option ? column.option->id : "na");
        }
        break;
      case Kind::na:
        if (is_ticked(cell)) na_boxes.push_back(q);
        break;
      case Kind::comment:
        response.set_comment(q->id, cell);
        response.comment_marks.back() = mark;
        break;
      case Kind::addressed:
        if (!is_ticked(cell)) {
          response.not_addressed.push_back(column.theme->id);
          response.not_addressed_marks.push_back(mark);
        }
        break;
    }
  }
  for (auto& [q, value] : ticked) {
    if (std::find(value.items.begin(), value.items.end(), "na") != value.items.end()) {
      value.is_list = false;
      value.items.clear();
      value.scalar = "na";
    }
    response.set_value(q->id, q->is_profile(), std::move(value));
  }
  for (const model::Question* q : na_boxes) {
    if (response.find_value(q->id) != nullptr) continue;
    model::RawValue value;
    value.scalar = "na";
    value.mark = {record.row, 1};
    response.set_value(q->id, q->is_profile(), std::move(value));
  }
  return response;
}

}  // namespace autodiag::batch
