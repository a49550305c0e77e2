// Outputs that are not plain files beside the input: a descriptor of the process named as a
// path (/dev/stdout, /dev/fd/N, /proc/self/fd/N) while it holds a regular file, a FIFO no
// process reads, a name too long for the temporary's additions, and an output whose mode the
// user chose. Before, a temporary was renamed over the /dev/stdout link (as root: the link
// itself replaced), the FIFO blocked forever, a 243-255-byte name failed, and a 0600 output
// came back 0644.
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "hostile_support.hpp"

using namespace govtech::hostile;
using govtech::testing::read_file;
using govtech::testing::write_file;

namespace {

// Runs the CLI under /bin/sh with standard output appended to `file` in `dir`.
CliResult run_into(const TempDir& dir, const std::string& output, const std::string& file) {
  govtech::testing::CliRun run{{"-c", "exec \"$0\" in.md -t html --fragment -q -o \"$1\" >> \"$2\"",
                                GOVTECH_CLI, output, file},
                               {},
                               {},
                               dir.path().string()};
  run.program = "/bin/sh";
  run.memory_mib = kMemoryMib;
  run.cpu_seconds = kCpuSeconds;
  return govtech::testing::run_cli(run);
}

bool is_symlink(const char* path) {
  struct stat info {};
  return ::lstat(path, &info) == 0 && S_ISLNK(info.st_mode);
}

}  // namespace

TEST_CASE("a path naming one of the process's descriptors is written through it, in place") {
  require_formats();
  const bool stdout_link = is_symlink("/dev/stdout");
  for (const std::string target : {"/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"}) {
    if (target == "/dev/stdout" && !stdout_link) continue;
    INFO(target);
    TempDir dir;
    write_file(dir / "in.md", interview("markdown", "Descriptors", "Written in place."));
    write_file(dir / "log.txt", "EARLIER LINE\n");
    auto r = run_into(dir, target, "log.txt");
    INFO(r.err);
    CHECK(r.exit_code == 0);
    const std::string log = read_file(dir / "log.txt");
    CHECK_THAT(log, Catch::StartsWith("EARLIER LINE\n"));  // appended, not truncated
    CHECK_THAT(log, Catch::Contains("Written in place."));
    CHECK(files_in(dir.path()) == std::vector<std::string>{"in.md", "log.txt"});
  }
  if (stdout_link) CHECK(is_symlink("/dev/stdout"));
  struct stat dev {};
  REQUIRE(::stat("/dev", &dev) == 0);
  for (const auto& e : fs::directory_iterator("/dev")) {
    CHECK_THAT(e.path().filename().string(), !Catch::EndsWith(".part"));
  }
}

TEST_CASE("a FIFO that no process reads is an error, not a wait without end") {
  require_formats();
  TempDir dir;
  write_file(dir / "in.md", interview("markdown", "FIFO", "Nobody reads."));
  REQUIRE(::mkfifo((dir / "out.fifo").c_str(), 0600) == 0);
  // A blocked process uses no processor time: CTest's TIMEOUT is this case's bound.
  for (const auto& writer : writers()) {
    auto r = run_bounded(dir, {"in.md", "-t", writer, "-o", "out.fifo"});
    INFO(writer << ": " << r.err);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("out.fifo") && Catch::Contains("no process is reading"));
  }
  CHECK(files_in(dir.path()) == std::vector<std::string>{"in.md", "out.fifo"});
}

TEST_CASE("an output name near the limit converts, through a short temporary name") {
  require_formats();
  for (const auto& writer : writers()) {
    INFO(writer);
    TempDir dir;
    write_file(dir / "in.md", interview("markdown", "Long names", "Fine."));
    const std::string name = std::string(250, 'n') + "." + writer.substr(0, 4);
    auto r = run_bounded(dir, {"in.md", "-t", writer, "-o", name});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(files_in(dir.path()) == std::vector<std::string>{"in.md", name});
  }
}

TEST_CASE("a replaced output keeps its mode") {
  require_formats();
  for (const auto& writer : writers()) {
    INFO(writer);
    TempDir dir;
    write_file(dir / "in.md", interview("markdown", "Modes", "Private."));
    write_file(dir / "out", "old");
    fs::permissions(dir / "out", fs::perms::owner_read | fs::perms::owner_write);
    auto r = run_bounded(dir, {"in.md", "-t", writer, "-o", "out"});
    CHECK(r.exit_code == 0);
    CHECK(read_file(dir / "out") != "old");
    CHECK((fs::status(dir / "out").permissions() & fs::perms::all) ==
          (fs::perms::owner_read | fs::perms::owner_write));
  }
}

TEST_CASE("a regular file in a folder beneath /dev is replaced, not written in place") {
  require_formats();
  char folder[] = "/dev/shm/govtech-test-XXXXXX";
  if (!fs::is_directory("/dev/shm") || ::mkdtemp(folder) == nullptr) return;  // no /dev/shm
  TempDir dir;
  write_file(dir / "in.md", interview("markdown", "Shared memory", "Replaced."));
  const fs::path out = fs::path(folder) / "out.html";
  write_file(out, "old");
  fs::create_hard_link(out, fs::path(folder) / "old.html");
  auto r = run_bounded(dir, {"in.md", "-t", "html", "-o", out.string()});
  CHECK(r.exit_code == 0);
  CHECK_THAT(read_file(out), Catch::Contains("Replaced."));
  CHECK(read_file(fs::path(folder) / "old.html") == "old");  // the old file was not rewritten
  fs::remove_all(folder);
}
