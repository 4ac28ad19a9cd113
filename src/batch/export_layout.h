#pragma once

#include "batch/platforms.h"
#include "model/diagnostic.h"
#include "model/questionnaire.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace autodiag::batch {

// What one column of an export holds.
struct ExportColumn {
  enum class Kind {
    ignored,
    value,          // the answer to `question`
    option,         // one option of a multi question ticked or not (`option` nullptr: none, or N/A)
    na,             // a number question's "not applicable" box
    comment,        // the comment on `question`
    addressed,      // "do you address `theme` this year?"
    submission_id,  // the platform's id of the submission
  };
  Kind kind = Kind::ignored;
  const model::Question* question = nullptr;
  const model::Option* option = nullptr;
  const model::Theme* theme = nullptr;
  bool none = false;   // with kind option: "none of these"
  bool split = false;  // one column per option (`training/plan`), dropped when the whole field is there too
};

struct ExportLayout {
  Platform platform = Platform::generic;
  std::vector<ExportColumn> columns;
};

// Maps the header's cells to fields, in this order: the platform's metadata
// columns (ignored silently; the submission id kept); ids and form names
// (`ag_rate`, `ag_rate_comment`, any case, `-` as `_`); LimeSurvey codes
// (`T1Q03`, `T1Q07[A2]`); the same after group prefixes (`governance/…`,
// `governance-…`) and with split multi-select columns (`training/plan`);
// question texts in any language (Google Forms, LimeSurvey full headings
// `Text [Option]`, Framaforms labels with their group row `parents`).
// With Platform::automatic the platform is recognised from its metadata
// columns. An unknown column is a warning; a field given twice, or no
// column for a scored question, is an error (nullopt).
// `row` is the header's row in the file, for the diagnostics.
std::optional<ExportLayout> map_export_header(const std::vector<std::string>& header,
                                              const std::vector<std::string>& parents, int row, Platform platform,
                                              const model::Questionnaire& questionnaire, Diagnostics& diagnostics);

}  // namespace autodiag::batch
