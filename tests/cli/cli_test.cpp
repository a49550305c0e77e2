// The CLI as a user meets it: exit codes, messages, where outputs go, and that a failed
// conversion leaves nothing behind. Uses the fixture plugins (tests/core/fixtures).
#include <catch2/catch.hpp>

#include "cli_runner.hpp"
#include "files.hpp"
#include "govtech/plugin.hpp"

using namespace govtech::testing;

namespace {

const std::string kFixtures = FIXTURE_PLUGIN_DIR;

CliResult run_in(const TempDir& dir, std::vector<std::string> args, std::string input = {}) {
  args.insert(args.begin(), {"--plugin-dir", kFixtures, "-q"});
  return run_cli(CliRun{std::move(args), std::move(input), {}, dir.path().string()});
}

std::vector<std::string> files_in(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

TEST_CASE("help documents usage, examples and exit codes") {
  auto r = run_cli({"--help"});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("Usage: govtech-convert") && Catch::Contains("Exit codes") &&
                        Catch::Contains("-t epub"));
}

TEST_CASE("version names the plugin API version") {
  auto r = run_cli({"--version"});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("plugin API " + std::to_string(GOVTECH_PLUGIN_API_VERSION)));
}

TEST_CASE("usage errors exit 2 with a hint") {
  for (auto args :
       std::vector<std::vector<std::string>>{{},
                                             {"in.txt"},
                                             {"a.txt", "b.txt", "-t", "json", "-o", "x"},
                                             {"-", "-", "-t", "json"},
                                             {"in.txt", "-t", "json", "--no-such-option"},
                                             {"in.txt", "-t", "json", "-M", "novalue"}}) {
    auto r = run_cli(args);
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("govtech-convert --help"));
  }
}

TEST_CASE("an unknown format exits 3 and lists the available ones") {
  TempDir dir;
  write_file(dir / "in.fixture", "x\n");
  auto r = run_in(dir, {"in.fixture", "-t", "nonexistent"});
  CHECK(r.exit_code == 3);
  CHECK_THAT(r.err, Catch::Contains("unknown output format 'nonexistent'") &&
                        Catch::Contains("fixture") && Catch::Contains("json"));
  r = run_in(dir, {"in.fixture", "-f", "nonexistent", "-t", "fixture"});
  CHECK(r.exit_code == 3);
  CHECK_THAT(r.err, Catch::Contains("unknown input format 'nonexistent'"));
}

TEST_CASE("the output goes beside the input, named after it, by default") {
  TempDir dir;
  write_file(dir / "talk.fixture", "one\ntwo\n");
  auto r = run_in(dir, {"talk.fixture", "-t", "fixture", "-M", "title=Hello", "-V", "greeting=hi"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(read_file(dir / "talk.fx.txt") == "Hello|2|hi\n");
}

TEST_CASE("output into a folder with -O, or to standard output with -o -") {
  TempDir dir;
  write_file(dir / "a.fixture", "one\n");
  fs::create_directory(dir / "out");
  auto r = run_in(dir, {"a.fixture", "-t", "fixture", "-O", "out"});
  REQUIRE(r.exit_code == 0);
  CHECK(read_file(dir / "out" / "a.fx.txt") == "|1|\n");
  r = run_in(dir, {"a.fixture", "-t", "fixture", "-o", "-"});
  CHECK(r.exit_code == 0);
  CHECK(r.out == "|1|\n");
  r = run_in(dir, {"a.fixture", "-t", "fixture", "-O", "new/nested"});
  CHECK(r.exit_code == 0);
  CHECK(read_file(dir / "new" / "nested" / "a.fx.txt") == "|1|\n");
}

TEST_CASE("without -t, the extension of -o chooses the writer") {
  TempDir dir;
  write_file(dir / "talk.fixture", "one\ntwo\n");
  auto r = run_in(dir, {"talk.fixture", "-o", "out.json"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(read_file(dir / "out.json"),
             Catch::Contains(R"("schema": "govtech-convert/document")"));
  r = run_in(dir, {"talk.fixture", "-M", "title=Hello", "-o", "talk.FX.TXT"});
  CHECK(r.exit_code == 0);
  CHECK(read_file(dir / "talk.FX.TXT") == "Hello|2|\n");
  // -t still decides when given, whatever the extension.
  r = run_in(dir, {"talk.fixture", "-t", "fixture", "-o", "out.json"});
  CHECK(r.exit_code == 0);
  CHECK(read_file(dir / "out.json") == "|2|\n");
}

TEST_CASE("without -t, an output that names no format is a usage error naming the option") {
  TempDir dir;
  write_file(dir / "talk.fixture", "one\n");
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  for (const Case& c : std::vector<Case>{
           {{"talk.fixture"}, "no output format given: use -t FORMAT, or -o FILE"},
           {{"talk.fixture", "-o", "-"}, "-o - (standard output) has no extension"},
           {{"talk.fixture", "-o", "out"}, "-o 'out' has no extension"},
           {{"talk.fixture", "-o", ".epub"}, "-o '.epub' has no extension"},
           {{"talk.fixture", "-O", "out"}, "no output format given: use -t FORMAT"},
           {{"talk.fixture", "-o", "out.unknown"},
            "no output format claims the extension '.unknown' of -o 'out.unknown': name the "
            "format with -t FORMAT (one of: "},
       }) {
    auto r = run_in(dir, c.args);
    INFO(r.err);
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains(c.message));
  }
  CHECK(files_in(dir.path()) == std::vector<std::string>{"talk.fixture"});
}

TEST_CASE("standard input is read with '-', and its format found by probing") {
  TempDir dir;
  auto r = run_in(dir, {"-", "-t", "fixture"}, "FIXTURE\nline\n");
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(r.out == "|2|\n");
  using namespace std::string_literals;
  r = run_in(dir, {"-", "-t", "fixture"}, "\x00\x01\x02 binary, no reader's format"s);
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("<stdin>: cannot tell the input's format") &&
                        Catch::Contains("-f FORMAT"));
}

TEST_CASE("a missing or unreadable input is named, exit 1, and nothing is written") {
  TempDir dir;
  auto r = run_in(dir, {"missing.fixture", "-t", "fixture"});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("missing.fixture") && Catch::Contains("no such file"));
  fs::create_directory(dir / "folder.fixture");
  r = run_in(dir, {"folder.fixture", "-t", "fixture"});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("folder.fixture") && Catch::Contains("folder"));
  CHECK(files_in(dir.path()) == std::vector<std::string>{"folder.fixture"});
}

