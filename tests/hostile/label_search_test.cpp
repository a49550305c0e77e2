// A question label followed by tens of thousands of lines in one paragraph: the search for an
// answer label after each line break must not copy the rest of the paragraph each time
// (quadratic: 80 KB took over a minute). CTest's TIMEOUT for this program bounds it; each
// case here takes a fraction of a second when the search is linear.
#include <catch2/catch.hpp>

#include "hostile_support.hpp"
#include "output_checks.hpp"

using namespace govtech::hostile;
using govtech::testing::read_file;
using govtech::testing::write_file;

TEST_CASE("a labelled question over 40,000 lines is read in linear time, every line kept") {
  require_formats();
  for (const std::string label : {"Q:", "**Q:**", "Question:", "*Q*:"}) {
    TempDir dir;
    std::string text = "# Long question\n\n" + label + " What follows";
    for (int i = 0; i < 40'000; ++i) text += "\nline";
    text += "\nLASTLINE?\n\nAn answer.\n\n" + label + " And the next?\n\nA second answer.\n";
    write_file(dir / "in.md", text);
    auto r = convert(dir, "in.md", "markdown", "html", "out.html");
    INFO(label << ": " << r.err.substr(0, 1500));
    REQUIRE(r.exit_code == 0);
    const std::string out = read_file(dir / "out.html");
    CHECK(govtech::checks::output_problem("html", out) == std::string());
    CHECK_THAT(out, Catch::Contains("LASTLINE"));
  }
}
