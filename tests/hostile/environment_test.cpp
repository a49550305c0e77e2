// The environment around the conversion: escapes and forged lines in messages, plugin
// folders holding what is not a plugin (a FIFO, an ordinary library) or writable by anyone,
// a SOURCE_DATE_EPOCH past 9999, a NUL inside a --files-from name, a stylesheet that is not
// UTF-8, a chapter whose language is no language tag. Each is a clear message and a correct
// result, never a hang, a raw control character on the terminal or an invalid output.
#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "hostile_support.hpp"
#include "output_checks.hpp"

using namespace govtech::hostile;
using govtech::testing::read_file;
using govtech::testing::write_file;

namespace {

const fs::path kFixturePlugins = fs::path(GOVTECH_BINARY_DIR) / "tests/core/fixtures/plugins";

}  // namespace

TEST_CASE("control characters from the input never reach standard error raw") {
  require_formats();
  for (const auto& writer : writers()) {
    INFO(writer);
    TempDir dir;
    // A percent-decoded newline, ESC and BEL in an image's name, which the warning quotes.
    write_file(dir / "in.md",
               interview("markdown", "Escapes", "![x](a%0Aforged:%20error%1B%5B2J%07.png)"));
    auto r = run_bounded(dir, {"in.md", "-t", writer, "-o", "out", "--embed-resources"});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    CHECK(r.err.find_first_of("\x1b\x07") == std::string::npos);
    CHECK(r.err.find("\nforged") == std::string::npos);
    if (writer == "epub" || writer == "html") {  // the writers that look for the file
      CHECK_THAT(r.err, Catch::Contains("a\\x0Aforged: error\\x1B[2J\\x07.png"));
    }
  }
}

TEST_CASE("a plugin folder's FIFO, ordinary library or openness to everyone is not used") {
  require_formats();
  TempDir dir;
  write_file(dir / "in.md", interview("markdown", "Plugins", "Fine."));
  fs::create_directory(dir / "plugins");
  fs::permissions(dir / "plugins", fs::perms::owner_all);
  REQUIRE(::mkfifo((dir / "plugins" / "fifo.so").c_str(), 0600) == 0);
  fs::copy_file(kFixturePlugins / "ordinary.so", dir / "plugins" / "ordinary.so");
  govtech::testing::CliRun run{{"in.md", "-t", "json", "-o", "out", "--plugin-dir", "plugins"},
                               {},
                               {{"GOVTECH_FIXTURE_CONSTRUCTOR_MARK", (dir / "mark").string()}},
                               dir.path().string()};
  run.memory_mib = kMemoryMib;
  run.cpu_seconds = kCpuSeconds;
  // Opening a FIFO for reading waits for a writer, which uses no processor time: CTest's
  // TIMEOUT bounds this run.
  auto r = govtech::testing::run_cli(run);
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("fifo.so") && Catch::Contains("not a regular file"));
  CHECK_THAT(r.err, Catch::Contains("ordinary.so") && Catch::Contains("none of its code ran"));
  CHECK_FALSE(fs::exists(dir / "mark"));  // the library's constructor never ran

  fs::permissions(dir / "plugins", fs::perms::others_write, fs::perm_options::add);
  r = govtech::testing::run_cli(run);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("skipped plugin folder plugins: every user may write to it"));
}

TEST_CASE("SOURCE_DATE_EPOCH past the year 9999 is refused") {
  require_formats();
  TempDir dir;
  write_file(dir / "in.md", interview("markdown", "Dates", "Fine."));
  for (const auto& [epoch, exit_code] :
       std::vector<std::pair<std::string, int>>{{"253402300800", 2}, {"253402300799", 0}}) {
    govtech::testing::CliRun run{{"in.md", "-t", "epub", "-o", "out.epub", "-M", "lang=en"},
                                 {},
                                 {{"SOURCE_DATE_EPOCH", epoch}},
                                 dir.path().string()};
    auto r = govtech::testing::run_cli(run);
    INFO(epoch << ": " << r.err);
    CHECK(r.exit_code == exit_code);
    if (exit_code == 2) CHECK_THAT(r.err, Catch::Contains("after 9999-12-31T23:59:59Z"));
  }
}

TEST_CASE("a NUL inside a newline-separated --files-from name is refused") {
  require_formats();
  TempDir dir;
  write_file(dir / "in.md", interview("markdown", "Lists", "Fine."));
  write_file(dir / "list", std::string("in.md\0.other\n", 13));
  auto r = run_bounded(dir, {"--files-from", "list", "-t", "json", "-O", "out"});
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("list: a name holds a NUL byte") && Catch::Contains("--null"));
  CHECK_FALSE(fs::exists(dir / "out" / "in.json"));
}

TEST_CASE("an EPUB stylesheet that is not UTF-8 is refused") {
  require_formats();
  TempDir dir;
  write_file(dir / "in.md", interview("markdown", "Styles", "Fine."));
  write_file(dir / "style.css", "/* caf\xE9 */ body { margin: 0 }\n");
  auto r = run_bounded(dir, {"in.md", "-t", "epub", "--css", "style.css", "-o", "out.epub"});
  INFO(r.err);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("style.css") && Catch::Contains("not UTF-8"));
  CHECK(files_in(dir.path()) == std::vector<std::string>{"in.md", "style.css"});
}

TEST_CASE("a DocBook chapter whose language is no language tag keeps the book's") {
  require_formats();
  TempDir dir;
  write_file(dir / "a.md", "---\ntitle: A\nlang: en\n---\n\nText.\n");
  write_file(dir / "b.md", "---\ntitle: B\nlang: \"not a tag\"\n---\n\nText.\n");
  auto r = run_bounded(dir, {"a.md", "b.md", "-t", "docbook", "--combine", "-o", "book.xml"});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("'not a tag' is not a language tag"));
  const std::string xml = read_file(dir / "book.xml");
  CHECK(xml.find("not a tag\"") == std::string::npos);
  CHECK(govtech::checks::output_problem("docbook", xml) == std::string());
}

TEST_CASE("--combine -o - refuses a binary format on a terminal") {
  require_formats();
  if (!fs::exists("/usr/bin/script")) return;  // util-linux's script gives the run a terminal
  TempDir dir;
  write_file(dir / "a.md", interview("markdown", "A", "One."));
  govtech::testing::CliRun run{
      {"-qec", std::string("\"") + GOVTECH_CLI + "\" a.md a.md -t epub --combine -o -",
       "/dev/null"},
      {},
      {},
      dir.path().string()};
  run.program = "/usr/bin/script";
  auto r = govtech::testing::run_cli(run);
  INFO(r.out << r.err);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.out + r.err, Catch::Contains("refusing to write binary epub output to a terminal"));
}
