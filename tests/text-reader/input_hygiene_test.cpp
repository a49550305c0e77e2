// Encodings, line endings, byte order marks, binary and empty input, through the real CLI.
#include <catch2/catch.hpp>

#include "cli_runner.hpp"
#include "files.hpp"
#include "text_reader_support.hpp"

using namespace govtech;
using namespace govtech::testing;

namespace {

const std::string kSmall =
    "Ana Lima, Analyst, Treasury\n\nBy Rui Costa\n\nSeries 2020.\n\nWhat do you do?\n\n\n"
    "I run the service desk.\n\nIt is busy.\n\n\nWhat is next?\n\n\nA new portal.\n";

std::string replace_all(std::string text, const std::string& from, const std::string& to) {
  std::string out;
  std::size_t start = 0;
  for (std::size_t at; (at = text.find(from, start)) != std::string::npos;
       start = at + from.size()) {
    out += text.substr(start, at - start) + to;
  }
  return out + text.substr(start);
}

CliResult convert(const TempDir& dir, const std::string& bytes,
                  std::vector<std::string> extra = {}) {
  write_file(dir / "in.txt", bytes);
  std::vector<std::string> args{(dir / "in.txt").string(), "-t", "json", "-o", "-"};
  args.insert(args.end(), extra.begin(), extra.end());
  return run_cli(args);
}

}  // namespace

TEST_CASE("invalid UTF-8 names the file, line and byte offset and suggests --input-encoding") {
  TempDir dir;
  CliResult r = convert(dir, "Ana Lima, Analyst\n\nQ: Caf\xE9?\n");
  CHECK(r.exit_code == 1);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Catch::Contains("in.txt:3:7:") && Catch::Contains("byte offset 25") &&
                        Catch::Contains("--input-encoding"));
}

TEST_CASE("latin1 and windows-1252 input converts with --input-encoding") {
  TempDir dir;
  std::string latin1 = replace_all(kSmall, "Ana Lima", "Jos\xE9 Ara\xFAjo");
  CliResult r = convert(dir, latin1, {"--input-encoding", "latin1"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("\"name\": \"José Araújo\""));

  std::string cp1252 = replace_all(kSmall, "What is next?", "\x93What is next?\x94");
  r = convert(dir, cp1252, {"--input-encoding", "windows-1252"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.out, Catch::Contains("\xE2\x80\x9CWhat is next?\xE2\x80\x9D"));
}

TEST_CASE("a NUL byte is 'not a text file': exit 1 and no output written") {
  using namespace std::string_literals;
  TempDir dir;
  write_file(dir / "in.txt", "Q: Why?\nA: Because\0\x89PNG\xFF\n"s);
  CliResult r =
      run_cli({(dir / "in.txt").string(), "-t", "json", "-o", (dir / "out.json").string()});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("in.txt") && Catch::Contains("not a text file") &&
                        Catch::Contains("byte offset 18"));
  CHECK_FALSE(fs::exists(dir / "out.json"));

  write_file(dir / "utf16.txt", "\xFF\xFEQ\0:\0"s);
  r = run_cli({(dir / "utf16.txt").string(), "-t", "json", "-o", "-"});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("UTF-16") && Catch::Contains("--input-encoding utf-16"));
}

TEST_CASE("CRLF, lone CR and mixed line endings read like LF and leave no CR") {
  Document lf = read_text(kSmall);
  REQUIRE(lf.entries.size() == 2);
  TempDir dir;
  CliResult expected = convert(dir, kSmall);
  REQUIRE(expected.exit_code == 0);
  std::string mixed = replace_all(kSmall, "\n\n\n", "\r\n\r\r\n");
  mixed = replace_all(mixed, "Analyst, Treasury\n\n", "Analyst, Treasury\r\r");
  for (const std::string& variant :
       {replace_all(kSmall, "\n", "\r\n"), replace_all(kSmall, "\n", "\r"), mixed}) {
    CliResult r = convert(dir, variant);
    REQUIRE(r.exit_code == 0);
    CHECK(r.out.find('\r') == std::string::npos);
    CHECK(r.out.find("\\r") == std::string::npos);
    CHECK(r.out == expected.out);
  }
}

TEST_CASE("a byte order mark is dropped") {
  Document doc = read_text("\xEF\xBB\xBF" + kSmall);
  CHECK(doc.meta.interviewee.name == "Ana Lima");
  CHECK(doc.meta.title == "Ana Lima, Analyst, Treasury");
  CHECK(doc.entries.size() == 2);
}

TEST_CASE("empty and white-space-only input is an input error") {
  for (const std::string& empty : {std::string(), std::string("\n\n"),
                                   std::string(" \t\xC2\xA0\n\xE2\x80\x83\r\n\xEF\xBB\xBF")}) {
    CHECK_THROWS_WITH(read_text(empty), "the input is empty: it holds no text, only white space");
  }
  TempDir dir;
  CliResult r = convert(dir, "\xC2\xA0\n\t\n");
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("in.txt") && Catch::Contains("the input is empty"));
}

TEST_CASE("probe: a modest score for plain UTF-8 text, none for markup or binary") {
  using namespace std::string_literals;
  const Reader& reader = text_reader();
  CHECK(reader.info().name == "text");
  CHECK(reader.probe(kSmall) > 0);
  CHECK(reader.probe(kSmall) < 50);
  CHECK(reader.probe("<html><body>x</body></html>") == 0);
  CHECK(reader.probe("{\"schema\": 1}") == 0);
  CHECK(reader.probe("a\0b"s) == 0);
  CHECK(reader.probe("caf\xE9 au lait") == 0);
  CHECK(reader.probe("caf\xC3") > 0);  // a character cut off at the end of the sample
}

TEST_CASE("txt and plain are aliases, .txt is claimed") {
  TempDir dir;
  write_file(dir / "notes", kSmall);
  for (const char* name : {"txt", "plain"}) {
    CliResult r = run_cli({(dir / "notes").string(), "-f", name, "-t", "json", "-o", "-"});
    CHECK(r.exit_code == 0);
  }
  CliResult r = convert(dir, kSmall);
  CHECK_THAT(r.out, Catch::Contains("\"series\": \"Series 2020\""));
}
