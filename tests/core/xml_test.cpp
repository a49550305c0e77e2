#include <catch2/catch.hpp>

#include "govtech/xml.hpp"

using namespace govtech;

TEST_CASE("xml_escaped escapes markup and drops characters XML forbids") {
  using namespace std::string_literals;
  CHECK(xml_escaped("<script>&\"x\"</script>") == "&lt;script&gt;&amp;\"x\"&lt;/script&gt;");
  CHECK(xml_escaped("a\"b\nc", true) == "a&quot;b&#10;c");
  CHECK(xml_escaped("]]>") == "]]&gt;");
  CHECK(xml_escaped("a\0b\x01\x1F\tc\xEF\xBF\xBE"s) == "ab\tc");
  CHECK(xml_safe("x\x0By\xEF\xBF\xBFz") == "xyz");
}

TEST_CASE("is_unsafe_url catches script and file schemes however they are written") {
  CHECK(is_unsafe_url("javascript:alert(1)"));
  CHECK(is_unsafe_url("  JavaScript:alert(1)"));
  CHECK(is_unsafe_url("java\tscript:alert(1)"));
  CHECK(is_unsafe_url("vbscript:x"));
  CHECK(is_unsafe_url("file:///etc/passwd"));
  CHECK(is_unsafe_url("data:text/html;base64,PHNjcmlwdD4="));
  CHECK(is_unsafe_url("data:image/svg+xml,<svg onload=alert(1)>"));
  CHECK_FALSE(is_unsafe_url("data:image/png;base64,iVBOR"));
  CHECK_FALSE(is_unsafe_url("https://example.org/a?b=javascript:"));
  CHECK_FALSE(is_unsafe_url("images/photo.jpg"));
  CHECK_FALSE(is_unsafe_url("mailto:someone@example.org"));
  CHECK_FALSE(is_unsafe_url("#section-2"));
}
