#include "batch/inputs.h"

#include "util/files.h"

#include "test_helpers.h"

#include <doctest/doctest.h>

#include <filesystem>

using namespace autodiag;
namespace fs = std::filesystem;

TEST_SUITE("batch::InputWalker") {
  TEST_CASE("folders depth-first, names sorted, hidden entries, other files, links and the output folder skipped") {
    test::TempDir temp("batch-inputs");
    std::string dir = temp.path().string();
    fs::create_directories(dir + "/a");
    fs::create_directories(dir + "/b/out");
    fs::create_directories(dir + "/.git");
    for (const char* name : {"a/z.yaml", "a-c.yaml", "b/x.JSON", "b/y.csv", "b/notes.txt", ".x.yaml", ".git/h.yaml",
                             "b/out/scores.json", "named.txt"}) {
      write_atomically(dir + "/" + name, "x");
    }
    fs::create_directory_symlink(dir + "/a", dir + "/b/link");
    batch::InputWalker walker({dir, dir + "/named.txt", dir + "/none.yaml", dir}, dir + "/b/out");
    std::vector<std::string> found;
    while (auto input = walker.next()) {
      found.push_back(input->path.substr(dir.size()) + (input->kind == batch::Input::Kind::csv ? " csv" : ""));
    }
    // The folder given twice is walked once; named.txt is taken only where it
    // is named (a .txt file in a folder is not a response).
    CHECK(found == std::vector<std::string>{"/a/z.yaml", "/a-c.yaml", "/b/x.JSON", "/b/y.csv csv", "/named.txt"});
    REQUIRE(walker.missing().size() == 1);
    CHECK(walker.missing()[0].file == dir + "/none.yaml");
    CHECK(batch::count_inputs({dir}, dir + "/b/out") == 4);
  }
}
