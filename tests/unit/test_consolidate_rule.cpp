// The divergence rule and the anonymity rule of docs/consolidate.md, on
// cases computed by hand.

#include "consolidate/agreement.h"
#include "consolidate/consolidate.h"

#include <doctest/doctest.h>

using namespace autodiag::consolidate;

TEST_CASE("agreement: median, spread and mode share computed by hand") {
  SUBCASE("five answers, two steps apart: divergent by the spread only") {
    // ranks 1 2 2 2 3: sorted, the middle (3rd) is 2; spread 3 − 1 = 2;
    // mode 2 has 3 of 5 = 60 % < 70 %, so weak too.
    Agreement a = agree({2, 1, 3, 2, 2}, 0);
    CHECK(a.answers == 5);
    CHECK(a.median_rank == 2);
    CHECK(a.min_rank == 1);
    CHECK(a.max_rank == 3);
    CHECK(a.spread() == 2);
    CHECK(a.mode_count == 3);
    CHECK(a.wide_spread);
    CHECK(a.weak_mode);
    CHECK(a.divergent());
  }
  SUBCASE("four of five on one answer, one step away: agreed") {
    // 4 of 5 = 80 % ≥ 70 %; spread 1.
    Agreement a = agree({2, 2, 2, 2, 1}, 0);
    CHECK(a.median_rank == 2);
    CHECK(a.spread() == 1);
    CHECK(a.mode_count == 4);
    CHECK_FALSE(a.divergent());
  }
  SUBCASE("two steps apart with a strong mode: divergent by the spread") {
    // 0 3 3 3 3 3 3 3 3 3: 9 of 10 = 90 %, but 3 − 0 = 3 steps.
    Agreement a = agree({0, 3, 3, 3, 3, 3, 3, 3, 3, 3}, 0);
    CHECK(a.mode_count == 9);
    CHECK_FALSE(a.weak_mode);
    CHECK(a.wide_spread);
    CHECK(a.divergent());
  }
  SUBCASE("exactly 70 % on the mode is agreement; 2 of 3 (66.7 %) is not") {
    CHECK_FALSE(agree({1, 1, 1, 1, 1, 1, 1, 2, 2, 2}, 0).divergent());  // 7/10
    Agreement two_thirds = agree({1, 1, 2}, 0);
    CHECK(two_thirds.mode_count == 2);
    CHECK(two_thirds.weak_mode);
    CHECK(two_thirds.median_rank == 1);
  }
  SUBCASE("an even count takes the lower of the two middle answers") {
    // 0 1 2 3 → middle 1 and 2 → 1.
    CHECK(agree({3, 0, 2, 1}, 0).median_rank == 1);
    // 2 2 3 3 → 2, and 2 of 4 = 50 %: divergent.
    Agreement a = agree({3, 2, 3, 2}, 0);
    CHECK(a.median_rank == 2);
    CHECK(a.divergent());
  }
  SUBCASE("not applicable is a category: counted in the mode share, not in the median or spread") {
    // 3 valued (2 2 2) and 2 N/A: 5 answers, mode 3 of 5 = 60 % → weak;
    // median of the valued ones 2; spread 0; N/A is not a majority (2·2 < 5).
    Agreement a = agree({2, 2, 2}, 2);
    CHECK(a.answers == 5);
    CHECK(a.median_rank == 2);
    CHECK(a.spread() == 0);
    CHECK(a.mode_count == 3);
    CHECK(a.weak_mode);
    CHECK_FALSE(a.na_retained);
    // 3 N/A of 4: N/A is the mode (75 %) and is retained.
    Agreement na = agree({1}, 3);
    CHECK(na.mode_count == 3);
    CHECK(na.na_retained);
    CHECK_FALSE(na.divergent());
  }
  SUBCASE("no answer at all: nothing to agree on") {
    Agreement a = agree({}, 0);
    CHECK(a.answers == 0);
    CHECK_FALSE(a.median_rank);
    CHECK_FALSE(a.divergent());
  }
  SUBCASE("one answer agrees with itself") {
    CHECK_FALSE(agree({0}, 0).divergent());
  }
}

namespace {

std::string layout(const std::vector<std::string>& groups) {
  std::vector<size_t> bucket_of;
  std::vector<Bucket> buckets = make_buckets(groups, bucket_of);
  std::string out;
  for (const Bucket& b : buckets) out += (out.empty() ? "" : " ") + b.id + "=" + std::to_string(b.people);
  out += " |";
  for (size_t i : bucket_of) out += " " + std::to_string(i);
  return out;
}

}  // namespace

TEST_CASE("anonymity: groups under three people are counted under others") {
  // Three employees shown; board and management (1 + 1) would leave two
  // "others", whom the whole minus the employees would reveal: the employees
  // join them, and nothing is shown per group.
  CHECK(layout({"management", "board", "employees", "employees", "employees"}) == "others=5 | 0 0 0 0 0");
  // 3 board + 3 employees + 1 management: "others" would hold one person; the
  // smallest shown group (a tie: the later one, employees) joins it.
  CHECK(layout({"board", "board", "board", "employees", "employees", "employees", "management"}) ==
        "board=3 others=4 | 0 0 0 1 1 1 1");
  // 4 employees + 3 volunteers + 3 from other groups: all shown.
  CHECK(layout({"employees", "employees", "employees", "employees", "volunteers", "volunteers", "volunteers", "board",
                "management", "beneficiaries"}) == "employees=4 volunteers=3 others=3 | 0 0 0 0 1 1 1 2 2 2");
  // The `other` group never has a column of its own, even with three people.
  CHECK(layout({"other", "other", "other", "board", "board", "board"}) == "board=3 others=3 | 1 1 1 0 0 0");
  // Two people: one bucket.
  CHECK(layout({"board", "employees"}) == "others=2 | 0 0");
  // Everyone in one group of three or more: one column, named after it.
  CHECK(layout({"employees", "employees", "employees"}) == "employees=3 | 0 0 0");
}
