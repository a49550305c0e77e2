// The checks the fuzz targets and hostile-input tests rely on must catch what they claim to:
// each known-bad output below is rejected, each good one accepted.
#include <catch2/catch.hpp>

#include "output_checks.hpp"

using namespace govtech::checks;

TEST_CASE("XML: well-formed documents pass, broken or forbidden ones are caught") {
  CHECK(xml_problem("<?xml version=\"1.0\"?>\n<a x=\"1 &amp; 2\">t &#233; &lt;b&gt;</a>").empty());
  CHECK(xml_problem("<a><![CDATA[ <b> & ]]></a>").empty());
  CHECK_THAT(xml_problem("<a><b></a>"), Catch::Contains("not well-formed"));
  CHECK_THAT(xml_problem("<a>\x01</a>"), Catch::Contains("U+1"));
  CHECK_THAT(xml_problem("<a>\xEF\xBF\xBE</a>"), Catch::Contains("U+65534"));
  CHECK_THAT(xml_problem("<a>&#1;</a>"), Catch::Contains("forbids"));
  CHECK_THAT(xml_problem("<a b=\"&#x0;\"/>"), Catch::Contains("forbids"));
  CHECK_THAT(xml_problem("<a>&nbsp;</a>"), Catch::Contains("undefined entity"));
  CHECK_THAT(xml_problem("<a>x ]]> y</a>"), Catch::Contains("]]>"));
  CHECK_THAT(xml_problem("<a>\xE9</a>"), Catch::Contains("not UTF-8"));
  CHECK_THAT(xml_problem("<a>AT&T</a>"), Catch::Contains("&"));
}

TEST_CASE("HTML: escaped text and JSON-LD pass, anything that can run is caught") {
  CHECK(html_active_markup("<!DOCTYPE html><html><head><title>&lt;script&gt;</title>"
                           "<script type=\"application/ld+json\">{\"a\":\"\\u003c/script\"}"
                           "</script><style>p{color:red}</style></head><body>"
                           "<a href=\"https://example.org/?a=1&amp;b=2\">x</a>"
                           "<img src=\"data:image/png;base64,AAAA\" alt=\"\" /></body></html>")
            .empty());
  CHECK_FALSE(html_active_markup("<p><script>alert(1)</script></p>").empty());
  CHECK_FALSE(html_active_markup("<p><SCRIPT SRC=x></SCRIPT></p>").empty());
  CHECK_FALSE(html_active_markup("<img src=x onerror=alert(1)>").empty());
  CHECK_FALSE(html_active_markup("<a href=\"javascript:alert(1)\">x</a>").empty());
  CHECK_FALSE(html_active_markup("<a href=\"&#106;avascript:alert(1)\">x</a>").empty());
  CHECK_FALSE(html_active_markup("<a href=\" JaVa&Tab;Script&colon;x\">x</a>").empty());
  CHECK_FALSE(html_active_markup("<a href='data:text/html,x'>x</a>").empty());
  CHECK_FALSE(html_active_markup("<iframe src=\"https://example.org\"></iframe>").empty());
  CHECK_FALSE(html_active_markup("<meta http-equiv=\"Refresh\" content=\"0;url=x\">").empty());
  CHECK_FALSE(html_active_markup("<p>1 < 2</p>").empty());
  CHECK_FALSE(html_active_markup("<script type=\"application/ld+json\">{\"t\":\"</script>"
                                 "<script>alert(1)</script>\"}</script>")
                  .empty());
  CHECK_FALSE(html_active_markup("<style>p{}<img src=x onerror=y></style>").empty());
}

TEST_CASE("XHTML: parsed, and the same rules applied to elements and attributes") {
  CHECK(xhtml_active_markup("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>x</p>"
                            "<a href=\"https://example.org\">y</a></body></html>")
            .empty());
  CHECK_FALSE(xhtml_active_markup("<html><body><script>x</script></body></html>").empty());
  CHECK_FALSE(xhtml_active_markup("<html><body><svg:a xlink:href=\"javascript:x\"/></body></html>")
                  .empty());
  CHECK_FALSE(xhtml_active_markup("<html><body><p onclick=\"x\">y</p></body></html>").empty());
  CHECK_FALSE(xhtml_active_markup("<html><body><p>").empty());
}

TEST_CASE("EPUB and JSON: structure is checked") {
  CHECK_THAT(epub_problem("not a zip at all"), Catch::Contains("not a zip"));
  CHECK(json_problem("{\"a\": [1, 2, \"\\u00e9\"]}").empty());
  CHECK_FALSE(json_problem("{\"a\": }").empty());
  CHECK_FALSE(json_problem("\"\xE9\"").empty());
  CHECK_FALSE(output_problem("html", "<p>\xFF</p>").empty());
}
