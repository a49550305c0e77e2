// SVG images that could run code once embedded: a script, an event handler, a link out, a
// javascript: URL, also as the bytes of a data: URI that claims to be a PNG. The EPUB shows
// their alt text instead and the inlined HTML page links them (an <img> runs nothing), each
// with a warning; a plain SVG is still embedded. And a text file that mentions "<svg" is no
// image: the HTML writer used to embed it as one.
#include <catch2/catch.hpp>

#include "govtech/image_type.hpp"
#include "hostile_support.hpp"
#include "output_checks.hpp"

using namespace govtech::hostile;
using govtech::testing::read_file;
using govtech::testing::write_file;

namespace {

const char* const kPlain =
    "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\">"
    "<defs><linearGradient id=\"g\"/></defs><rect fill=\"url(#g)\" width=\"4\" height=\"4\"/>"
    "<use href=\"#g\"/></svg>\n";

const std::vector<std::string>& active_svgs() {
  static const std::vector<std::string> all{
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
      "<svg:svg xmlns:svg=\"http://www.w3.org/2000/svg\"><svg:script>x</svg:script></svg:svg>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><a href=\"https://example.org/\">x</a></svg>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><a xlink:href=\"JavaScript:alert(1)\"/></svg>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><set attributeName=\"href\" to=\"x\"/></svg>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><foreignObject><p>x</p></foreignObject></svg>",
      "<!DOCTYPE svg [<!ENTITY a \"b\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&a;</svg>",
      "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill:url(http://x/)\"/></svg>",
  };
  return all;
}

std::string base64(const std::string& bytes) {
  static const char digits[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    unsigned n = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) n |= static_cast<unsigned char>(bytes[i + 2]);
    out += digits[n >> 18 & 63];
    out += digits[n >> 12 & 63];
    out += i + 1 < bytes.size() ? digits[n >> 6 & 63] : '=';
    out += i + 2 < bytes.size() ? digits[n & 63] : '=';
  }
  return out;
}

}  // namespace

TEST_CASE("the SVG check refuses what could be active and keeps what cannot") {
  CHECK(govtech::svg_problem(kPlain).empty());
  for (const auto& svg : active_svgs()) {
    INFO(svg);
    CHECK_FALSE(govtech::svg_problem(svg).empty());
  }
  CHECK_FALSE(govtech::sniff_image_type("Notes about <svg> elements, in plain text."));
  CHECK(govtech::sniff_image_type(kPlain)->media_type == "image/svg+xml");
}

TEST_CASE("an active SVG is not embedded in an EPUB or inlined in a page") {
  require_formats();
  for (std::size_t i = 0; i < active_svgs().size(); ++i) {
    INFO(active_svgs()[i]);
    TempDir dir;
    write_file(dir / "active.svg", active_svgs()[i]);
    write_file(dir / "plain.svg", kPlain);
    write_file(dir / "in.md",
               interview("markdown", "Images", "![active](active.svg) ![plain](plain.svg)"));
    auto r = run_bounded(dir, {"in.md", "-t", "epub", "-o", "out.epub", "-M", "lang=en"});
    INFO(r.err);
    CHECK(r.exit_code == 0);
    // Refused as active, or (a doctype with an internal subset) not taken for an image at all.
    CHECK_THAT(r.err, Catch::Contains("active.svg' is an SVG image that could run code") ||
                          Catch::Contains("active.svg' is not a PNG"));
    const std::string epub = read_file(dir / "out.epub");
    CHECK(govtech::checks::output_problem("epub", epub) == std::string());
    CHECK(epub.find("images/img-002") == std::string::npos);  // only the plain one

    r = run_bounded(dir, {"in.md", "-t", "html", "--embed-resources", "-o", "out.html"});
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.err, (Catch::Contains("could run code") || Catch::Contains("is not a PNG")) &&
                          Catch::Contains("linking it"));
    const std::string html = read_file(dir / "out.html");
    CHECK_THAT(html, Catch::Contains("src=\"active.svg\""));
    CHECK_THAT(html, Catch::Contains("src=\"data:image/svg+xml;base64,"));
  }
}

TEST_CASE("SVG bytes in a data: URI that claims to be a PNG are checked as SVG") {
  require_formats();
  TempDir dir;
  write_file(dir / "in.md",
             interview("markdown", "Images",
                       "![x](data:image/png;base64," + base64(active_svgs()[1]) + ")"));
  auto r = run_bounded(dir, {"in.md", "-t", "epub", "-o", "out.epub", "-M", "lang=en"});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("could run code"));
  CHECK(read_file(dir / "out.epub").find("images/img-001") == std::string::npos);
}

TEST_CASE("a text file that mentions <svg is not inlined as an image") {
  require_formats();
  TempDir dir;
  write_file(dir / "notes.png", "These notes mention <svg> elements; they are not an image.\n");
  write_file(dir / "in.md", interview("markdown", "Images", "![notes](notes.png)"));
  auto r = run_bounded(dir, {"in.md", "-t", "html", "--embed-resources", "-o", "out.html"});
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("is not a PNG, JPEG, GIF, WebP or SVG image"));
  CHECK_THAT(read_file(dir / "out.html"), Catch::Contains("src=\"notes.png\""));
}
