#include "batch/ordered_pool.h"

#include <doctest/doctest.h>

#include <chrono>
#include <stdexcept>
#include <thread>

using autodiag::batch::for_each_ordered;

TEST_SUITE("batch::for_each_ordered") {
  TEST_CASE("results are consumed in index order whatever the number of workers") {
    for (unsigned jobs : {1u, 2u, 4u}) {
      std::vector<size_t> seen;
      for_each_ordered<size_t>(
          300, jobs, 8,
          [](size_t i) {
            // Later items finish first now and then.
            if (i % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
            return i * i;
          },
          [&](size_t i, size_t& square) {
            CHECK(square == i * i);
            seen.push_back(i);
          });
      REQUIRE(seen.size() == 300);
      for (size_t i = 0; i < seen.size(); ++i) CHECK(seen[i] == i);
    }
  }

  TEST_CASE("an exception in a worker stops the run and reaches the caller") {
    size_t consumed = 0;
    auto run = [&] {
      for_each_ordered<int>(
          1000, 2, 4,
          [](size_t i) {
            if (i == 10) throw std::runtime_error("broken");
            return 0;
          },
          [&](size_t, int&) { ++consumed; });
    };
    CHECK_THROWS_WITH(run(), "broken");
    CHECK(consumed <= 10);
  }

  TEST_CASE("an exception while consuming stops the workers") {
    auto run = [] {
      for_each_ordered<int>(
          1000, 2, 4, [](size_t) { return 0; },
          [](size_t i, int&) {
            if (i == 5) throw std::runtime_error("cannot write");
          });
    };
    CHECK_THROWS_WITH(run(), "cannot write");
  }

  TEST_CASE("nothing to do") {
    bool called = false;
    for_each_ordered<int>(0, 2, 4, [&](size_t) { called = true; return 0; }, [&](size_t, int&) { called = true; });
    CHECK_FALSE(called);
  }
}
