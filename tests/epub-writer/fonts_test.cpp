// --css stylesheets with @font-face rules: the url()s found, the fonts packaged and the
// stylesheet pointed at them, and the errors that name the stylesheet and the font.
#include <catch2/catch.hpp>

#include "epub_support.hpp"
#include "files.hpp"
#include "font_face_urls.hpp"
#include "govtech/text.hpp"

using namespace epubtest;
using govtech::epub::font_face_urls;
using govtech::testing::TempDir;
using govtech::testing::write_file;

namespace {

std::vector<std::string> urls_of(std::string_view css) {
  std::vector<std::string> values;
  for (const auto& url : font_face_urls(css)) {
    CHECK(govtech::ascii_lower(css.substr(url.begin, 4)) == "url(");
    CHECK(css[url.end - 1] == ')');
    values.push_back(url.value);
  }
  return values;
}

using Urls = std::vector<std::string>;

// A book made with `css` as --css, from the folder it is in.
Written with_stylesheet(const TempDir& dir, const std::string& css) {
  write_file(dir / "css" / "house.css", css);
  govtech::Options options;
  options.set("css", (dir / "css" / "house.css").string());
  return write_epub(sample_interview(), {options});
}

}  // namespace

TEST_CASE("the url()s of @font-face rules are found, quoted or not, escapes resolved") {
  CHECK(urls_of("@font-face { font-family: A; src: url(a.woff2) format('woff2'), "
                "url( \"b c.woff\" ) format(\"woff\"), URL('d\\'e.ttf'); }") ==
        Urls{"a.woff2", "b c.woff", "d'e.ttf"});
  CHECK(urls_of("@FONT-FACE{src:url(f\\20 g.otf)}") == Urls{"f g.otf"});
  CHECK(urls_of("@font-face{src:url(\"\\66 ont.ttf\")}") == Urls{"font.ttf"});
  // Inside @media, and more than one rule.
  CHECK(urls_of("@media print { @font-face { src: url(p.woff2) } p { color: red } }\n"
                "@font-face { src: url(q.woff2) }") == Urls{"p.woff2", "q.woff2"});
}

TEST_CASE("url()s elsewhere, in comments, strings and local() are not fonts") {
  CHECK(urls_of("body { background: url(paper.png) } @import url(other.css);").empty());
  CHECK(urls_of("/* @font-face { src: url(old.woff) } */ p {}").empty());
  CHECK(urls_of("@font-face { /* url(no.woff) */ src: local(\"url(no.woff)\"), "
                "local(Name), url(yes.woff) }") == Urls{"yes.woff"});
  CHECK(urls_of("p::after { content: \"@font-face { src: url(no.woff) }\" } "
                "@font-face { src: myurl(no.woff), url(yes.ttf) }") == Urls{"yes.ttf"});
  CHECK(urls_of("@font-face; p { background: url(no.png) }").empty());
  // A url( with a quote or space in the middle is dropped as CSS does, up to its ')'; the end
  // of the stylesheet closes one left open.
  CHECK(urls_of("@font-face { src: url(a b.woff), url(c\"d.woff), url(\"e\" f), url(ok.woff) }") ==
        Urls{"ok.woff"});
  CHECK(font_face_urls("@font-face { src: url(open.woff").front().value == "open.woff");
}

TEST_CASE("the fonts of @font-face rules are packaged with their media types, urls rewritten") {
  TempDir dir;
  write_file(dir / "css" / "fonts" / "body.woff2", tiny_font("wOF2"));
  write_file(dir / "css" / "fonts" / "body.woff", tiny_font("wOFF"));
  write_file(dir / "css" / "head.ttf", tiny_font(std::string("\0\1\0\0", 4)));
  write_file(dir / "css" / "Head Bold.otf", tiny_font("OTTO"));
  Written out = with_stylesheet(dir,
                                "@font-face {\n"
                                "  font-family: Body;\n"
                                "  src: url(\"fonts/body.woff2\") format(\"woff2\"),\n"
                                "       url(fonts/body.woff?v=2#x) format(\"woff\");\n"
                                "}\n"
                                "@font-face { font-family: Head; src: url('head.ttf'), "
                                "url(Head%20Bold.otf), url(./head.ttf); }\n"
                                "body { font-family: Body, serif; }\n");
  Epub epub = out.epub();
  CHECK(epub.text("EPUB/styles/book.css") ==
        "@font-face {\n"
        "  font-family: Body;\n"
        "  src: url(\"../fonts/font-001.woff2\") format(\"woff2\"),\n"
        "       url(\"../fonts/font-002.woff\") format(\"woff\");\n"
        "}\n"
        "@font-face { font-family: Head; src: url(\"../fonts/font-003.ttf\"), "
        "url(\"../fonts/font-004.otf\"), url(\"../fonts/font-003.ttf\"); }\n"
        "body { font-family: Body, serif; }\n");
  const std::string& opf = epub.text("EPUB/package.opf");
  for (const char* item : {"href=\"fonts/font-001.woff2\" media-type=\"font/woff2\"",
                           "href=\"fonts/font-002.woff\" media-type=\"font/woff\"",
                           "href=\"fonts/font-003.ttf\" media-type=\"font/ttf\"",
                           "href=\"fonts/font-004.otf\" media-type=\"font/otf\""}) {
    INFO(item);
    CHECK(opf.find(item) != std::string::npos);
  }
  CHECK(epub.text("EPUB/fonts/font-004.otf") == tiny_font("OTTO"));
  CHECK_FALSE(epub.has("EPUB/fonts/font-005.ttf"));  // ./head.ttf is head.ttf
}

TEST_CASE("a data: font stays in the stylesheet; no other url() is touched") {
  TempDir dir;
  const std::string css =
      "@font-face { src: url(data:font/woff2;base64,d09GMgABAAA=) format('woff2') }\n"
      "body { background: url(paper.png) }\n";
  Written out = with_stylesheet(dir, css);
  Epub epub = out.epub();
  CHECK(epub.text("EPUB/styles/book.css") == css);
  CHECK(epub.text("EPUB/package.opf").find("font/") == std::string::npos);
}

TEST_CASE("a missing, remote or unknown font is an error naming the stylesheet and the font") {
  TempDir dir;
  write_file(dir / "css" / "old.eot", std::string(64, 'x'));
  const std::string stylesheet = (dir / "css" / "house.css").string();
  for (auto [src, message] : std::vector<std::pair<std::string, std::string>>{
           {"url(gone.woff2)", "names the font 'gone.woff2', which cannot be read"},
           {"url(https://fonts.example.org/a.woff2)",
            "names the font 'https://fonts.example.org/a.woff2', which is not a local file"},
           {"url(//fonts.example.org/a.woff2)",
            "names the font '//fonts.example.org/a.woff2', which is not a local file"},
           {"url(old.eot) format('embedded-opentype')",
            "names the font 'old.eot', which is not a WOFF2, WOFF, TrueType or OpenType font"}}) {
    INFO(src);
    CHECK_THROWS_WITH(with_stylesheet(dir, "@font-face { src: " + src + " }"),
                      Catch::Contains("the stylesheet '" + stylesheet + "' " + message));
  }
}
