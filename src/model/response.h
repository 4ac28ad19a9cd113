#pragma once

#include "model/answer.h"
#include "model/diagnostic.h"
#include "model/respondent.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace autodiag::model {

// An answer as written in the file. Its meaning (option id, number, text)
// depends on the question's type, so it is interpreted against the
// questionnaire (see load/response_check.h); keeping the original spelling
// makes reading then writing a response give the same bytes.
struct RawValue {
  bool is_list = false;
  std::string scalar;
  bool quoted = false;  // written in quotes: always a string
  std::vector<std::string> items;
  Mark mark;
};

struct Target {
  std::string theme;
  std::optional<double> one_year;
  std::optional<double> three_years;
  Mark mark;
};

enum class Status { in_progress, complete };

struct Response {
  std::string questionnaire_id;
  std::string questionnaire_version;
  Status status = Status::in_progress;
  // Answered on the short path: the other questions were never put, so they
  // are "not asked", not "unanswered".
  bool short_path = false;
  std::string language;
  std::string created;
  std::string updated;
  std::vector<std::pair<std::string, RawValue>> profile;
  std::vector<std::pair<std::string, RawValue>> answers;
  std::vector<std::string> not_addressed;
  std::vector<std::pair<std::string, std::string>> comments;
  std::vector<Target> targets;
  std::optional<Respondent> respondent;  // one person's answers (several people answer separately)
  std::optional<Consensus> consensus;    // made by `autodiag consolidate` from several responses

  // Where each entry was read, for diagnostics (same order as the vectors).
  std::vector<Mark> not_addressed_marks;
  std::vector<Mark> comment_marks;
  Mark questionnaire_mark;
  Mark status_mark;

  const RawValue* find_value(std::string_view id) const;  // profile or answers
  void set_value(const std::string& id, bool is_profile, RawValue value);
  void erase_value(std::string_view id);
  const std::string* find_comment(std::string_view id) const;
  void set_comment(const std::string& id, std::string text);
  bool is_not_addressed(std::string_view theme) const;
  const Target* find_target(std::string_view theme) const;
};

std::string_view status_name(Status status);

}  // namespace autodiag::model
