// The CommonMark pathological inputs: deep nesting (10,000 block quotes, list items, both
// mixed) and 50,000 unclosed brackets, emphasis markers, backticks and angle brackets. Each
// converts into every writer with bounded stack (depth is capped with a warning and the
// innermost text kept) and in time linear in the input: CTest's TIMEOUT for this program
// bounds it generously, far below what a quadratic parse of these inputs takes.
#include <catch2/catch.hpp>

#include "hostile_support.hpp"
#include "output_checks.hpp"

using namespace govtech::hostile;
using govtech::testing::read_file;
using govtech::testing::write_file;

namespace {

std::string repeat(const std::string& unit, int times) {
  std::string out;
  out.reserve(unit.size() * static_cast<std::size_t>(times));
  for (int i = 0; i < times; ++i) out += unit;
  return out;
}

struct Case {
  std::string name;
  std::string answer;
  bool deep = false;  // nests beyond the pipeline's depth limit: a warning is due
};

const std::vector<Case>& cases() {
  static const std::vector<Case> all{
      {"block quotes", repeat("> ", 10'000) + "INNERMOST", true},
      {"list items", repeat("- ", 10'000) + "INNERMOST", true},
      {"ordered list items", repeat("1. ", 10'000) + "INNERMOST", true},
      {"quotes and lists", repeat("> - ", 5'000) + "INNERMOST", true},
      {"emphasis in emphasis", repeat("*a ", 10'000) + "INNERMOST" + repeat(" a*", 10'000), true},
      {"links in links", repeat("[", 10'000) + "INNERMOST" + repeat("](u)", 10'000)},
      {"unclosed brackets", repeat("[", 50'000) + " INNERMOST"},
      {"unclosed link destinations", repeat("[a](", 50'000) + " INNERMOST"},
      {"unclosed emphasis", repeat("*a **a ", 25'000) + " INNERMOST"},
      {"unclosed underscores", repeat("_a __a ", 25'000) + " INNERMOST"},
      {"unmatched backticks", repeat("`a``", 25'000) + " INNERMOST"},
      {"unclosed angle brackets", repeat("<", 50'000) + " INNERMOST"},
      {"unclosed images", repeat("![", 50'000) + " INNERMOST"},
      {"closing brackets", repeat("a]", 50'000) + " INNERMOST"},
      {"entity lookalikes", repeat("&#", 50'000) + " INNERMOST"},
      {"unclosed raw HTML", repeat("<a href=\"", 20'000) + " INNERMOST"},
      {"deep table", "|" + repeat(" a |", 10'000) + "\n|" + repeat(" - |", 10'000) + "\n|" +
                         repeat(" b |", 10'000) + " INNERMOST |"},
  };
  return all;
}

}  // namespace

TEST_CASE("pathological Markdown converts into every writer, keeping the innermost text") {
  require_formats();
  for (const auto& c : cases()) {
    TempDir dir;
    write_file(dir / "in.md", interview("markdown", "Pathological: " + c.name, c.answer));
    for (const auto& writer : writers()) {
      auto r = convert(dir, "in.md", "markdown", writer, "out." + writer);
      INFO(c.name << " -> " << writer << ": " << r.err.substr(0, 1500));
      REQUIRE(r.exit_code == 0);
      const std::string out = read_file(dir / ("out." + writer));
      CHECK(govtech::checks::output_problem(writer, out) == std::string());
      if (writer != "epub") CHECK_THAT(out, Catch::Contains("INNERMOST"));
      if (c.deep) CHECK_THAT(r.err, Catch::Contains("in.md") && Catch::Contains("nest"));
    }
  }
}

TEST_CASE("the same inline cases as plain text convert as literal text") {
  require_formats();
  for (const auto& c : cases()) {
    if (c.deep) continue;
    TempDir dir;
    write_file(dir / "in.txt", interview("text", "Pathological: " + c.name, c.answer));
    for (const auto& writer : writers()) {
      auto r = convert(dir, "in.txt", "text", writer, "out." + writer);
      INFO(c.name << " -> " << writer << ": " << r.err.substr(0, 1500));
      REQUIRE(r.exit_code == 0);
      const std::string out = read_file(dir / ("out." + writer));
      CHECK(govtech::checks::output_problem(writer, out) == std::string());
      if (writer != "epub") CHECK_THAT(out, Catch::Contains("INNERMOST"));
    }
  }
}
