// Recognition as a user meets it: never silent, explained with -v, recorded by --report.
#include <catch2/catch.hpp>

#include "cli_runner.hpp"
#include "files.hpp"

using namespace govtech::testing;

namespace {

const char* kArticle =
    "Why portals go quiet\n\n"
    "Most portals launch with a press release. Two years later many have not been updated.\n\n"
    "What goes wrong?\n\n"
    "Ownership, mostly, and the incentives that come with it in every department we studied.\n\n"
    "Is that enough?\n\n"
    "Probably not on its own, but it turns publishing into a habit that outlasts a launch.\n";

const char* kInterview =
    "Building the permit service\n"
    "By Priya Natarajan | 12 March 2024\n"
    "What did you learn at the counter?\n"
    "That most people arrive worried, and every design decision starts from that worry.\n"
    "Describe the first service you moved online.\n"
    "Street-trading licences, renewed every year by the same few hundred traders.\n"
    "How do you measure success?\n"
    "By the number of people who never have to come in.\n";

CliResult convert(const TempDir& dir, std::vector<std::string> extra) {
  std::vector<std::string> args = {"in.txt", "-t", "json", "-o", "out.json", "-M", "lang=en"};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_cli(CliRun{std::move(args), {}, {}, dir.path().string()});
}

}  // namespace

TEST_CASE("question-like lines left as prose are warned about, naming file and line") {
  TempDir dir;
  write_file(dir / "in.txt", kArticle);
  auto r = convert(dir, {});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("in.txt:5:1: warning: converted as an article") &&
                        Catch::Contains("2 lines read like questions"));
  // Without -v, notes stay quiet.
  CHECK_THAT(r.err, !Catch::Contains("note:"));
}

TEST_CASE("-v says which layout was read, how sure, and where each question came from") {
  TempDir dir;
  write_file(dir / "in.txt", kInterview);
  auto r = convert(dir, {"-v"});
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("read as the 'unlabelled' layout: 3 question(s), confidence") &&
                        Catch::Contains("line 3: question") &&
                        Catch::Contains("line 5: question (score") &&
                        Catch::Contains("asks to be told"));
  CHECK_THAT(r.err, !Catch::Contains("warning: converted as an article"));
}

TEST_CASE("--report records the layout and the number of questions of each input") {
  TempDir dir;
  write_file(dir / "interview.txt", kInterview);
  write_file(dir / "article.txt", kArticle);
  auto r = run_cli(CliRun{{"interview.txt", "article.txt", "-t", "json", "-O", "out", "-M",
                           "lang=en", "--report", "report.jsonl"},
                          {},
                          {},
                          dir.path().string()});
  REQUIRE(r.exit_code == 0);
  const std::string report = read_file(dir / "report.jsonl");
  CHECK_THAT(report, Catch::Contains("\"input\":\"interview.txt\"") &&
                         Catch::Contains("\"layout\":\"unlabelled\",\"questions\":3") &&
                         Catch::Contains("\"layout\":\"article\",\"questions\":0"));
}

TEST_CASE("a forced layout that does not fit says why, and writes nothing") {
  TempDir dir;
  write_file(dir / "in.txt", kArticle);
  for (const std::string layout : {"qa", "published", "numbered", "transcript", "unlabelled"}) {
    auto r = convert(dir, {"-V", "text-layout=" + layout});
    INFO(layout << ": " << r.err);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("in.txt") &&
                          Catch::Contains("does not follow the '" + layout + "' layout") &&
                          Catch::Contains("): "));
    CHECK_FALSE(fs::exists(dir / "out.json"));
  }
}

TEST_CASE("the published and numbered fast paths read what the recogniser reads") {
  // The text reader tries its exact published and numbered layouts before the recogniser,
  // because they are quicker on very large files; they must never disagree with it.
  const fs::path root = GOVTECH_SOURCE_DIR;
  std::vector<fs::path> inputs = {root / "samples/women-in-govtech-amara-osei.txt",
                                  root / "samples/women-in-govtech-lucia-fernandez.txt",
                                  root / "samples/numbered-open-data-interview.txt"};
  for (const auto& entry : fs::directory_iterator(root / "tests/recognition/corpus")) {
    if (entry.path().extension() == ".txt") inputs.push_back(entry.path());
  }
  std::size_t compared = 0;
  for (const fs::path& input : inputs) {
    TempDir dir;
    auto fast = run_cli({input.string(), "-t", "json", "-o", (dir / "fast.json").string(), "-v"});
    REQUIRE(fast.exit_code == 0);
    const bool fast_path = fast.err.find("layout: ") != std::string::npos &&
                           (fast.err.find("'published' layout") != std::string::npos ||
                            fast.err.find("'numbered' layout") != std::string::npos) &&
                           fast.err.find("confidence") == std::string::npos;
    if (!fast_path) continue;
    ++compared;
    auto recognised = run_cli({input.string(), "-t", "json", "-o",
                               (dir / "recognised.json").string(), "-V", "text-layout=unlabelled"});
    INFO(input.filename().string() << ": " << recognised.err);
    REQUIRE(recognised.exit_code == 0);
    CHECK(read_file(dir / "fast.json") == read_file(dir / "recognised.json"));
  }
  CHECK(compared >= 3);
}
