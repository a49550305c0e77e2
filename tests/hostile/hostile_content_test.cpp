// Content written to attack whoever opens the output: script elements, event handlers,
// javascript: and other active URLs, "]]>", "</title>" in a title, characters XML forbids.
// For every reader into every writer: HTML and EPUB stay inert, DocBook escapes it, every XML
// document is well-formed and free of forbidden characters, and the text itself survives.
#include <catch2/catch.hpp>

#include "hostile_support.hpp"
#include "output_checks.hpp"

using namespace govtech::hostile;
using govtech::testing::read_file;
using govtech::testing::write_file;

namespace {

const std::string kTitle = "</title><script>alert('title')</script> ]]> & \"quoted\"";

// Raw HTML, active links and images, a CDATA terminator, form feed, SOH and U+FFFE.
std::string hostile_answer(const std::string& reader) {
  std::string blank = reader == "markdown" ? "\n\n" : "\n\n";
  return "<script>alert('block')</script>" + blank +
         "Inline <img src=x onerror=\"alert('img')\"> and <a href=\"javascript:alert(1)\">a</a> "
         "and [a link](javascript:alert('link')) and [mixed case](JaVaScRiPt:alert(2)) and "
         "[vb](vbscript:msgbox) and [data](data:text/html;base64,PHNjcmlwdD4=) and "
         "![picture](javascript:alert('pic')) and <javascript:alert('auto')> end." +
         blank + "A CDATA end ]]> and <![CDATA[ x ]]> and </title> and <!-- comment -->." + blank +
         "Controls: form\x0C"
         "feed, start\x01of heading, nonchar\xEF\xBF\xBE here, KEEPME.";
}

}  // namespace

TEST_CASE("hostile content is inert in HTML and EPUB, escaped in DocBook, kept in JSON") {
  require_formats();
  for (const auto& reader : readers()) {
    TempDir dir;
    const std::string input = "hostile." + reader.extension;
    write_file(dir / input, interview(reader.name, kTitle, hostile_answer(reader.name)));
    for (const auto& writer : writers()) {
      for (bool fragment : {false, true}) {
        if (fragment && writer != "html") continue;
        std::vector<std::string> extra;
        if (fragment) extra.push_back("--fragment");
        auto r = convert(dir, input, reader.name, writer, "out." + writer, extra);
        INFO(reader.name << " -> " << writer << (fragment ? " --fragment" : "") << ": " << r.err);
        REQUIRE(r.exit_code == 0);
        const std::string out = read_file(dir / ("out." + writer));
        CHECK(govtech::checks::output_problem(writer, out) == std::string());
        if (writer == "epub") continue;  // compressed; checked entry by entry above
        CHECK_THAT(out, Catch::Contains("KEEPME"));
        if (writer == "json") {
          // JSON keeps the words exactly; it is the consumer's job to escape them.
          CHECK_THAT(out, Catch::Contains("</title><script>alert('title')</script> ]]>"));
        } else {
          CHECK_THAT(out, !Catch::Contains("<script>alert") && !Catch::Contains("<img src=x"));
          CHECK_THAT(out, !Catch::Contains("</title><script>") && !Catch::Contains("]]> &"));
          CHECK_THAT(out, !Catch::Contains("\x01") && !Catch::Contains("\x0C"));
          if (!fragment) CHECK_THAT(out, Catch::Contains("&lt;/title&gt;&lt;script&gt;"));
        }
      }
    }
  }
}

TEST_CASE("--unsafe keeps raw HTML, yet DocBook stays well-formed") {
  require_formats();
  TempDir dir;
  write_file(dir / "hostile.md", interview("markdown", kTitle, hostile_answer("markdown")));
  auto r = convert(dir, "hostile.md", "markdown", "docbook", "out.xml", {"--unsafe"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  CHECK(govtech::checks::xml_problem(read_file(dir / "out.xml")) == std::string());
}

// Raw HTML copied verbatim into XHTML (`<img src=x onerror=...>`, a stray `</title>`) would
// make the content documents malformed, which reading systems refuse: EPUB leaves it out
// even with --unsafe.
TEST_CASE("--unsafe EPUB output stays well-formed XML") {
  require_formats();
  TempDir dir;
  write_file(dir / "hostile.md", interview("markdown", kTitle, hostile_answer("markdown")));
  auto r = convert(dir, "hostile.md", "markdown", "epub", "out.epub", {"--unsafe"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  const std::string problem = govtech::checks::epub_problem(read_file(dir / "out.epub"));
  INFO(problem);
  CHECK(problem.find("not well-formed") == std::string::npos);
}
