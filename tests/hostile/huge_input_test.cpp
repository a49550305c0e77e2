// A 100 MB input (a long interview of many answers), for every reader into every writer:
// converts, whole, within CTest's TIMEOUT for this program. Labelled slow.
#include <catch2/catch.hpp>

#include "hostile_support.hpp"
#include "output_checks.hpp"

using namespace govtech::hostile;
using govtech::testing::read_file;
using govtech::testing::write_file;

namespace {

std::string huge_interview(const std::string& reader) {
  std::string answer =
      "We moved the forms online one service at a time, & measured each <step> before the "
      "next one. The first took a year; the last took a month.";
  std::string text = interview(reader, "A very long conversation", "FIRSTANSWER " + answer);
  const std::string question = reader == "markdown" ? "## " : "Q: ";
  const std::string reply = reader == "markdown" ? "" : "A: ";
  for (int n = 1; text.size() < 100'000'000; ++n) {
    text += "\n" + question + "What happened in month " + std::to_string(n) + "?\n";
    if (reader == "markdown") text += "\n";
    text += reply + answer + " " + answer + "\n\n" + answer + "\n";
  }
  text += "\n" + question + "And in the end?\n" + (reader == "markdown" ? "\n" : "") + reply +
          "LASTANSWER\n";
  return text;
}

}  // namespace

TEST_CASE("a 100 MB file converts whole") {
  require_formats();
  for (const auto& reader : readers()) {
    TempDir dir;
    const std::string input = "huge." + reader.extension;
    write_file(dir / input, huge_interview(reader.name));
    for (const auto& writer : writers()) {
      auto r = convert(dir, input, reader.name, writer, "out." + writer);
      INFO(reader.name << " -> " << writer << ": " << r.err.substr(0, 2000));
      REQUIRE(r.exit_code == 0);
      const std::string out = read_file(dir / ("out." + writer));
      if (writer != "epub") {
        CHECK_THAT(out, Catch::Contains("FIRSTANSWER") && Catch::Contains("LASTANSWER"));
      }
      CHECK(govtech::checks::output_problem(writer, out) == std::string());
      fs::remove(dir / ("out." + writer));
    }
  }
}
