// The Markdown reader through the real CLI: golden json dumps for every interview convention,
// for documents that are not interviews, for front matter and for the Markdown constructs;
// errors with their locations; hostile inputs.
#include <catch2/catch.hpp>

#include <string>

#include "cli_runner.hpp"
#include "files.hpp"

using govtech::testing::check_golden;
using govtech::testing::run_cli;
using govtech::testing::source_path;
using govtech::testing::TempDir;
using govtech::testing::write_file;

namespace {

std::string json_dump(const std::string& input_path, const std::string& format = "markdown") {
  auto result = run_cli({input_path, "-f", format, "-t", "json", "-o", "-"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  return result.out;
}

void check_input(const std::string& name, const std::string& format = "markdown") {
  std::string input = source_path("tests/markdown-reader/inputs/" + name + ".md").string();
  std::string golden = source_path("tests/markdown-reader/expected/" + name + ".json").string();
  std::string problem = check_golden(golden, json_dump(input, format));
  INFO(problem);
  CHECK(problem.empty());
}

void check_sample(const std::string& name) {
  std::string input = source_path("samples/" + name + ".md").string();
  std::string golden =
      source_path("tests/markdown-reader/expected/samples/" + name + ".json").string();
  std::string problem = check_golden(golden, json_dump(input));
  INFO(problem);
  CHECK(problem.empty());
}

std::string repeat(const std::string& piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) {
    ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("questions as headings, with title, byline and trailing matter") {
  check_input("headings-interview");
}

TEST_CASE("questions as whole-paragraph bold, a bold lead-in stays in the answer") {
  check_input("bold-interview");
}

TEST_CASE("bold Q: and A: labels") {
  check_input("labels-bold");
}

TEST_CASE("plain Q: and A: labels; labels in code and quotations are not questions") {
  check_input("labels-plain");
}

TEST_CASE("an article with one question heading is not an interview") {
  check_input("article-one-question");
}

TEST_CASE("an article with bold lead-ins and one bold question is not an interview") {
  check_input("article-bold-leadins");
}

TEST_CASE("front matter with an interviewee map, author list and extra keys") {
  check_input("front-matter-map");
}

TEST_CASE("front matter with flat interviewee keys and comma-separated keywords") {
  check_input("front-matter-flat");
}

TEST_CASE("every CommonMark construct lands in the tree") {
  check_input("commonmark-constructs");
}

TEST_CASE("GitHub extensions: tables, strikethrough, autolinks, task lists") {
  check_input("gfm-extensions", "gfm");
}

TEST_CASE("the sample interviews") {
  check_sample("digital-identity-rollout-interview");
  check_sample("open-procurement-bold-questions");
  check_sample("service-design-qa-labels");
}

TEST_CASE("malformed front matter is an error naming the file and line") {
  TempDir dir;
  write_file(dir / "broken.md",
             "---\ntitle: fine\nauthor: [unclosed, list\nlang: en\n---\n\nBody.\n");
  auto result = run_cli({(dir / "broken.md").string(), "-t", "json", "-o", "-"});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("broken.md:"));
  CHECK_THAT(result.err, Catch::Contains("front matter is malformed"));
  // The YAML error is reported on a line of the front matter, counted in the whole file.
  bool on_yaml_line = result.err.find("broken.md:3:") != std::string::npos ||
                      result.err.find("broken.md:4:") != std::string::npos ||
                      result.err.find("broken.md:5:") != std::string::npos;
  CHECK(on_yaml_line);
}

TEST_CASE("a front matter key of the wrong shape is an error at its line") {
  TempDir dir;
  write_file(dir / "shape.md", "---\ntitle: ok\ndate:\n  - 2020\n  - 2021\n---\n\nBody.\n");
  auto result = run_cli({(dir / "shape.md").string(), "-t", "json", "-o", "-"});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("shape.md:4:"));
  CHECK_THAT(result.err, Catch::Contains("'date' should be text"));
}

TEST_CASE("a leading --- with no closing delimiter is a thematic break, not front matter") {
  auto result = run_cli({"-", "-f", "markdown", "-t", "json", "-o", "-"}, "---\ntitle: x\n");
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("\"thematic_break\""));
  CHECK_THAT(result.out, Catch::Contains("\"title: x\""));
}

TEST_CASE("NUL characters become U+FFFD") {
  const char raw[] = "A\0B `c\0d`\n\n```\nx\0y\n```\n";
  std::string input(raw, sizeof(raw) - 1);
  auto result = run_cli({"-", "-f", "markdown", "-t", "json", "-o", "-"}, input);
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("\"A\xEF\xBF\xBD"
                                         "B \""));
  CHECK_THAT(result.out, Catch::Contains("\"c\xEF\xBF\xBD"
                                         "d\""));
  CHECK_THAT(result.out, Catch::Contains("\"x\xEF\xBF\xBDy\\n\""));
}

