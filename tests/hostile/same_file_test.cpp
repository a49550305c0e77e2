// An output that is also an input, the report, or another input's output, however it is
// spelled: through a symbolic link to the folder, or as the output another input would get.
// Files are told apart by device and inode, and each such run is refused (exit 2) before it
// writes anything; before, --combine -o INPUT and --report INPUT overwrote the input, exit 0.
#include <catch2/catch.hpp>

#include "hostile_support.hpp"

using namespace govtech::hostile;
using govtech::testing::read_file;
using govtech::testing::write_file;

TEST_CASE("--combine -o an input is refused, also through a linked folder") {
  require_formats();
  for (const auto& reader : readers()) {
    INFO(reader.name);
    TempDir dir;
    const std::string a = "a." + reader.extension, b = "b." + reader.extension;
    const std::string text = interview(reader.name, "First", "One.");
    write_file(dir / a, text);
    write_file(dir / b, interview(reader.name, "Second", "Two."));
    fs::create_directory_symlink(".", dir / "same");
    for (const std::string& output : {a, "same/" + a, "./" + b}) {
      INFO(output);
      auto r = run_bounded(dir, {a, b, "-f", reader.name, "-t", "epub", "--combine", "-o", output});
      CHECK(r.exit_code == 2);
      CHECK_THAT(r.err, Catch::Contains("would overwrite the input"));
      CHECK(read_file(dir / a) == text);
    }
    CHECK(files_in(dir.path()) == std::vector<std::string>{a, b, "same"});
  }
}

TEST_CASE("--report naming an input or an output is refused before anything is converted") {
  require_formats();
  TempDir dir;
  const std::string text = interview("markdown", "Reported", "Yes.");
  write_file(dir / "in.md", text);
  fs::create_directory(dir / "out");
  fs::create_directory_symlink("out", dir / "elsewhere");
  for (const std::string& report : {std::string("in.md"), std::string("elsewhere/../in.md"),
                                    std::string("out/in.json"), std::string("elsewhere/in.json")}) {
    INFO(report);
    auto r = run_bounded(dir, {"in.md", "-t", "json", "-O", "out", "--report", report});
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("the report would overwrite"));
    CHECK(read_file(dir / "in.md") == text);
    CHECK(files_in(dir / "out").empty());
  }
  auto r = run_bounded(dir, {"in.md", "-t", "json", "-O", "out", "--report", "report.jsonl"});
  CHECK(r.exit_code == 0);
  CHECK(files_in(dir / "out") == std::vector<std::string>{"in.json"});
}

TEST_CASE("an input that is another input's output is not overwritten") {
  require_formats();
  TempDir dir;
  // a.md's output is a.json, which is given as an input too (read as Markdown).
  const std::string first = interview("markdown", "First", "One.");
  const std::string second = interview("markdown", "Second", "Two.");
  write_file(dir / "a.md", first);
  write_file(dir / "a.json", second);
  auto r = run_bounded(dir, {"a.md", "a.json", "-f", "markdown", "-t", "json", "--keep-going"});
  INFO(r.err);
  CHECK(r.exit_code != 0);
  CHECK_THAT(r.err, Catch::Contains("a.json") && Catch::Contains("overwrite"));
  CHECK(read_file(dir / "a.md") == first);
  CHECK(read_file(dir / "a.json") == second);
  CHECK(files_in(dir.path()) == std::vector<std::string>{"a.json", "a.md"});

  // Two spellings of one output folder: the second input's output is the first's.
  write_file(dir / "b.md", first);
  fs::create_directory(dir / "out");
  fs::create_directory_symlink("out", dir / "alias");
  fs::create_directory(dir / "sub");
  write_file(dir / "sub" / "b.md", second);
  r = run_bounded(dir, {"b.md", "sub/b.md", "-t", "json", "-O", "alias", "--keep-going"});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("would overwrite the output of an earlier input"));
  CHECK_THAT(read_file(dir / "out" / "b.json"), Catch::Contains("First"));
}
