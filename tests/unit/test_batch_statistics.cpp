#include "batch/statistics.h"

#include <doctest/doctest.h>

using autodiag::batch::Distribution;

TEST_SUITE("batch::Distribution") {
  TEST_CASE("quartiles interpolate between ranks like QUARTILE.INC") {
    Distribution d;
    for (double v : {40.0, 10.0, 30.0, 20.0}) d.add(v);
    CHECK(d.count() == 4);
    CHECK(d.mean() == doctest::Approx(25));
    CHECK(d.min() == 10);
    CHECK(d.max() == 40);
    CHECK(d.quantile(0.25) == doctest::Approx(17.5));
    CHECK(d.quantile(0.5) == doctest::Approx(25));
    CHECK(d.quantile(0.75) == doctest::Approx(32.5));
  }

  TEST_CASE("repeated values are counted, not stored") {
    Distribution d;
    for (int i = 0; i < 1000; ++i) d.add(i % 2 == 0 ? 50.0 : 100.0);
    d.add(0);
    CHECK(d.count() == 1001);
    CHECK(d.quantile(0.5) == 50);
    CHECK(d.quantile(0.75) == 100);
    CHECK(d.quantile(0) == 0);
    CHECK(d.quantile(1) == 100);
  }

  TEST_CASE("one value") {
    Distribution d;
    d.add(42);
    CHECK(d.quantile(0.25) == 42);
    CHECK(d.quantile(0.75) == 42);
  }
}