TEST_CASE("invalid UTF-8 is an error with its line, unless an encoding is given") {
  std::string input = "# Title\n\nCaf\xE9 culture\n";
  auto result = run_cli({"-", "-f", "markdown", "-t", "json", "-o", "-"}, input);
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains(":3:"));
  CHECK_THAT(result.err, Catch::Contains("--input-encoding"));

  auto latin1 = run_cli(
      {"-", "-f", "markdown", "--input-encoding", "latin1", "-t", "json", "-o", "-"}, input);
  INFO(latin1.err);
  REQUIRE(latin1.exit_code == 0);
  CHECK_THAT(latin1.out, Catch::Contains("Caf\xC3\xA9 culture"));
}

TEST_CASE("the dialects: markdown, gfm with bare autolinks, strict commonmark") {
  std::string input = "See https://example.org and ~~this~~.\n";
  auto markdown = run_cli({"-", "-f", "md", "-t", "json", "-o", "-"}, input);
  REQUIRE(markdown.exit_code == 0);
  CHECK_THAT(markdown.out, Catch::Contains("\"text\": \"See https://example.org and \""));
  CHECK_THAT(markdown.out, Catch::Contains("\"strikethrough\""));

  for (std::vector<std::string> gfm_args :
       {std::vector<std::string>{"-f", "gfm"}, {"-f", "md", "-V", "markdown-dialect=gfm"}}) {
    std::vector<std::string> args{"-"};
    args.insert(args.end(), gfm_args.begin(), gfm_args.end());
    args.insert(args.end(), {"-t", "json", "-o", "-"});
    auto gfm = run_cli(args, input);
    REQUIRE(gfm.exit_code == 0);
    CHECK_THAT(gfm.out, Catch::Contains("\"url\": \"https://example.org\""));
    CHECK_THAT(gfm.out, Catch::Contains("\"strikethrough\""));
  }

  auto strict = run_cli({"-", "-f", "commonmark", "-t", "json", "-o", "-"}, input);
  REQUIRE(strict.exit_code == 0);
  CHECK_THAT(strict.out, Catch::Contains("See https://example.org and ~~this~~."));

  auto wrong = run_cli({"-", "-f", "md", "-V", "markdown-dialect=wiki", "-t", "json"}, input);
  CHECK(wrong.exit_code == 2);
  CHECK_THAT(wrong.err, Catch::Contains("markdown-dialect"));
}

TEST_CASE("the reader answers to its aliases and extensions") {
  for (const char* name : {"markdown", "md", "commonmark", "gfm"}) {
    auto result = run_cli({"-", "-f", name, "-t", "json", "-o", "-"}, "# Hi\n");
    INFO(name << ": " << result.err);
    CHECK(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("\"heading\""));
  }
  TempDir dir;
  write_file(dir / "notes.markdown", "*emphasis*\n");
  auto by_extension = run_cli({(dir / "notes.markdown").string(), "-t", "json", "-o", "-"});
  CHECK(by_extension.exit_code == 0);
  CHECK_THAT(by_extension.out, Catch::Contains("\"emphasis\""));
}

TEST_CASE("Markdown on standard input is recognised by probing") {
  auto result = run_cli({"-", "-t", "json", "-o", "-"},
                        "# A title\n\nSee [the guide](https://example.org).\n");
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("\"type\": \"link\""));
}

