#include "model/response.h"

#include <algorithm>

namespace autodiag::model {

namespace {

template <typename Pairs>
auto find_entry(Pairs& pairs, std::string_view id) {
  return std::find_if(pairs.begin(), pairs.end(), [&](const auto& p) { return p.first == id; });
}

}  // namespace

const RawValue* Response::find_value(std::string_view id) const {
  if (auto it = find_entry(profile, id); it != profile.end()) return &it->second;
  if (auto it = find_entry(answers, id); it != answers.end()) return &it->second;
  return nullptr;
}

void Response::set_value(const std::string& id, bool is_profile, RawValue value) {
  auto& pairs = is_profile ? profile : answers;
  if (auto it = find_entry(pairs, id); it != pairs.end()) {
    it->second = std::move(value);
  } else {
    pairs.emplace_back(id, std::move(value));
  }
}

void Response::erase_value(std::string_view id) {
  for (auto* pairs : {&profile, &answers}) {
    if (auto it = find_entry(*pairs, id); it != pairs->end()) pairs->erase(it);
  }
}

const std::string* Response::find_comment(std::string_view id) const {
  auto it = find_entry(comments, id);
  return it == comments.end() ? nullptr : &it->second;
}

void Response::set_comment(const std::string& id, std::string text) {
  if (auto it = find_entry(comments, id); it != comments.end()) {
    if (text.empty()) {
      comment_marks.erase(comment_marks.begin() + (it - comments.begin()));
      comments.erase(it);
    } else {
      it->second = std::move(text);
    }
  } else if (!text.empty()) {
    comments.emplace_back(id, std::move(text));
    comment_marks.push_back({});
  }
}

bool Response::is_not_addressed(std::string_view theme) const {
  return std::find(not_addressed.begin(), not_addressed.end(), theme) != not_addressed.end();
}

const Target* Response::find_target(std::string_view theme) const {
  auto it = std::find_if(targets.begin(), targets.end(), [&](const Target& t) { return t.theme == theme; });
  return it == targets.end() ? nullptr : &*it;
}

std::string_view status_name(Status status) {
  return status == Status::complete ? "complete" : "in_progress";
}

}  // namespace autodiag::model
