#include "consolidate/consolidate.h"

#include "model/profile.h"
#include "model/respondent.h"
#include "util/errors.h"
#include "util/exit_codes.h"

#include <algorithm>
#include <cstdio>
#include <map>

namespace autodiag::consolidate {

namespace {

int major_of(const std::string& version) {
  int major = -1;
  return std::sscanf(version.c_str(), "%d", &major) == 1 ? major : -1;
}

}  // namespace

std::vector<Bucket> make_buckets(const std::vector<std::string>& groups, std::vector<size_t>& bucket_of) {
  std::map<std::string, int> people;
  for (const std::string& g : groups) ++people[g];
  std::vector<std::string> shown;
  int others = 0;
  for (const auto& info : model::respondent_groups()) {
    int n = people[std::string(info.id)];
    if (info.id != "other" && n >= 3) {
      shown.emplace_back(info.id);
    } else {
      others += n;
    }
  }
  // Two people in "others" would be told apart from the whole by subtraction:
  // the smallest shown groups join them until they are three or more.
  while (others > 0 && others < 3 && !shown.empty()) {
    auto smallest = std::min_element(shown.rbegin(), shown.rend(),
                                     [&](const std::string& a, const std::string& b) { return people[a] < people[b]; });
    others += people[*smallest];
    shown.erase(std::next(smallest).base());
  }
  std::vector<Bucket> buckets;
  for (const std::string& g : shown) buckets.push_back({g, people[g]});
  if (others > 0) buckets.push_back({std::string(model::others_bucket), others});
  bucket_of.clear();
  for (const std::string& g : groups) {
    auto it = std::find_if(buckets.begin(), buckets.end(), [&](const Bucket& b) { return b.id == g; });
    bucket_of.push_back(it == buckets.end() ? buckets.size() - 1 : static_cast<size_t>(it - buckets.begin()));
  }
  return buckets;
}

void check_same_questionnaire(const std::vector<std::string>& files, const std::vector<model::Response>& responses) {
  bool same = std::all_of(responses.begin(), responses.end(), [&](const model::Response& r) {
    return r.questionnaire_id == responses.front().questionnaire_id &&
           major_of(r.questionnaire_version) == major_of(responses.front().questionnaire_version);
  });
  if (same) return;
  std::string list;
  for (size_t i = 0; i < files.size(); ++i) {
    list += fmt::format("\n  {}: {} {}", files[i], responses[i].questionnaire_id, responses[i].questionnaire_version);
  }
  throw Failure(exit_code::data_error,
                msg("ces réponses ne portent pas sur le même questionnaire (ou pas sur la même version majeure) : "
                    "impossible de les consolider{}",
                    "these responses are not for the same questionnaire (or not the same major version): they "
                    "cannot be consolidated{}",
                    list));
}

}  // namespace autodiag::consolidate
