#include "batch/platforms.h"

#include "batch/cell_values.h"

#include <algorithm>
#include <array>
#include <set>

namespace autodiag::batch {

namespace {

// Metadata columns as each platform names them in its exports (the
// platforms' export documentation, summed up in docs/batch.md).
const std::array<PlatformColumns, 6>& platforms() {
  static const std::array<PlatformColumns, 6> table = {{
      {Platform::limesurvey, "limesurvey", {"id", "response id"},
       {"submitdate", "lastpage", "startlanguage", "seed", "startdate", "datestamp", "ipaddr", "refurl", "token",
        "date submitted", "last page", "start language", "date started", "date last action", "ip address",
        "referrer url"}},
      {Platform::odk, "odk", {"key", "meta-instanceid", "meta/instanceid"},
       {"submissiondate", "submitterid", "submittername", "attachmentspresent", "attachmentsexpected", "status",
        "reviewstate", "deviceid", "edits", "formversion", "start", "end", "today", "instanceid"}},
      {Platform::kobo, "kobo", {"_id", "_uuid"},
       {"_submission_time", "_validation_status", "_notes", "_status", "_submitted_by", "_tags", "_index", "start",
        "end", "today", "deviceid", "__version__", "meta/instanceid", "meta/rootuuid", "formhub/uuid",
        "_xform_id_string", "_attachments", "_geolocation"}},
      {Platform::framaforms, "framaforms", {"sid"},
       {"serial", "submitted time", "completed time", "modified time", "draft", "ip address", "uid", "username",
        "submitted", "completed", "modified"}},
      {Platform::google, "google", {}, {"horodateur", "timestamp", "adresse e-mail", "email address", "score"}},
      {Platform::generic, "generic", {}, {}},
  }};
  return table;
}

bool contains(const std::vector<std::string_view>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

}  // namespace

const PlatformColumns& platform_columns(Platform platform) {
  for (const PlatformColumns& p : platforms()) {
    if (p.platform == platform) return p;
  }
  return platforms().back();
}

Platform recognise_platform(const std::vector<std::string>& header) {
  std::set<std::string> cells;
  for (const std::string& cell : header) cells.insert(fold(trim(cell)));
  auto has = [&](std::string_view name) { return cells.count(std::string(name)) > 0; };
  if ((has("submitdate") && has("lastpage")) || (has("response id") && has("date submitted"))) {
    return Platform::limesurvey;
  }
  if (has("submissiondate") && (has("key") || has("meta-instanceid") || has("meta/instanceid"))) return Platform::odk;
  if (has("_uuid") || has("_submission_time")) return Platform::kobo;
  // Google Forms starts with its timestamp (localised).
  if (!header.empty() && contains(platform_columns(Platform::google).metadata, fold(trim(header[0])))) {
    return Platform::google;
  }
  return Platform::generic;
}

std::optional<Platform> parse_platform(std::string_view name) {
  if (name == "auto") return Platform::automatic;
  for (const PlatformColumns& p : platforms()) {
    if (p.name == name) return p.platform;
  }
  return std::nullopt;
}

int header_rows(Platform platform, const CsvRecord& first) {
  if (platform == Platform::framaforms) return 3;
  if (platform != Platform::automatic || first.fields.size() < 2 || trim(first.fields[0]).empty()) return 1;
  // Framaforms' first row: the form's title alone, then empty cells.
  bool title_alone = std::all_of(first.fields.begin() + 1, first.fields.end(),
                                 [](const std::string& f) { return trim(f).empty(); });
  return title_alone ? 3 : 1;
}

}  // namespace autodiag::batch
