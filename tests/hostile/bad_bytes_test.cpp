// Binary input, NUL bytes and invalid UTF-8, for every reader into every writer: an error
// naming file, line and byte offset (or, where the format defines it, a correct conversion),
// never mojibake and never a run of U+FFFD.
#include <catch2/catch.hpp>

#include "hostile_support.hpp"
#include "output_checks.hpp"

using namespace govtech::hostile;
using govtech::testing::read_file;
using govtech::testing::write_file;

namespace {

// The start of a PNG image followed by bytes of every value: what a mislabelled binary
// file looks like.
std::string binary_bytes() {
  std::string bytes("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  for (int round = 0; round < 64; ++round) {
    for (int b = 0; b < 256; ++b) bytes += static_cast<char>((b * 37 + round) & 0xFF);
  }
  return bytes;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1))
    ++n;
  return n;
}

}  // namespace

TEST_CASE("binary input is refused with the file named, and nothing is written") {
  require_formats();
  for (const auto& reader : readers()) {
    for (const auto& writer : writers()) {
      TempDir dir;
      const std::string input = "image." + reader.extension;
      write_file(dir / input, binary_bytes());
      auto r = convert(dir, input, reader.name, writer, "out." + writer);
      INFO(reader.name << " -> " << writer << ": " << r.err);
      CHECK(r.exit_code == 1);
      CHECK_THAT(r.err, Catch::Contains(input + ":"));
      CHECK(files_in(dir.path()) == std::vector<std::string>{input});
    }
  }
}

TEST_CASE("invalid UTF-8 is an error with file, line, column and byte offset") {
  require_formats();
  for (const auto& reader : readers()) {
    for (const auto& writer : writers()) {
      TempDir dir;
      const std::string input = "latin1." + reader.extension;
      // "café" in Latin-1 on line 5: byte 0xE9 at offset 78 + 3.
      std::string text = govtech::hostile::interview(reader.name, "Cafe society", "Fine.");
      std::size_t line_start = 0;
      for (int line = 1; line < 5; ++line) line_start = text.find('\n', line_start) + 1;
      text.insert(line_start, "caf\xE9 ");
      write_file(dir / input, text);
      auto r = convert(dir, input, reader.name, writer, "out." + writer);
      INFO(reader.name << " -> " << writer << ": " << r.err);
      CHECK(r.exit_code == 1);
      CHECK_THAT(r.err, Catch::Contains(input + ":5:4:") && Catch::Contains("UTF-8") &&
                            Catch::Contains(std::to_string(line_start + 3)) &&
                            Catch::Contains("--input-encoding"));
      CHECK(files_in(dir.path()) == std::vector<std::string>{input});

      // The option the message suggests converts it correctly.
      r = convert(dir, input, reader.name, writer, "out." + writer, {"--input-encoding", "latin1"});
      INFO(r.err);
      CHECK(r.exit_code == 0);
      if (writer == "json") CHECK_THAT(read_file(dir / ("out." + writer)), Catch::Contains("café"));
    }
  }
}

TEST_CASE("NUL bytes: plain text refuses them with the position, Markdown replaces each once") {
  require_formats();
  for (const auto& writer : writers()) {
    TempDir dir;
    std::string text = govtech::hostile::interview("text", "Nulls", "beforeXafter");
    std::replace(text.begin(), text.end(), 'X', '\0');
    write_file(dir / "nul.txt", text);
    auto r = convert(dir, "nul.txt", "text", writer, "out." + writer);
    INFO("text -> " << writer << ": " << r.err);
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err,
               Catch::Contains("nul.txt:5:10:") &&  // "A: before" comes first
                   Catch::Contains("NUL byte at byte offset " + std::to_string(text.find('\0'))));
    CHECK(files_in(dir.path()) == std::vector<std::string>{"nul.txt"});
  }
  for (const auto& writer : writers()) {
    TempDir dir;
    std::string text = govtech::hostile::interview("markdown", "Nulls", "beforeXafter, againX.");
    std::replace(text.begin(), text.end(), 'X', '\0');
    write_file(dir / "nul.md", text);
    auto r = convert(dir, "nul.md", "markdown", writer, "out." + writer);
    INFO("markdown -> " << writer << ": " << r.err);
    REQUIRE(r.exit_code == 0);
    const std::string out = read_file(dir / ("out." + writer));
    CHECK(govtech::checks::output_problem(writer, out).empty());
    if (writer != "epub") {  // the zip compresses the text
      // CommonMark: each NUL becomes one U+FFFD, and nothing else does.
      const std::size_t copies = count(out,
                                       "before\xEF\xBF\xBD"
                                       "after");
      CHECK(copies >= 1);
      CHECK(count(out, "\xEF\xBF\xBD") == 2 * copies);
    }
  }
}
