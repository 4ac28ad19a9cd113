#pragma once

#include "consolidate/consolidate.h"
#include "util/i18n.h"

#include <string>
#include <vector>

namespace autodiag::consolidate {

// "Salariés", "Autres"; with --names, "Salariés — Claire".
std::string bucket_label(const Bucket& bucket, Lang lang);

// A comment or a free-text answer with the bucket of its author ("" when
// all are in one bucket, without --names).
struct BucketText {
  size_t bucket = 0;
  std::string who;
  std::string text;
};

// The comments on question `index`, bucket by bucket; within a bucket they
// are sorted by text (with --names, by name), so that the order in which the
// files were given tells nothing about who wrote what.
std::vector<BucketText> comments_on(const Consolidation& c, size_t index, Lang lang);

// The free-text answers to question `index`, in the same order.
std::vector<BucketText> texts_of(const Consolidation& c, size_t index, Lang lang);

// The comments on question `index` as one text for the consolidated
// response: "Salariés : … / Autres : …" (without the labels when everyone
// is in one bucket); "" when there is none.
std::string joined_comments(const Consolidation& c, size_t index, Lang lang);

}  // namespace autodiag::consolidate
