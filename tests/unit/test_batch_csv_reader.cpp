#include "batch/csv_reader.h"

#include <doctest/doctest.h>

#include <sstream>

using autodiag::Lang;
using autodiag::batch::CsvLimits;
using autodiag::batch::CsvReader;
using autodiag::batch::CsvRecord;

namespace {

std::vector<CsvRecord> read_all(const std::string& text, CsvLimits limits = {}, char* separator = nullptr) {
  std::istringstream in(text);
  CsvReader reader(in, limits);
  if (separator) *separator = reader.separator();
  std::vector<CsvRecord> records;
  while (auto record = reader.next()) records.push_back(std::move(*record));
  return records;
}

std::string problem(const CsvRecord& record) {
  REQUIRE(record.problem);
  return std::to_string(record.problem->mark.line) + ":" + std::to_string(record.problem->mark.column) + " " +
         record.problem->message.in(Lang::fr);
}

}  // namespace

TEST_SUITE("batch::CsvReader") {
  TEST_CASE("comma file with quotes, doubled quotes and line breaks inside a quoted field") {
    char separator = 0;
    auto records = read_all("name,remarks\r\n\"A, B\",\"line one\r\nline \"\"two\"\"\"\r\nC,\r\n", {}, &separator);
    CHECK(separator == ',');
    REQUIRE(records.size() == 3);
    CHECK(records[0].fields == std::vector<std::string>{"name", "remarks"});
    CHECK(records[1].row == 2);
    CHECK(records[1].fields == std::vector<std::string>{"A, B", "line one\r\nline \"two\""});
    // The quoted line break does not shift the spreadsheet row of the next record.
    CHECK(records[2].row == 3);
    CHECK(records[2].fields == std::vector<std::string>{"C", ""});
  }

  TEST_CASE("semicolon or tab detected from the first line, byte order mark dropped, blank rows kept as blank") {
    char separator = 0;
    auto records = read_all("\xEF\xBB\xBFnom;taux\n;\nA;35,5\n", {}, &separator);
    CHECK(separator == ';');
    REQUIRE(records.size() == 3);
    CHECK(records[0].fields == std::vector<std::string>{"nom", "taux"});
    CHECK(records[1].blank());
    CHECK(records[2].fields == std::vector<std::string>{"A", "35,5"});
    read_all("a\tb,c\tc\n1\t2\n", {}, &separator);
    CHECK(separator == '\t');
  }

  TEST_CASE("a semicolon inside a quoted header cell does not count") {
    char separator = 0;
    auto records = read_all("\"a;b;c\",d\n1,2", {}, &separator);
    CHECK(separator == ',');
    CHECK(records.at(1).fields == std::vector<std::string>{"1", "2"});
  }

  TEST_CASE("hostile cells are text: formulas, quotes, line breaks and separators stay as written") {
    auto records = read_all("a;b;c;d\n=HYPERLINK(\"x\");\"say \"\"hi\"\"\";\"two\nlines\";\"x;y\"\n");
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields == std::vector<std::string>{"=HYPERLINK(\"x\")", "say \"hi\"", "two\nlines", "x;y"});
  }

  TEST_CASE("an unclosed quote is reported at its row and column; earlier rows are kept") {
    auto records = read_all("a,b\n1,2\n3,\"never closed\n4,5\n");
    REQUIRE(records.size() == 3);
    CHECK(records[1].fields == std::vector<std::string>{"1", "2"});
    CHECK(problem(records[2]) == "3:2 guillemet ouvert jamais refermé");
    CHECK(records[2].fields.empty());
  }

  TEST_CASE("text that is not UTF-8 (a Windows-1252 export) makes its row unreadable, not the next ones") {
    auto records = read_all("a,b\nok,caf\xE9\nok,caf\xC3\xA9\n");
    REQUIRE(records.size() == 3);
    CHECK(problem(records[1]) == "2:2 ce n'est pas du texte UTF-8 : enregistrez le fichier au format « CSV UTF-8 »");
    CHECK(records[2].fields == std::vector<std::string>{"ok", "café"});
  }

  TEST_CASE("a cell over the size limit or a row over the column limit is skipped; reading goes on") {
    CsvLimits limits{8, 3};
    auto records = read_all("a,b,c\n123456789,x\n\"1234\n56789\",y\n1,2,3,4,5\n12345678,z\n", limits);
    REQUIRE(records.size() == 5);
    CHECK(problem(records[1]) == "2:1 cellule trop longue (plus de 8 octets) : ligne ignorée");
    CHECK(problem(records[2]) == "3:1 cellule trop longue (plus de 8 octets) : ligne ignorée");
    CHECK(problem(records[3]) == "4:4 trop de colonnes (plus de 3) : ligne ignorée");
    CHECK(records[4].row == 5);
    CHECK(records[4].fields == std::vector<std::string>{"12345678", "z"});
    CHECK(records[3].problem->message.en == "too many columns (more than 3): row skipped");
  }

  TEST_CASE("records longer than the read buffer are read whole") {
    std::string big(200000, 'x');
    auto records = read_all("a,b\n\"" + big + "\",1\n", CsvLimits{size_t{1} << 20, 1000});
    REQUIRE(records.size() == 2);
    CHECK(records[1].fields == std::vector<std::string>{big, "1"});
  }

  TEST_CASE("an empty input has no record") { CHECK(read_all("").empty()); }
}