TEST_CASE("a reader's error carries file, line and column") {
  TempDir dir;
  write_file(dir / "bad.fixture", "fine\nFAIL\n");
  auto r = run_in(dir, {"bad.fixture", "-t", "fixture"});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("bad.fixture:2:1: bad line"));
  CHECK(files_in(dir.path()) == std::vector<std::string>{"bad.fixture"});
}

TEST_CASE("warnings name file and line, and -q silences them") {
  TempDir dir;
  write_file(dir / "w.fixture", "x\nWARN\n");
  auto r = run_cli(CliRun{{"--plugin-dir", kFixtures, "w.fixture", "-t", "fixture", "-o", "-"},
                          {},
                          {},
                          dir.path().string()});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("w.fixture:2:1: warning: a warning"));
  r = run_in(dir, {"w.fixture", "-t", "fixture", "-o", "-"});
  CHECK(r.err.empty());
}

TEST_CASE("a writer that fails half way leaves no output and no temporary file") {
  TempDir dir;
  write_file(dir / "in.fixture", "x\n");
  write_file(dir / "keep.txt", "previous");
  auto r = run_in(dir, {"in.fixture", "-t", "half", "-o", "keep.txt"});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("failed half way"));
  CHECK(read_file(dir / "keep.txt") == "previous");  // the old output is untouched
  CHECK(files_in(dir.path()) == std::vector<std::string>{"in.fixture", "keep.txt"});
  r = run_in(dir, {"in.fixture", "-t", "half", "-o", "-"});
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());  // nothing half-written to standard output either
}

TEST_CASE("a plugin that throws is reported by name, never a crash") {
  TempDir dir;
  write_file(dir / "in.fixture", "x\n");
  for (const char* format : {"explode", "explode-oddly"}) {
    auto r = run_in(dir, {"in.fixture", "-t", format});
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("in.fixture") && Catch::Contains("misbehaving plugin"));
  }
  CHECK(files_in(dir.path()) == std::vector<std::string>{"in.fixture"});
}

TEST_CASE("an output folder that does not exist or cannot be written is an error naming it") {
  TempDir dir;
  write_file(dir / "in.fixture", "x\n");
  auto r = run_in(dir, {"in.fixture", "-t", "fixture", "-o", "nowhere/out.txt"});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("nowhere/out.txt") && Catch::Contains("does not exist"));
  if (geteuid() != 0) {  // root writes anywhere
    fs::create_directory(dir / "locked");
    fs::permissions(dir / "locked", fs::perms::owner_read | fs::perms::owner_exec);
    r = run_in(dir, {"in.fixture", "-t", "fixture", "-O", "locked"});
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("locked/in.fx.txt"));
  }
  r = run_in(dir, {"in.fixture", "-t", "fixture", "-o", "/dev/full"});
  CHECK(r.exit_code == 1);
}

