// Inputs and outputs that are not what they should be: a missing input, a folder as input, an
// input beneath a regular file, an output device that is full, an output folder that is a
// regular file. Each is a message naming the path, exit 1, and nothing left behind.
#include <catch2/catch.hpp>

#include "hostile_support.hpp"

using namespace govtech::hostile;
using govtech::testing::write_file;

TEST_CASE("a missing input, a folder or a path through a file is named, exit 1, nothing written") {
  require_formats();
  for (const auto& reader : readers()) {
    for (const auto& writer : writers()) {
      INFO(reader.name << " -> " << writer);
      TempDir dir;
      auto r = convert(dir, "missing." + reader.extension, reader.name, writer, "out");
      CHECK(r.exit_code == 1);
      CHECK_THAT(r.err, Catch::Contains("missing." + reader.extension + ": no such file"));

      fs::create_directory(dir / ("folder." + reader.extension));
      r = convert(dir, "folder." + reader.extension, reader.name, writer, "out");
      CHECK(r.exit_code == 1);
      CHECK_THAT(r.err, Catch::Contains("folder." + reader.extension + ": is a folder"));

      // Unreadable even for root: a path that goes through a regular file.
      write_file(dir / "plain", "x");
      r = convert(dir, "plain/in." + reader.extension, reader.name, writer, "out");
      CHECK(r.exit_code == 1);
      CHECK_THAT(r.err, Catch::Contains("plain/in." + reader.extension + ": cannot open"));

      CHECK(files_in(dir.path()) ==
            std::vector<std::string>{"folder." + reader.extension, "plain"});
    }
  }
}

TEST_CASE("a full or impossible output destination is named, exit 1, nothing left behind") {
  require_formats();
  for (const auto& reader : readers()) {
    for (const auto& writer : writers()) {
      INFO(reader.name << " -> " << writer);
      TempDir dir;
      const std::string input = "in." + reader.extension;
      write_file(dir / input, interview(reader.name, "Full disks", "They happen."));

      // /dev/full accepts the open and fails every write: a device is written in place
      // (never replaced by a rename), so the failure must surface as an error.
      auto r = convert(dir, input, reader.name, writer, "/dev/full");
      INFO(r.err);
      CHECK(r.exit_code == 1);
      CHECK_THAT(r.err, Catch::Contains("/dev/full") && Catch::Contains("No space left"));

      write_file(dir / "blocker", "a regular file, not a folder");
      r = convert(dir, input, reader.name, writer, "blocker/out." + writer);
      CHECK(r.exit_code == 1);
      CHECK_THAT(r.err, Catch::Contains("blocker/out." + writer) &&
                            Catch::Contains("'blocker' is not a folder"));

      r = govtech::testing::run_cli(govtech::testing::CliRun{
          {input, "-f", reader.name, "-t", writer, "-O", "blocker"}, {}, {}, dir.path().string()});
      CHECK(r.exit_code == 1);
      CHECK_THAT(r.err, Catch::Contains("blocker"));

      fs::create_directory(dir / "out.d");
      r = convert(dir, input, reader.name, writer, "out.d");
      CHECK(r.exit_code == 1);
      CHECK_THAT(r.err, Catch::Contains("out.d") && Catch::Contains("folder"));

      CHECK(files_in(dir.path()) == std::vector<std::string>{"blocker", input, "out.d"});
      CHECK(files_in(dir / "out.d").empty());
    }
  }
}
