// The recipe for converting archives with GNU parallel or xargs -P: many govtech-convert
// processes, each taking some of the inputs, in any order. It is only safe if every output
// depends on its input alone (given SOURCE_DATE_EPOCH), never on which process made it, on
// the order of the jobs or on what an earlier run left behind. So each way of splitting the
// work must give the very bytes that one batch run gives, and running it again must too.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>

#include "cli_runner.hpp"
#include "files.hpp"

using namespace govtech::testing;

namespace {

const std::string kParallel = "/usr/bin/parallel";
const std::string kXargs = "/usr/bin/xargs";
const std::map<std::string, std::string> kReproducible = {{"SOURCE_DATE_EPOCH", "1700000000"}};

// Sample interviews of every layout, in two folders, as an archive would hold them.
std::vector<std::string> make_archive(const TempDir& dir) {
  const std::vector<std::pair<std::string, std::string>> samples = {
      {"2020", "women-in-govtech-amara-osei.txt"},
      {"2020", "women-in-govtech-lucia-fernandez.txt"},
      {"2020", "numbered-open-data-interview.txt"},
      {"2020", "transcript-govtech-podcast.txt"},
      {"2024", "qa-digital-identity-interview.txt"},
      {"2024", "digital-identity-rollout-interview.md"},
      {"2024", "open-procurement-bold-questions.md"},
      {"2024", "service-design-qa-labels.md"},
  };
  std::vector<std::string> inputs;
  for (const auto& [folder, name] : samples) {
    write_file(dir / "archive" / folder / name, read_file(source_path("samples/" + name)));
    inputs.push_back("archive/" + folder + "/" + name);
  }
  return inputs;
}

std::string null_separated(const std::vector<std::string>& names) {
  std::string list;
  for (const auto& n : names) list += n + '\0';
  return list;
}

// Every file beneath `folder` (relative name -> bytes): stray temporary files show up too.
std::map<std::string, std::string> tree(const fs::path& folder) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(folder)) {
    if (e.is_regular_file()) {
      files[fs::relative(e.path(), folder).string()] = read_file(e.path());
    }
  }
  return files;
}

std::vector<std::string> names(const std::map<std::string, std::string>& files) {
  std::vector<std::string> out;
  for (const auto& [name, bytes] : files) out.push_back(name);
  return out;
}

CliResult run_tool(const TempDir& dir, const std::string& program, std::vector<std::string> args,
                   std::string input) {
  INFO("needs " << program << " (.ci/install-deps --test installs it)");
  REQUIRE(fs::exists(program));
  return run_cli(
      CliRun{std::move(args), std::move(input), kReproducible, dir.path().string(), program});
}

// One govtech-convert process for all inputs: what every other way must reproduce.
std::map<std::string, std::string> one_batch(const TempDir& dir,
                                             const std::vector<std::string>& inputs,
                                             const std::string& format) {
  fs::create_directories(dir / ("batch-" + format));  // -O wants a folder that exists
  std::vector<std::string> args = {"-q", "-j", "2", "-t", format, "-O", "batch-" + format};
  args.insert(args.end(), inputs.begin(), inputs.end());
  auto r = run_cli(CliRun{args, {}, kReproducible, dir.path().string()});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  return tree(dir / ("batch-" + format));
}

const std::vector<std::string> kFormats = {"epub", "html", "docbook", "json"};

}  // namespace

TEST_CASE("GNU parallel, one process per input in shuffled order, gives one batch run's bytes") {
  TempDir dir;
  const auto inputs = make_archive(dir);
  for (const auto& format : kFormats) {
    INFO(format);
    const auto expected = one_batch(dir, inputs, format);
    REQUIRE(expected.size() == inputs.size());
    const std::string out = "parallel-" + format;
    fs::create_directories(dir / out);
    // Run twice into the same folder: the second run replaces each file with the same bytes.
    for (int run = 1; run <= 2; ++run) {
      INFO("run " << run);
      auto r = run_tool(dir, kParallel,
                        {"--will-cite", "-0", "-j", "2", "--shuf", "--halt", "now,fail=1",
                         GOVTECH_CLI, "-q", "-t", format, "-O", out, "{}"},
                        null_separated(inputs));
      INFO(r.err);
      REQUIRE(r.exit_code == 0);
      const auto got = tree(dir / out);
      CHECK(names(got) == names(expected));
      CHECK(got == expected);
    }
  }
}

TEST_CASE("GNU parallel with several inputs per process (-X) gives one batch run's bytes") {
  TempDir dir;
  const auto inputs = make_archive(dir);
  for (const auto& format : {std::string("epub"), std::string("html")}) {
    INFO(format);
    const auto expected = one_batch(dir, inputs, format);
    const std::string out = "chunks-" + format;
    fs::create_directories(dir / out);
    for (int run = 1; run <= 2; ++run) {
      INFO("run " << run);
      auto r = run_tool(dir, kParallel,
                        {"--will-cite", "-0", "-X", "-n", "3", "-j", "2", GOVTECH_CLI, "-q", "-j",
                         "1", "-t", format, "-O", out, "--keep-going"},
                        null_separated(inputs));
      INFO(r.err);
      REQUIRE(r.exit_code == 0);
      CHECK(tree(dir / out) == expected);
    }
  }
}

TEST_CASE("xargs -P with a few inputs per process gives one batch run's bytes") {
  TempDir dir;
  const auto inputs = make_archive(dir);
  for (const auto& format : {std::string("epub"), std::string("docbook")}) {
    INFO(format);
    const auto expected = one_batch(dir, inputs, format);
    const std::string out = "xargs-" + format;
    fs::create_directories(dir / out);
    for (int run = 1; run <= 2; ++run) {
      INFO("run " << run);
      auto r = run_tool(
          dir, kXargs,
          {"-0", "-P", "2", "-n", "3", GOVTECH_CLI, "-q", "-j", "1", "-t", format, "-O", out},
          null_separated(inputs));
      INFO(r.err);
      REQUIRE(r.exit_code == 0);
      CHECK(tree(dir / out) == expected);
    }
  }
}

TEST_CASE("under GNU parallel a failing input fails the run, and the others still convert") {
  TempDir dir;
  auto inputs = make_archive(dir);
  write_file(dir / "archive" / "2024" / "empty.md", " \n");  // an empty input is an error
  inputs.insert(inputs.begin() + 3, "archive/2024/empty.md");
  fs::create_directories(dir / "out");
  auto r =
      run_tool(dir, kParallel,
               {"--will-cite", "-0", "-j", "2", GOVTECH_CLI, "-q", "-t", "epub", "-O", "out", "{}"},
               null_separated(inputs));
  // GNU parallel exits with the number of failed jobs.
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("empty.md") && Catch::Contains("empty"));
  const auto got = tree(dir / "out");
  CHECK(got.size() == inputs.size() - 1);
  CHECK(got.count("empty.epub") == 0);
  // Nothing half-written is left behind: only whole books.
  CHECK(std::all_of(got.begin(), got.end(),
                    [](const auto& file) { return file.first.ends_with(".epub"); }));
}
