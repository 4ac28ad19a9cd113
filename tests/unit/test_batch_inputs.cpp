#include "batch/inputs.h"

#include "util/files.h"

#include "test_helpers.h"

#include <doctest/doctest.h>

#include <filesystem>

using namespace autodiag;
namespace fs = std::filesystem;

TEST_SUITE("batch::InputWalker") {
  TEST_CASE("folders depth-first, names sorted, hidden entries, other files and the output folder skipped, links given as such") {
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
    fs::create_symlink(dir + "/a-c.yaml", dir + "/b/same.yaml");
    fs::create_symlink(dir + "/b/notes.txt", dir + "/b/notes-link.txt");
    batch::InputWalker walker({dir, dir + "/named.txt", dir + "/none.yaml", dir}, dir + "/b/out");
    std::vector<std::string> found;
    while (auto input = walker.next()) {
      bool csv = input->kind == batch::Input::Kind::csv, link = input->kind == batch::Input::Kind::link;
      found.push_back(input->path.substr(dir.size()) + (csv ? " csv" : link ? " link" : ""));
    }
    // The folder given twice is walked once; named.txt is taken only where it
    // is named (a .txt file in a folder is not a response). Links in a folder
    // are given, to be reported, not followed; one to a .txt file is ignored
    // as the file would be.
    CHECK(found == std::vector<std::string>{"/a/z.yaml", "/a-c.yaml", "/b/link link", "/b/same.yaml link", "/b/x.JSON",
                                            "/b/y.csv csv", "/named.txt"});
    REQUIRE(walker.missing().size() == 1);
    CHECK(walker.missing()[0].file == dir + "/none.yaml");
    CHECK(batch::count_inputs({dir}, dir + "/b/out") == 6);
  }
}

TEST_CASE("batch::InputWalker: a folder or a file named as an argument is taken even through a link") {
  test::TempDir temp("batch-inputs-named-links");
  std::string dir = temp.path().string();
  fs::create_directories(dir + "/real");
  write_atomically(dir + "/real/r.yaml", "x");
  fs::create_directory_symlink(dir + "/real", dir + "/folder-link");
  fs::create_symlink(dir + "/real/r.yaml", dir + "/file-link.yaml");
  batch::InputWalker walker({dir + "/folder-link", dir + "/file-link.yaml"}, "");
  std::vector<std::string> found;
  while (auto input = walker.next()) {
    CHECK(input->kind == batch::Input::Kind::response);
    found.push_back(input->path.substr(dir.size()));
  }
  CHECK(found == std::vector<std::string>{"/file-link.yaml", "/folder-link/r.yaml"});
}
