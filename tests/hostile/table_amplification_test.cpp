// Sparse GFM tables: a wide header over short rows. md4c gives every row as many cells as the
// header; the reader keeps only the cells a row's line holds, so every output stays in
// proportion to the input, and a table whose grid (columns times rows) is too large for
// md4c to walk is refused with its line named. Each run is bounded in memory and processor
// time (run_bounded); before the fix the first case took 2.9 GB and wrote 160 MB of HTML.
#include <catch2/catch.hpp>

#include "hostile_support.hpp"
#include "output_checks.hpp"

using namespace govtech::hostile;
using govtech::testing::read_file;
using govtech::testing::write_file;

namespace {

std::string repeat(const std::string& unit, std::size_t times) {
  std::string out;
  out.reserve(unit.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += unit;
  return out;
}

// A header `columns` wide over `rows` rows of one cell each; the table starts on line 10 of the
// interview.
std::string sparse_table(std::size_t columns, std::size_t rows) {
  return "|" + repeat("h|", columns) + "\n|" + repeat("---|", columns) + "\n" +
         repeat("|x|\n", rows) + "|LAST|\n";
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1))
    ++n;
  return n;
}

}  // namespace

TEST_CASE("a sparse table's missing cells are not made up, and every output stays valid") {
  require_formats();
  TempDir dir;
  // 900 columns over 1,000 one-cell rows: 901,800 cells as md4c walks them, 1,901 real ones.
  const std::string input = interview("markdown", "Sparse table", sparse_table(900, 1000));
  write_file(dir / "in.md", input);
  for (const auto& writer : writers()) {
    auto r = run_bounded(dir, {"in.md", "-t", writer, "-o", "out." + writer});
    INFO(writer << ": " << r.err.substr(0, 1500));
    REQUIRE(r.exit_code == 0);
    const std::string out = read_file(dir / ("out." + writer));
    CHECK(govtech::checks::output_problem(writer, out) == std::string());
    CHECK(out.size() < 40 * input.size());  // was 4,000 times the input for HTML
    if (writer == "html") {
      CHECK(count(out, "<td") == 1001);
      CHECK(count(out, "colspan=\"900\"") == 1001);  // each short row spans the table
      CHECK_THAT(out, Catch::Contains("LAST"));
    }
    if (writer == "docbook") CHECK(count(out, "<entry") == 900 + 1001);
    if (writer == "json") CHECK(count(out, "\"LAST\"") == 1);
  }
}

TEST_CASE("a row's own empty cells, escaped pipes and code spans are kept") {
  require_formats();
  TempDir dir;
  const std::string table =
      "| a | b | c | d |\n|---|---|---|---|\n| 1 | | |\n| `x|y` | 2 |\n| \\| | 3 |\n| 4 |\n";
  write_file(dir / "in.md", interview("markdown", "Ragged table", table));
  auto r = run_bounded(dir, {"in.md", "-t", "html", "-o", "-", "--fragment"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  // Row 1 keeps its two empty cells (the last spans the fourth column); row 2's pipe in code
  // separates nothing; row 3's escaped pipe is text.
  CHECK_THAT(r.out, Catch::Contains("<td>1</td>\n<td></td>\n<td colspan=\"2\"></td>"));
  CHECK_THAT(r.out, Catch::Contains("<td><code>x|y</code></td>\n<td colspan=\"3\">2</td>"));
  CHECK_THAT(r.out, Catch::Contains("<td>|</td>\n<td colspan=\"3\">3</td>"));
  CHECK_THAT(r.out, Catch::Contains("<td colspan=\"4\">4</td>"));
}

TEST_CASE("a table too large to walk is refused with its file and line named") {
  require_formats();
  TempDir dir;
  // The case of the audit: 4,000 columns over 4,000 one-cell rows, 16 million cells walked.
  write_file(dir / "in.md", interview("markdown", "Huge sparse table", sparse_table(4000, 4000)));
  for (const auto& writer : writers()) {
    auto r = run_bounded(dir, {"in.md", "-t", writer, "-o", "out." + writer});
    INFO(writer << ": " << r.err.substr(0, 1500));
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("in.md:10:") && Catch::Contains("4000 columns") &&
                          Catch::Contains("1000000 cells"));
    CHECK(files_in(dir.path()) == std::vector<std::string>{"in.md"});
  }
  // Many tables, each within the bound, whose grids together exceed what the input's size
  // allows: refused the same way, naming the table that crossed the line.
  std::string tables;
  for (int i = 0; i < 40; ++i) tables += sparse_table(1000, 900) + "\n";
  write_file(dir / "in.md", interview("markdown", "Many sparse tables", tables));
  auto r = run_bounded(dir, {"in.md", "-t", "json", "-o", "out.json"});
  INFO(r.err.substr(0, 1500));
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("in.md:") && Catch::Contains("an input of this size"));
}