TEST_CASE("two inputs that would write the same output are reported, not overwritten") {
  TempDir dir;
  write_file(dir / "a" / "x.fixture", "one\n");
  write_file(dir / "b" / "x.fixture", "one\ntwo\n");
  fs::create_directory(dir / "out");
  auto r = run_in(dir, {"a/x.fixture", "b/x.fixture", "-t", "fixture", "-O", "out"});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("b/x.fixture") && Catch::Contains("overwrite"));
  CHECK(read_file(dir / "out" / "x.fx.txt") == "|1|\n");
}

TEST_CASE("listing plugins shows every file found and why any was skipped") {
  auto r = run_cli({"--plugin-dir", kFixtures, "--list-plugins"});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("loaded   fixture 1.2.3") &&
                        Catch::Contains("skipped  " + kFixtures +
                                        "/wrong-api.so: built for "
                                        "plugin API version 999") &&
                        Catch::Contains("json-writer.so"));
  r = run_cli({"--plugin-dir", kFixtures, "--list-formats"});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out,
             Catch::Contains("fixture") && Catch::Contains("reader") && Catch::Contains("json"));
}

TEST_CASE("GOVTECH_CONVERT_PLUGIN_PATH adds plugin folders") {
  TempDir dir;
  write_file(dir / "in.fixture", "x\n");
  auto r = run_cli(CliRun{{"in.fixture", "-t", "fixture", "-o", "-", "-q"},
                          {},
                          {{"GOVTECH_CONVERT_PLUGIN_PATH", "/nonexistent:" + kFixtures}},
                          dir.path().string()});
  CHECK(r.exit_code == 0);
  CHECK(r.out == "|1|\n");
}

TEST_CASE("a batch stops at the first failure unless --keep-going") {
  TempDir dir;
  write_file(dir / "a.fixture", "one\n");
  write_file(dir / "b.fixture", "FAIL\n");
  write_file(dir / "c.fixture", "three\n");
  fs::create_directory(dir / "out");
  auto r =
      run_in(dir, {"a.fixture", "b.fixture", "c.fixture", "-t", "fixture", "-O", "out", "-j", "1"});
  CHECK(r.exit_code == 1);
  CHECK(files_in(dir / "out") == std::vector<std::string>{"a.fx.txt"});

  fs::remove_all(dir / "out");
  fs::create_directory(dir / "out");
  r = run_cli(CliRun{{"--plugin-dir", kFixtures, "a.fixture", "b.fixture", "c.fixture", "-t",
                      "fixture", "-O", "out", "--keep-going", "--report", "report.jsonl"},
                     {},
                     {},
                     dir.path().string()});
  CHECK(r.exit_code == 1);
  CHECK(files_in(dir / "out") == std::vector<std::string>{"a.fx.txt", "c.fx.txt"});
  CHECK_THAT(r.err, Catch::Contains("2 converted, 1 failed, 0 skipped"));
  std::string report = read_file(dir / "report.jsonl");
  CHECK(std::count(report.begin(), report.end(), '\n') == 3);
  CHECK_THAT(
      report,
      Catch::Contains(
          R"("input":"b.fixture","output":"out/b.fx.txt","format":"fixture","status":"failed","error":"b.fixture:1:1: bad line")"));
  CHECK_THAT(report, Catch::Contains(R"("status":"converted")") && Catch::Contains(R"("bytes":4)"));
}

TEST_CASE("a file list from --files-from gives input names, NUL-separated with --null") {
  TempDir dir;
  std::string list;
  for (int i = 0; i < 20; ++i) {
    std::string name = "in " + std::to_string(i) + ".fixture";  // names with spaces
    write_file(dir / name, std::string(static_cast<std::size_t>(i + 1), 'x') + "\n");
    list += name + '\0';
  }
  fs::create_directory(dir / "out");
  auto r =
      run_in(dir, {"--files-from", "-", "--null", "-t", "fixture", "-O", "out", "-j", "4"}, list);
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK(files_in(dir / "out").size() == 20);
  CHECK(read_file(dir / "out" / "in 7.fx.txt") == "|1|\n");
}

TEST_CASE("combining makes one publication of all inputs") {
  TempDir dir;
  write_file(dir / "a.fixture", "one\n");
  write_file(dir / "b.fixture", "two\nthree\n");
  auto r = run_in(dir, {"a.fixture", "b.fixture", "-t", "json", "--combine", "-o", "-", "-M",
                        "title=Special Report"});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains(R"("schema": "govtech-convert/collection")") &&
                        Catch::Contains(R"("title": "Special Report")"));
  r = run_in(dir, {"a.fixture", "b.fixture", "-t", "fixture", "--combine", "-o", "x"});
  CHECK(r.exit_code == 3);
  CHECK_THAT(r.err, Catch::Contains("cannot combine"));
}

