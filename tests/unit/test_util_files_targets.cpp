// util/files.h: what a write does with what is already at its target (links
// planted in an output folder, devices, FIFOs, a full disk).

#include "util/errors.h"
#include "util/exit_codes.h"
#include "util/files.h"

#include "test_helpers.h"

#include <doctest/doctest.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <functional>
#include <set>
#include <string>

using namespace autodiag;
using autodiag::test::TempDir;
namespace fs = std::filesystem;

namespace {

int exit_code_of(const std::function<void()>& f) {
  try {
    f();
  } catch (const Failure& failure) {
    return failure.exit_code();
  }
  return 0;
}

}  // namespace

TEST_CASE("write_atomically in a folder: a planted link is replaced, the file it points to is untouched") {
  TempDir outside("outside");
  TempDir out("out");
  std::string victim = outside.file("precious.txt");
  write_atomically(victim, "keep me\n");
  fs::create_symlink(victim, out.file("summary.md"));
  write_atomically(Folder::named(out.path().string()), "summary.md", "# Summary\n");
  CHECK(read_input(victim) == "keep me\n");
  CHECK_FALSE(fs::is_symlink(out.file("summary.md")));
  CHECK(read_input(out.file("summary.md")) == "# Summary\n");
  CHECK(out.entries() == std::set<std::string>{"summary.md"});
}

TEST_CASE("OutputFile: a link planted at its name is replaced, never written through") {
  TempDir outside("outside");
  TempDir out("out");
  std::string victim = outside.file("precious.txt");
  write_atomically(victim, "keep me\n");
  fs::create_symlink(victim, out.file("scores.csv"));
  {
    OutputFile file(Folder::named(out.path().string()), "scores.csv");
    file.write("a,b\r\n");
    file.commit();
  }
  CHECK(read_input(victim) == "keep me\n");
  CHECK_FALSE(fs::is_symlink(out.file("scores.csv")));
  CHECK(read_input(out.file("scores.csv")) == "a,b\r\n");
}

TEST_CASE("write_atomically to a named FIFO: written to, not replaced by a file") {
  TempDir dir;
  std::string fifo = dir.file("pipe");
  REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
  // Opened for reading first, without blocking, so that the writer's open
  // returns at once and nothing waits if the FIFO were replaced.
  int reader = ::open(fifo.c_str(), O_RDONLY | O_NONBLOCK);
  REQUIRE(reader >= 0);
  write_atomically(fifo, "through the pipe\n");
  char buffer[64] = {};
  ssize_t got = ::read(reader, buffer, sizeof buffer);
  ::close(reader);
  CHECK(std::string(buffer, got > 0 ? static_cast<size_t>(got) : 0) == "through the pipe\n");
  CHECK(fs::is_fifo(fifo));
  CHECK(dir.entries() == std::set<std::string>{"pipe"});
}

TEST_CASE("write_atomically to a device: /dev/null stays a device, /dev/full fails with 73") {
  write_atomically("/dev/null", "discarded\n");
  CHECK(fs::is_character_file("/dev/null"));
  CHECK(exit_code_of([] { write_atomically("/dev/full", "no room\n"); }) == exit_code::cannot_write);
  CHECK(fs::is_character_file("/dev/full"));
}

TEST_CASE("write_atomically to a named link to a device writes to the device") {
  TempDir dir;
  fs::create_symlink("/dev/full", dir.file("link"));
  CHECK(exit_code_of([&] { write_atomically(dir.file("link"), "x"); }) == exit_code::cannot_write);
  CHECK(fs::is_symlink(dir.file("link")));
  CHECK(dir.entries() == std::set<std::string>{"link"});
}

// A folder swapped for a link *after* autodiag opened it, as someone with
// write access to a shared output folder could do while a batch runs: the
// writes still go to the folder that was opened, never through the link.
TEST_CASE("Folder: a subfolder swapped for a link after it was opened still receives the files") {
  TempDir outside("outside");
  TempDir out("out");
  Folder folder = Folder::named(out.path().string());
  Folder plans = folder.subfolder("plans");
  fs::rename(out / "plans", out / "moved");
  fs::create_directory_symlink(outside.path(), out / "plans");
  write_atomically(plans, "alpha.md", "# Plan\n");
  {
    OutputFile file(plans, "alpha-actions.csv");
    file.write("action\r\n");
    file.commit();
  }
  CHECK(outside.entries().empty());
  CHECK(read_input(out / "moved/alpha.md") == "# Plan\n");
  CHECK(read_input(out / "moved/alpha-actions.csv") == "action\r\n");
  CHECK(fs::is_symlink(out / "plans"));
  CHECK(out.entries() == std::set<std::string>{"moved", "plans"});
}

TEST_CASE("Folder: the output folder itself renamed and replaced by a link after it was opened") {
  TempDir outside("outside");
  TempDir parent("parent");
  Folder folder = Folder::named(parent / "out");
  OutputFile scores(folder, "scores.csv");
  scores.write("a;b\r\n");
  fs::rename(parent / "out", parent / "moved");
  fs::create_directory_symlink(outside.path(), parent / "out");
  Folder plans = folder.subfolder("plans");
  write_atomically(plans, "alpha.md", "# Plan\n");
  scores.commit();
  CHECK(outside.entries().empty());
  CHECK(read_input(parent / "moved/scores.csv") == "a;b\r\n");
  CHECK(read_input(parent / "moved/plans/alpha.md") == "# Plan\n");
}

TEST_CASE("Folder: a subfolder planted as a link, a dangling link or a file is refused with 73 and a French message") {
  TempDir outside("outside");
  TempDir out("out");
  Folder folder = Folder::named(out.path().string());
  fs::create_directory_symlink(outside.path(), out / "plans");
  fs::create_symlink(out / "nowhere", out / "dangling");
  write_atomically(out / "file", "x");
  auto failure = [&](const std::string& name) -> Failure {
    try {
      folder.subfolder(name);
    } catch (const Failure& e) {
      return e;
    }
    FAIL("expected a Failure");
    return Failure(0, msg("", ""));
  };
  Failure link = failure("plans");
  CHECK(link.exit_code() == exit_code::cannot_write);
  CHECK(link.message().fr == "impossible de créer le dossier " + (out / "plans") +
                                 " : c'est un lien symbolique, autodiag n'écrit pas au travers");
  Failure dangling = failure("dangling");
  CHECK(dangling.message().en == "cannot create folder " + (out / "dangling") +
                                     ": it is a symbolic link, which autodiag does not write through");
  Failure file = failure("file");
  CHECK(file.exit_code() == exit_code::cannot_write);
  CHECK(file.message().fr == "impossible de créer le dossier " + (out / "file") + " : ce n'est pas un dossier");
  CHECK(outside.entries().empty());
  CHECK_FALSE(fs::exists(out / "nowhere"));
}
