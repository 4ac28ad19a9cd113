#include "batch/csv_table.h"

#include <doctest/doctest.h>

using autodiag::Diagnostics;
using autodiag::Lang;
using autodiag::batch::parse_csv;

TEST_SUITE("batch::parse_csv") {
  TEST_CASE("comma file with quotes, doubled quotes and line breaks inside a quoted field") {
    Diagnostics d("f.csv");
    auto table = parse_csv("name,remarks\r\n\"A, B\",\"line one\r\nline \"\"two\"\"\"\r\nC,\r\n", d);
    REQUIRE(table);
    CHECK(table->separator == ',');
    CHECK(table->header == std::vector<std::string>{"name", "remarks"});
    REQUIRE(table->records.size() == 2);
    CHECK(table->records[0].row == 2);
    CHECK(table->records[0].fields == std::vector<std::string>{"A, B", "line one\r\nline \"two\""});
    // The quoted line break does not shift the spreadsheet row of the next record.
    CHECK(table->records[1].row == 3);
    CHECK(table->records[1].fields == std::vector<std::string>{"C", ""});
    CHECK(d.items().empty());
  }

  TEST_CASE("semicolon detected from the header, byte order mark dropped, blank rows skipped") {
    Diagnostics d("f.csv");
    auto table = parse_csv("\xEF\xBB\xBFnom;taux\n;\nA;35,5\n", d);
    REQUIRE(table);
    CHECK(table->separator == ';');
    CHECK(table->header == std::vector<std::string>{"nom", "taux"});
    REQUIRE(table->records.size() == 1);
    CHECK(table->records[0].row == 3);
    CHECK(table->records[0].fields == std::vector<std::string>{"A", "35,5"});
  }

  TEST_CASE("a semicolon inside a quoted header cell does not count") {
    Diagnostics d("f.csv");
    auto table = parse_csv("\"a;b;c\",d\n1,2", d);
    REQUIRE(table);
    CHECK(table->separator == ',');
    CHECK(table->records[0].fields == std::vector<std::string>{"1", "2"});
  }

  TEST_CASE("an unclosed quote is reported at its row and column; earlier rows are kept") {
    Diagnostics d("f.csv");
    auto table = parse_csv("a,b\n1,2\n3,\"never closed\n4,5\n", d);
    REQUIRE(table);
    REQUIRE(table->records.size() == 1);
    REQUIRE(d.items().size() == 1);
    CHECK(format_diagnostic(d.items()[0], Lang::en) == "f.csv:3:2: error: quote opened and never closed");
  }

  TEST_CASE("text that is not UTF-8 (a Windows-1252 export) is refused at its cell") {
    Diagnostics d("f.csv");
    auto table = parse_csv("a,b\nok,caf\xE9\n", d);
    REQUIRE(d.items().size() == 1);
    CHECK(format_diagnostic(d.items()[0], Lang::en) == "f.csv:2:2: error: not UTF-8 text: save the file as 'CSV UTF-8'");
    REQUIRE(table);
    CHECK(table->records.empty());
  }

  TEST_CASE("an empty file is an error") {
    Diagnostics d("f.csv");
    CHECK_FALSE(parse_csv("", d));
    CHECK(format_diagnostic(d.items().at(0), Lang::en) == "f.csv:1:1: error: empty CSV file");
  }
}