TEST_CASE("an option no format of the conversion declares is refused, with the name meant") {
  TempDir dir;
  write_file(dir / "talk.fixture", "one\n");
  auto r = run_in(dir, {"talk.fixture", "-t", "fixture", "-V", "greting=hi"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("talk.fixture") &&
                        Catch::Contains("unknown option -V greting") &&
                        Catch::Contains("did you mean 'greeting'?") &&
                        Catch::Contains("Known options: cover-image, css, greeting"));
  CHECK_FALSE(std::filesystem::exists(dir / "talk.fx.txt"));
  // A key of the core's own (set by --toc, say) is known to every conversion.
  r = run_in(dir, {"talk.fixture", "-t", "fixture", "-V", "toc=true"});
  CHECK(r.exit_code == 0);
}

TEST_CASE("option values are checked against their declared type before converting") {
  TempDir dir;
  write_file(dir / "talk.txt", "Q: Why?\nA: Because.\n");
  auto r = run_in(dir, {"talk.txt", "-t", "epub", "-V", "compression-level=12"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("-V compression-level takes a whole number from 0 to 9"));
  r = run_in(dir, {"talk.txt", "-t", "json", "-V", "text-layout=sideways"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("-V text-layout is one of auto, published, qa"));
  r = run_in(dir, {"talk.txt", "-t", "html", "-V", "fragment=maybe"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("-V fragment is true or false"));
  // The program's own flags may meet a writer without a use for them: no error.
  r = run_in(dir, {"talk.txt", "-t", "json", "--split", "-o", "-"});
  CHECK(r.exit_code == 0);
}

TEST_CASE("--help-format and --list-formats -v list each format's options") {
  auto r = run_cli({"--help-format", "epub"});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("epub writer:") &&
                        Catch::Contains("-V split  (flag, default false)") &&
                        Catch::Contains("-V compression-level  (integer 0-9, default 6)") &&
                        Catch::Contains("Every conversion also takes:"));
  r = run_cli({"--help-format", "text"});
  CHECK_THAT(r.out, Catch::Contains("text reader:") &&
                        Catch::Contains("one of auto|published|qa|numbered|transcript"));
  r = run_cli({"--help-format", "nonexistent"});
  CHECK(r.exit_code == 2);
  CHECK_THAT(r.err, Catch::Contains("no plugin provides the format 'nonexistent'"));
  r = run_cli({"--list-formats", "-v"});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("-V markdown-dialect") && Catch::Contains("-V docx-layout") &&
                        Catch::Contains("-V embed-resources"));
}

TEST_CASE("a plugin of another API version is refused with the version message") {
  const int api = GOVTECH_PLUGIN_API_VERSION;
  const int other = api > 1 ? api - 1 : api + 1;
  const std::string message = "built for plugin API version " + std::to_string(other) +
                              ", but this govtech-convert expects version " + std::to_string(api) +
                              "; rebuild the plugin against it";
  auto r = run_cli({"--plugin-dir", kFixtures, "--list-plugins"});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("skipped  " + kFixtures + "/other-api-writer.so: " + message));
  TempDir dir;
  write_file(dir / "in.fixture", "x\n");
  r = run_cli(CliRun{{"--plugin-dir", kFixtures, "in.fixture", "-t", "other-api", "-o", "-"},
                     {},
                     {},
                     dir.path().string()});
  CHECK(r.exit_code == 3);
  CHECK_THAT(r.err, Catch::Contains("other-api-writer.so: " + message));
  CHECK_THAT(r.err, !Catch::Contains("cannot open shared object"));
}

TEST_CASE("listing plugins tells which plugin keeps an alias two plugins claim") {
  auto r = run_cli({"--plugin-dir", kFixtures, "--list-plugins"});
  CHECK_THAT(r.out, Catch::Contains("loaded   alias-shadow 1.0  " + kFixtures +
                                    "/zz-alias-shadow.so\n           but its reader "
                                    "'fixture-alias' answers to 'fx', as does the reader "
                                    "'fixture' of " +
                                    kFixtures + "/fixture-writer.so, which wins"));
}

TEST_CASE("a .txt to json conversion loads no plugin but the text reader and json writer") {
  TempDir dir;
  write_file(dir / "x.txt", "Q: Why?\nA: Because.\n");
  auto r = run_cli(CliRun{
      {"x.txt", "-t", "json", "-o", "-", "-q"}, {}, {{"LD_DEBUG", "files"}}, dir.path().string()});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("text-reader.so") && Catch::Contains("json-writer.so"));
  for (const char* never : {"markdown-reader", "libmd4c", "libyaml-cpp", "html-reader",
                            "html-writer", "docx-reader", "epub-writer", "docbook-writer"}) {
    INFO(never);
    CHECK_THAT(r.err, !Catch::Contains(never));
  }
}
