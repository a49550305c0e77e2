// Inputs without end: a file or a pipe larger than --max-input-size (default 256 MiB) is
// refused as it is read, before it is all in memory; before, `yes |` grew by 0.7 GB/s until
// std::bad_alloc. And numbers on the command line that make no sense are usage errors.
#include <catch2/catch.hpp>

#include "hostile_support.hpp"

using namespace govtech::hostile;
using govtech::testing::write_file;

TEST_CASE("an input larger than --max-input-size is refused, from a file or a pipe") {
  require_formats();
  for (const auto& reader : readers()) {
    INFO(reader.name);
    TempDir dir;
    const std::string input = "in." + reader.extension;
    write_file(dir / input, interview(reader.name, "Sizes", std::string(4000, 'a')));
    auto r = run_bounded(
        dir, {input, "-f", reader.name, "-t", "json", "-o", "out", "--max-input-size", "2K"});
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains(input + ": the input is larger than 2 KiB") &&
                          Catch::Contains("--max-input-size"));
    r = run_bounded(dir,
                    {"-", "-f", reader.name, "-t", "json", "-o", "out", "--max-input-size", "2K"},
                    interview(reader.name, "Sizes", std::string(4000, 'a')));
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("<stdin>: the input is larger than 2 KiB"));
    r = run_bounded(
        dir, {input, "-f", reader.name, "-t", "json", "-o", "out", "--max-input-size", "8K"});
    CHECK(r.exit_code == 0);
    fs::remove(dir / "out");
    CHECK(files_in(dir.path()) == std::vector<std::string>{input});
  }
}

TEST_CASE("an endless pipe stops at the default limit of 256 MiB") {
  require_formats();
  TempDir dir;
  govtech::testing::CliRun run{
      {"-c", "yes | \"$0\" - -f text -t json -o out", GOVTECH_CLI}, {}, {}, dir.path().string()};
  run.program = "/bin/sh";
  run.memory_mib = kMemoryMib;  // the input is refused long before it could fill this
  run.cpu_seconds = kCpuSeconds;
  auto r = govtech::testing::run_cli(run);
  INFO(r.err);
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("<stdin>: the input is larger than 256 MiB"));
  CHECK(files_in(dir.path()).empty());
}

TEST_CASE("-j below 1 and a size that is not one are usage errors") {
  require_formats();
  TempDir dir;
  write_file(dir / "in.md", interview("markdown", "Options", "Fine."));
  for (const std::vector<std::string>& extra : {std::vector<std::string>{"-j", "-1"},
                                                {"-j", "0"},
                                                {"-j", "x"},
                                                {"--max-input-size", "12X"},
                                                {"--max-input-size", "-5"},
                                                {"--max-input-size", "99999999999999999999"}}) {
    std::vector<std::string> args{"in.md", "-t", "json", "-o", "out"};
    args.insert(args.end(), extra.begin(), extra.end());
    auto r = run_bounded(dir, args);
    INFO(extra[0] << " " << extra[1] << ": " << r.err);
    CHECK(r.exit_code == 2);
    CHECK(files_in(dir.path()) == std::vector<std::string>{"in.md"});
  }
}