TEST_CASE("10,000 nested block quotes are read, flattened to the nesting limit, text kept") {
  std::string input = repeat("> ", 10000) + "deep text\n";
  auto result = run_cli({"-", "-f", "markdown", "-t", "json", "-o", "-"}, input);
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("deep text"));
  CHECK_THAT(result.err, Catch::Contains("flattened"));
  CHECK(count(result.out, "\"block_quote\"") <= 100);
}

TEST_CASE("10,000 nested list items are read, flattened, text kept") {
  std::string input = repeat("- ", 10000) + "bottom\n";
  auto result = run_cli({"-", "-f", "markdown", "-t", "json", "-o", "-"}, input);
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("bottom"));
  CHECK_THAT(result.err, Catch::Contains("flattened"));

  auto ordered =
      run_cli({"-", "-f", "markdown", "-t", "json", "-o", "-"}, repeat("1. ", 10000) + "bottom\n");
  REQUIRE(ordered.exit_code == 0);
  CHECK_THAT(ordered.out, Catch::Contains("bottom"));
}

TEST_CASE("50,000 unclosed brackets and stars finish and keep every character") {
  for (const std::string mark : {"[", "*", "_", "![", "<", "`", "~"}) {
    INFO("mark " << mark);
    std::string input = "a " + repeat(mark, 50000) + "x\n";
    auto result = run_cli({"-", "-f", "markdown", "-t", "json", "-o", "-"}, input);
    REQUIRE(result.exit_code == 0);
    // Unclosed, each mark survives as text.
    CHECK(count(result.out, mark) >= 50000);
  }
  std::string nested_emphasis = repeat("*a ", 20000) + repeat(" b*", 20000) + "\n";
  auto result = run_cli({"-", "-f", "markdown", "-t", "json", "-o", "-"}, nested_emphasis);
  REQUIRE(result.exit_code == 0);
  CHECK(count(result.out, "a") >= 20000);
}

TEST_CASE("emphasis around a bare URL that md4c closes twice keeps every word") {
  // md4c reports one more end of emphasis than starts here; the reader used to crash on it.
  for (const std::string input : {"[_a b_](https://x.org/_a b_/1) after\n",
                                  "*x [_a b_](https://x.org/_a b_/1) y* after\n\nnext\n"}) {
    INFO(input);
    auto result = run_cli({"-", "-f", "gfm", "-t", "json", "-o", "-"}, input);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::Contains("https://x.org/_a") && Catch::Contains("after"));
  }
  auto next = run_cli({"-", "-f", "gfm", "-t", "json", "-o", "-"},
                      "*x [_a b_](https://x.org/_a b_/1) y* after\n\nnext\n");
  CHECK_THAT(next.out, Catch::Contains("\"next\""));
}

// Every construct the markdown dialect reads beyond CommonMark, and every CommonMark one, in
// documents that the EPUB, HTML and DocBook validators also check and pandoc's HTML is compared
// with (tests/markdown-reader/validated): each as JSON (the tree), an HTML fragment and DocBook.
TEST_CASE("pandoc's extensions, footnotes, raw HTML and smart punctuation land in the tree") {
  for (const char* name : {"pandoc-extensions", "every-construct"}) {
    const std::string input =
        source_path(std::string("tests/markdown-reader/validated/") + name + ".md").string();
    const std::string expected = std::string("tests/markdown-reader/expected/") + name;
    std::string problem = check_golden(source_path(expected + ".json").string(), json_dump(input));
    INFO(problem);
    CHECK(problem.empty());
    for (const auto& [format, extension] :
         {std::pair{"html", ".fragment.html"}, std::pair{"docbook", ".xml"}}) {
      std::vector<std::string> args = {input, "-q", "-t", format, "-o", "-"};
      if (std::string_view(format) == "html") args.insert(args.end(), {"-V", "fragment=true"});
      auto result = run_cli(args);
      INFO(result.err);
      REQUIRE(result.exit_code == 0);
      problem = check_golden(source_path(expected + extension).string(), result.out);
      INFO(problem);
      CHECK(problem.empty());
    }
  }
}
