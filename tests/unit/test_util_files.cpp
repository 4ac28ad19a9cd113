// util/files.h: write_atomically and read_input.

#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include "test_helpers.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>

using namespace autodiag;
using autodiag::test::TempDir;
namespace fs = std::filesystem;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// Runs `f`, which must throw Failure; returns it.
template <typename F>
Failure failure_of(F&& f) {
  try {
    f();
  } catch (const Failure& failure) {
    return failure;
  }
  FAIL("no Failure thrown");
  return Failure(0, {});
}

}  // namespace

TEST_CASE("write_atomically: writes the content to a new file") {
  TempDir dir;
  std::string content = "format: autodiag-response/1\nété: \"🌞\"\n";
  content += std::string(1, '\0') + "binary tail";
  write_atomically(dir.file("out.yaml"), content);
  CHECK(slurp(dir.file("out.yaml")) == content);
  CHECK(dir.entries() == std::set<std::string>{"out.yaml"});
}

TEST_CASE("write_atomically: replaces an existing file, longer or shorter") {
  TempDir dir;
  std::string path = dir.file("response.yaml");
  write_atomically(path, std::string(10'000, 'x'));
  write_atomically(path, "short\n");
  CHECK(slurp(path) == "short\n");
  write_atomically(path, "");
  CHECK(slurp(path) == "");
  CHECK(fs::file_size(path) == 0);
  CHECK(dir.entries() == std::set<std::string>{"response.yaml"});
}

TEST_CASE("write_atomically: a large content, and a relative path") {
  TempDir dir;
  std::string content;
  for (int i = 0; i < 200'000; ++i) content += "line " + std::to_string(i) + "\n";
  fs::path previous = fs::current_path();
  fs::current_path(dir.path());
  write_atomically("relative.yaml", content);
  fs::current_path(previous);
  CHECK(slurp(dir.file("relative.yaml")) == content);
  CHECK(dir.entries() == std::set<std::string>{"relative.yaml"});
}

TEST_CASE("write_atomically: the new file gets the usual permissions, not 0600") {
  TempDir dir;
  mode_t previous = ::umask(022);
  write_atomically(dir.file("plan.md"), "# Plan\n");
  ::umask(previous);
  struct stat info {};
  REQUIRE(::stat(dir.file("plan.md").c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0644);
}

TEST_CASE("write_atomically: fails with exit code 73 when the directory does not exist") {
  TempDir dir;
  std::string path = dir.file("missing/out.yaml");
  Failure failure = failure_of([&] { write_atomically(path, "x"); });
  CHECK(failure.exit_code() == exit_code::cannot_write);
  CHECK(failure.exit_code() == 73);
  CHECK(failure.message().en == "cannot write " + path + ": the folder '" + dir.file("missing") + "' does not exist");
  CHECK(failure.message().fr == "impossible d'écrire " + path + " : le dossier « " + dir.file("missing") + " » n'existe pas");
  CHECK(dir.entries().empty());
}

TEST_CASE("write_atomically: fails with exit code 73 when the directory is a file") {
  TempDir dir;
  write_atomically(dir.file("file"), "x");
  std::string path = dir.file("file/out.yaml");
  Failure failure = failure_of([&] { write_atomically(path, "x"); });
  CHECK(failure.exit_code() == 73);
  CHECK(failure.message().en == "cannot write " + path + ": part of the path is not a folder");
  CHECK(dir.entries() == std::set<std::string>{"file"});
}

TEST_CASE("write_atomically: fails with exit code 73 on a read-only directory") {
  TempDir dir;
  write_atomically(dir.file("response.yaml"), "old\n");
  fs::permissions(dir.path(), fs::perms::owner_read | fs::perms::owner_exec | fs::perms::group_read |
                                  fs::perms::group_exec | fs::perms::others_read | fs::perms::others_exec);
  std::string path = dir.file("response.yaml");
  // The folder is what refuses a new file: it is named, with a way out.
  std::string expected = "cannot write " + path + ": access denied: you are not allowed to write in the folder '" +
                         dir.path().string() + "' (choose another one with -o, for example in your home folder)";
  if (::geteuid() != 0) {
    Failure failure = failure_of([&] { write_atomically(path, "new\n"); });
    CHECK(failure.exit_code() == 73);
    CHECK(failure.message().en == expected);
  } else {
    // root writes anywhere: try as the user nobody, in a child process.
    pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
      int code = 1;
      if (::setgid(65534) == 0 && ::setuid(65534) == 0) {
        try {
          write_atomically(path, "new\n");
          code = 2;
        } catch (const Failure& failure) {
          code = failure.exit_code() == 73 && failure.message().en == expected ? 0 : 3;
        }
      }
      ::_exit(code);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    CHECK(WEXITSTATUS(status) == 0);
  }
  CHECK(slurp(path) == "old\n");
  CHECK(dir.entries() == std::set<std::string>{"response.yaml"});
}

TEST_CASE("write_atomically: a failed rename leaves the target and the directory as they were") {
  TempDir dir;
  fs::create_directory(dir.path() / "target");
  write_atomically(dir.file("target/inside"), "keep\n");
  std::string path = dir.file("target");
  Failure failure = failure_of([&] { write_atomically(path, "x"); });
  CHECK(failure.exit_code() == 73);
  CHECK(failure.message().en == "cannot write " + path + ": it is a folder, not a file");
  CHECK(dir.entries() == std::set<std::string>{"target"});
  CHECK(slurp(dir.file("target/inside")) == "keep\n");
}

TEST_CASE("write_atomically: - writes to standard output") {
  std::ostringstream captured;
  std::streambuf* previous = std::cout.rdbuf(captured.rdbuf());
  write_atomically("-", "to stdout\n");
  std::cout.rdbuf(previous);
  CHECK(captured.str() == "to stdout\n");
}

TEST_CASE("read_input: reads a file byte for byte, refuses directories and missing files with 66") {
  TempDir dir;
  std::string content("a\0b\r\n\xff", 6);
  write_atomically(dir.file("in"), content);
  CHECK(read_input(dir.file("in")) == content);

  Failure missing = failure_of([&] { read_input(dir.file("nope")); });
  CHECK(missing.exit_code() == exit_code::no_input);
  CHECK(missing.exit_code() == 66);
  CHECK(missing.message().en == "cannot read " + dir.file("nope") + ": the file does not exist (check its name and the folder you are in)");

  Failure directory = failure_of([&] { read_input(dir.path().string()); });
  CHECK(directory.exit_code() == 66);
  CHECK(directory.message().en == dir.path().string() + " is a directory, not a file");
  CHECK(directory.message().fr == dir.path().string() + " est un dossier, pas un fichier");
}

TEST_CASE("write_atomically: a replaced file keeps its permissions") {
  TempDir dir;
  std::string path = dir.file("private.yaml");
  write_atomically(path, "old");
  fs::permissions(path, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
  write_atomically(path, "new");
  CHECK(slurp(path) == "new");
  CHECK(fs::status(path).permissions() == (fs::perms::owner_read | fs::perms::owner_write));
}

TEST_CASE("write_atomically: through a symbolic link, the file it points to is replaced and the link kept") {
  TempDir dir;
  std::string real = dir.file("real.yaml");
  std::string link = dir.file("link.yaml");
  write_atomically(real, "old");
  fs::create_symlink(real, link);
  write_atomically(link, "new");
  CHECK(fs::is_symlink(link));
  CHECK(slurp(real) == "new");
  CHECK(dir.entries() == std::set<std::string>{"link.yaml", "real.yaml"});
}

TEST_CASE("read_input: an endless input is refused at the size limit with 65, not read forever") {
  Failure failure = failure_of([] { read_input("/dev/zero"); });
  CHECK(failure.exit_code() == 65);
  CHECK(failure.message().en == "/dev/zero is too large (more than 64 MiB)");
}
