#pragma once

#include "batch/csv_reader.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace autodiag::batch {

// Where a CSV file comes from: its header rows, metadata columns and the
// column that holds the submission's id differ (docs/batch.md, "Exports of
// online form tools").
enum class Platform { automatic, generic, limesurvey, kobo, odk, framaforms, google };

// "auto", "limesurvey", "kobo", "odk", "framaforms", "google", "generic".
std::optional<Platform> parse_platform(std::string_view name);

// What a platform's export holds besides the answers (header cells folded).
struct PlatformColumns {
  Platform platform;
  std::string_view name;
  std::vector<std::string_view> ids;       // the submission id: the first one present
  std::vector<std::string_view> metadata;  // skipped without a warning
};

const PlatformColumns& platform_columns(Platform platform);

// The platform whose metadata columns the header holds (LimeSurvey, ODK
// Central, Kobo), Google Forms by its first column, else Platform::generic.
Platform recognise_platform(const std::vector<std::string>& header);

// How many rows the header of `platform` takes: 3 for Framaforms (form title,
// groups, labels or keys), 1 otherwise. With Platform::automatic, guessed
// from the first row (a title alone in its first cell).
int header_rows(Platform platform, const CsvRecord& first);

}  // namespace autodiag::batch
