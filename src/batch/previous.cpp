#include "batch/previous.h"

#include "batch/inputs.h"
#include "batch/scorer.h"
#include "model/profile.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <filesystem>
#include <optional>

namespace autodiag::batch {

namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 4> entry_keys{"status", "organisation", "overall", "themes"};
constexpr std::array<std::string_view, 3> score_keys{"id", "scored", "score"};

template <size_t N>
bool one_of(std::string_view key, const std::array<std::string_view, N>& names) {
  return std::find(names.begin(), names.end(), key) != names.end();
}

// Read as it is parsed: only what the evolution needs is kept (status,
// organisation, the scores of the questionnaire's themes), each theme and
// each organisation dropped once taken, and nothing nested deeper than
// autodiag writes. Memory stays flat whatever the file holds: parsed whole,
// a nest of brackets took 39 bytes per byte of file.
std::vector<cohort::YearScores> from_scores_json(const std::string& path, const model::Questionnaire& q,
                                                 bool include_in_progress) {
  auto refuse = [&] {
    return Failure(exit_code::data_error,
                   msg("--previous : {0} n'est pas un scores.json écrit par autodiag batch",
                       "--previous: {0} is not a scores.json written by autodiag batch", path));
  };
  // Only a score autodiag could have written: anything else (a file edited
  // by hand, or made to mislead) would print as a mean of -9223372036854775808.
  auto score_of = [&](const nlohmann::json& scored) -> std::optional<double> {
    if (!scored.at("scored").get<bool>()) return std::nullopt;
    double score = scored.at("score").get<double>();
    if (!std::isfinite(score) || score < 0 || score > 100) throw refuse();
    return score;
  };
  std::vector<cohort::YearScores> out;
  cohort::YearScores entry;
  std::string entry_key;  // the key being read in the current entry
  auto read = [&](int depth, nlohmann::json::parse_event_t event, nlohmann::json& parsed) {
    using Event = nlohmann::json::parse_event_t;
    bool opens = event == Event::object_start || event == Event::array_start;
    bool kept = one_of(entry_key, entry_keys);
    bool in_themes = entry_key == "themes";
    // The shape autodiag writes: entries are objects, `overall` an object,
    // `themes` an array of objects, and nothing opens deeper than a theme's
    // own objects.
    bool expected = depth == 0 || (depth == 1 && (event == Event::object_start || event == Event::object_end)) ||
                    (depth == 2 && (!opens || !kept || (entry_key == "overall" && event == Event::object_start) ||
                                    (in_themes && event == Event::array_start))) ||
                    (depth == 3 && (in_themes ? event == Event::object_start || event == Event::object_end
                                              : !opens || !kept)) ||
                    depth == 4 || (depth > 4 && !opens);
    if (!expected) throw refuse();
    if (event == Event::key) {
      std::string key = parsed.get<std::string>();
      if (depth != 2) return one_of(key, score_keys);
      entry_key = key;
      return one_of(key, entry_keys);
    }
    if (event != Event::object_end) return true;
    if (depth == 3 && entry_key == "themes") {
      std::string id = parsed.at("id").get<std::string>();
      std::optional<double> score = score_of(parsed);
      if (score && q.find_theme(id)) entry.themes[id] = *score;
      return false;
    }
    if (depth != 1) return true;
    if (include_in_progress || parsed.at("status").get<std::string>() == "complete") {
      entry.key = model::organisation_key(parsed.at("organisation").get<std::string>());
      entry.overall = score_of(parsed.at("overall"));
      if (!parsed.at("themes").is_array()) throw refuse();
      out.push_back(std::move(entry));
    }
    entry = {};
    entry_key.clear();
    return false;
  };
  try {
    if (!nlohmann::json::parse(read_input(path), read).is_array()) throw refuse();
  } catch (const nlohmann::json::exception&) {
    throw refuse();
  }
  return out;
}

std::vector<cohort::YearScores> from_responses(const std::string& dir, const model::Questionnaire& q,
                                               bool include_in_progress) {
  InputWalker walker({dir}, "");
  ScoreSettings settings{&q, false, false, Platform::automatic};
  std::vector<cohort::YearScores> out;
  while (std::optional<Input> input = walker.next()) {
    for (const ScoredRow& row : score_input(*input, settings).rows) {
      if (!include_in_progress && row.status != model::Status::complete) continue;
      cohort::YearScores scores{row.organisation_key, row.overall, {}};
      for (size_t t = 0; t < row.themes.size(); ++t) {
        if (row.themes[t]) scores.themes[q.themes[t].id] = *row.themes[t];
      }
      out.push_back(std::move(scores));
    }
  }
  return out;
}

}  // namespace

std::vector<cohort::YearScores> read_previous(const std::string& dir, const model::Questionnaire& questionnaire,
                                              bool include_in_progress) {
  std::error_code ec;
  if (!fs::exists(dir, ec)) {
    throw Failure(exit_code::no_input, msg("--previous : {0} introuvable", "--previous: {0} not found", dir));
  }
  std::string scores = (fs::path(dir) / "scores.json").string();
  if (fs::is_regular_file(scores, ec)) return from_scores_json(scores, questionnaire, include_in_progress);
  return from_responses(dir, questionnaire, include_in_progress);
}

}  // namespace autodiag::batch
