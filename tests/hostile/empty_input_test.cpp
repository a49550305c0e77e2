// Empty and white-space-only input, for every reader into every writer: a clear error naming
// the file, exit 1, and nothing written (no output, no temporary file).
#include <catch2/catch.hpp>

#include "hostile_support.hpp"

using namespace govtech::hostile;
using govtech::testing::write_file;

TEST_CASE("empty and white-space-only input is an error naming the file, and writes nothing") {
  require_formats();
  const std::vector<std::pair<std::string, std::string>> inputs{
      {"empty", ""},
      {"ascii-space", " \n\t\n   \r\n"},
      // no-break space, em space, ideographic space, line and paragraph separators, BOM
      {"unicode-space", "\xC2\xA0\xE2\x80\x83\xE3\x80\x80\n\xE2\x80\xA8\xE2\x80\xA9\xEF\xBB\xBF\n"},
      {"bom-only", "\xEF\xBB\xBF"},
  };
  for (const auto& reader : readers()) {
    for (const auto& writer : writers()) {
      for (const auto& [label, bytes] : inputs) {
        TempDir dir;
        const std::string input = label + "." + reader.extension;
        write_file(dir / input, bytes);
        auto r = convert(dir, input, reader.name, writer, "out." + writer);
        INFO(reader.name << " -> " << writer << ", " << label << ": " << r.err);
        CHECK(r.exit_code == 1);
        CHECK_THAT(r.err, Catch::Contains(input) && Catch::Contains("empty"));
        CHECK(files_in(dir.path()) == std::vector<std::string>{input});
      }
    }
  }
}

TEST_CASE("empty standard input is named as standard input, and nothing is printed") {
  require_formats();
  for (const auto& reader : readers()) {
    for (const auto& writer : writers()) {
      auto r = govtech::testing::run_cli({"-", "-f", reader.name, "-t", writer, "-o", "-"}, "");
      INFO(reader.name << " -> " << writer << ": " << r.err);
      CHECK(r.exit_code == 1);
      CHECK_THAT(r.err, Catch::Contains("<stdin>") && Catch::Contains("empty"));
      CHECK(r.out.empty());
    }
  }
}
