// Large input, for every reader into every writer: a 5 MB line of one answer converts whole.
// (The 100 MB file is in huge_input_test.cpp, labelled slow.) The time bound is CTest's
// TIMEOUT for this program, generous on purpose: a quadratic pass would exceed it by far.
#include <catch2/catch.hpp>

#include "hostile_support.hpp"
#include "output_checks.hpp"

using namespace govtech::hostile;
using govtech::testing::read_file;
using govtech::testing::write_file;

TEST_CASE("a 5 MB single line converts whole, start to end") {
  require_formats();
  std::string line = "FIRSTWORD";
  while (line.size() < 5'000'000) line += " the budget line grew, & so did (the) ambition";
  line += " LASTWORD";
  for (const auto& reader : readers()) {
    TempDir dir;
    const std::string input = "long." + reader.extension;
    write_file(dir / input, interview(reader.name, "One long answer", line));
    for (const auto& writer : writers()) {
      auto r = convert(dir, input, reader.name, writer, "out." + writer);
      INFO(reader.name << " -> " << writer << ": " << r.err.substr(0, 2000));
      REQUIRE(r.exit_code == 0);
      const std::string out = read_file(dir / ("out." + writer));
      CHECK(govtech::checks::output_problem(writer, out) == std::string());
      if (writer != "epub") {  // compressed
        CHECK_THAT(out, Catch::Contains("FIRSTWORD") && Catch::Contains("LASTWORD"));
        CHECK(out.size() > 5'000'000);
      }
    }
  }
}
