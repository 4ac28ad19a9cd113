#include "consolidate/comments.h"

#include "model/respondent.h"

#include <algorithm>
#include <tuple>

namespace autodiag::consolidate {

namespace {

template <typename Get>
std::vector<BucketText> collect(const Consolidation& c, Lang lang, Get get) {
  std::vector<BucketText> out;
  for (size_t i = 0; i < c.inputs.size(); ++i) {
    const std::string* text = get(i);
    if (text == nullptr || text->empty()) continue;
    const auto& who = c.inputs[i].response.response.respondent;
    // With everyone in one bucket, its name would tell nothing.
    std::string label = c.buckets.size() > 1 ? bucket_label(c.buckets[c.bucket_of[i]], lang) : "";
    if (c.names && who && !who->name.empty()) label += (label.empty() ? "" : " — ") + who->name;
    out.push_back({c.bucket_of[i], label, *text});
  }
  std::stable_sort(out.begin(), out.end(), [](const BucketText& a, const BucketText& b) {
    return std::tie(a.bucket, a.who, a.text) < std::tie(b.bucket, b.who, b.text);
  });
  return out;
}

}  // namespace

std::string bucket_label(const Bucket& bucket, Lang lang) {
  const model::GroupInfo* info = model::find_group(bucket.id);
  if (info == nullptr) return bucket.id;
  return std::string(tr(lang, info->short_fr, info->short_en));
}

std::vector<BucketText> comments_on(const Consolidation& c, size_t index, Lang lang) {
  const std::string& id = c.questionnaire->question(index).id;
  return collect(c, lang, [&](size_t i) { return c.inputs[i].response.response.find_comment(id); });
}

std::vector<BucketText> texts_of(const Consolidation& c, size_t index, Lang lang) {
  return collect(c, lang, [&](size_t i) -> const std::string* {
    const model::Answer* a = c.answer(i, index);
    return a && a->kind == model::Answer::Kind::text ? &a->text : nullptr;
  });
}

std::string joined_comments(const Consolidation& c, size_t index, Lang lang) {
  std::string out;
  for (const BucketText& t : comments_on(c, index, lang)) {
    out += (out.empty() ? "" : " / ") + (t.who.empty() ? "" : t.who + std::string(tr(lang, " : ", ": "))) + t.text;
  }
  return out;
}

}  // namespace autodiag::consolidate
