// Dates in responses (`created`, `updated`) and other small holes in what a
// response may hold.

#include "test_helpers.h"

#include "load/timestamp.h"

#include <doctest/doctest.h>

#include <string>

using namespace autodiag;

namespace {

std::string with(const std::string& body) {
  return "format: autodiag-response/1\nquestionnaire: {id: mini, version: 1.0.0}\nstatus: in_progress\n" + body;
}

}  // namespace

TEST_CASE("timestamps: every form YAML allows, naming a real date and time") {
  for (const char* text : {"2026-11-26", "2026-11-26T09:30:00Z", "2026-11-26t09:30:00Z", "2026-11-26 09:30:00",
                           "2026-11-26T09:30:00.123456+01:00", "2026-11-26 09:30:00 -5", "2026-1-2T9:30:00Z",
                           "2024-02-29", "2026-11-26T23:59:60Z"}) {
    INFO(text);
    CHECK(load::is_timestamp(text));
  }
  for (const char* text : {"abcd-ef-ghTij:kl:mn <img>", "2026-02-29", "2026-13-01", "2026-00-10", "2026-11-31",
                           "2026-11-26T24:00:00Z", "2026-11-26T09:60:00Z", "2026-11-26T09:30", "26/11/2026",
                           "2026-11-26T09:30:00Zjunk", "2026-11-26T09:30:00+25:00", "", "20261126", "2026-11-26t09:30:00z",
                           "2026-11-26T09:30:00+0100"}) {
    INFO(text);
    CHECK_FALSE(load::is_timestamp(text));
  }
}

TEST_CASE("timestamps: a date that only has the shape of one is an error, shown inert") {
  CHECK(test::response_diagnostics(with("updated: \"abcd-ef-ghTij:kl:mn <img>\"\n")) ==
        "4:10: error: invalid timestamp 'abcd-ef-ghTij:kl:mn <img>' (expected 2026-11-26T09:30:00Z)");
  CHECK(test::response_diagnostics(with("created: 2026-11-26 09:30:00 +01:00\nupdated: 2026-11-27\n")) == "");
}

TEST_CASE("not_addressed: a theme given twice is an error, once per theme however many copies") {
  std::string many = "not_addressed:\n";
  for (int i = 0; i < 200'000; ++i) many += "  - governance\n";
  CHECK(test::response_diagnostics(with(many)) == "6:5: error: theme 'governance' given twice in not_addressed");
}

TEST_CASE("a file that is not a response gets one error that quotes nothing of it") {
  std::string shadow = "root: \"$6$s3cr3t$hash:19000:0:99999:7:::\"\ndaemon: \"*:19000:0:99999:7:::\"\n";
  CHECK(test::response_diagnostics(shadow) ==
        "1:1: error: this file is not an autodiag response (it needs a 'format: autodiag-response/1' key)");
  CHECK(test::response_diagnostics("format: [s3cr3t]\nx: y\n", Lang::fr) ==
        "1:1: error: ce fichier n'est pas une réponse autodiag (il faut une clé « format: autodiag-response/1 »)");
}
