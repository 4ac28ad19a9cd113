#include "batch/previous.h"

#include "batch/inputs.h"
#include "batch/scorer.h"
#include "model/profile.h"
#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace autodiag::batch {

namespace {

namespace fs = std::filesystem;

std::vector<cohort::YearScores> from_scores_json(const std::string& path, bool include_in_progress) {
  auto refuse = [&] {
    return Failure(exit_code::data_error,
                   msg("--previous : {0} n'est pas un scores.json écrit par autodiag batch",
                       "--previous: {0} is not a scores.json written by autodiag batch", path));
  };
  nlohmann::json entries = nlohmann::json::parse(read_input(path), nullptr, false);
  if (!entries.is_array()) throw refuse();
  std::vector<cohort::YearScores> out;
  try {
    for (const nlohmann::json& entry : entries) {
      if (!include_in_progress && entry.at("status").get<std::string>() != "complete") continue;
      cohort::YearScores scores;
      scores.key = model::organisation_key(entry.at("organisation").get<std::string>());
      const nlohmann::json& overall = entry.at("overall");
      if (overall.at("scored").get<bool>()) scores.overall = overall.at("score").get<double>();
      for (const nlohmann::json& theme : entry.at("themes")) {
        if (theme.at("scored").get<bool>()) scores.themes[theme.at("id").get<std::string>()] = theme.at("score").get<double>();
      }
      out.push_back(std::move(scores));
    }
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
  if (fs::is_regular_file(scores, ec)) return from_scores_json(scores, include_in_progress);
  return from_responses(dir, questionnaire, include_in_progress);
}

}  // namespace autodiag::batch
