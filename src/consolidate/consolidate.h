#pragma once

#include "consolidate/agreement.h"
#include "load/checked_response.h"
#include "model/questionnaire.h"
#include "util/i18n.h"

#include <optional>
#include <string>
#include <vector>

namespace autodiag::consolidate {

// One person's response, as read and checked against the questionnaire.
struct Input {
  std::string file;  // as given on the command line
  load::CheckedResponse response;
};

struct Options {
  bool names = false;     // show respondents' names and list the source files
  std::string now;        // `created` and `updated` of the consolidated response
  Lang lang = Lang::fr;   // of the group labels in comments; written as `language`
};

// Where one person stands on one question.
enum class Position {
  answered,
  not_applicable,
  skipped,    // shown to them, left unanswered
  not_asked,  // hidden by their profile, or its theme left aside by them
};

// A column of the worksheet: one group of respondents, or "others".
struct Bucket {
  std::string id;
  int people = 0;
};

struct QuestionView {
  const model::Question* question = nullptr;
  const model::Theme* theme = nullptr;  // nullptr for a profile field
  std::vector<Position> positions;      // one per input
  Agreement agreement;
  bool divergent = false;
  bool shown = false;                   // put to the organisation in the consolidated response
  std::optional<model::Answer> retained;

  int count(Position position) const;
  // Shown in the consolidated response, but not put to some respondents, or
  // put to some but not in the consolidated response.
  bool asked_to_some() const;
};

struct Consolidation {
  const model::Questionnaire* questionnaire = nullptr;
  std::vector<Input> inputs;
  std::vector<Bucket> buckets;
  std::vector<size_t> bucket_of;        // per input, an index into buckets
  std::vector<QuestionView> questions;  // indexed like Questionnaire::question()
  load::CheckedResponse result;         // the consolidated response
  bool names = false;

  // The answer of input `i` to question `index`, when it counts (shown to
  // them and answered, "not applicable" included).
  const model::Answer* answer(size_t input, size_t index) const;
};

// The groups of the inputs, in order, turned into the buckets that may be
// shown (docs/consolidate.md, anonymity): every group of at least three
// people has its own bucket; the others, and the `other` group, share the
// "others" bucket, which takes in the smallest shown groups until it has at
// least three people too. Fills `bucket_of` (one index per input).
std::vector<Bucket> make_buckets(const std::vector<std::string>& groups, std::vector<size_t>& bucket_of);

// How many people answered in each group, in the groups' order (groups with
// nobody left out). Who took part is no secret; what each one answered is.
std::vector<std::pair<std::string, int>> composition(const Consolidation& consolidation);

// Refuses (Failure 65) responses made for different questionnaires or major
// versions, before each is checked against the questionnaire.
void check_same_questionnaire(const std::vector<std::string>& files, const std::vector<model::Response>& responses);

// Consolidates checked responses (docs/consolidate.md). Throws Failure(65)
// when they are not all for the same organisation, or when one of them is
// itself consolidated.
Consolidation consolidate(const model::Questionnaire& questionnaire, std::vector<Input> inputs, const Options& options);

}  // namespace autodiag::consolidate
