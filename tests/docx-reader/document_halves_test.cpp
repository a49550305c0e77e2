// Where a long document.xml is cut to be parsed in halves (plugins/docx-reader/
// document_halves.cpp): before the first start tag of a body child past the middle, found by
// reading the tags before the body and counting those after it sixteen bytes at a time.
#include <catch2/catch.hpp>
#include <random>
#include <string>
#include <vector>

#include "document_halves.hpp"

using govtech::docx::find_cut;

namespace {

const std::string kRoot =
    "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
    "mc:Ignorable=\"w14 wp14\">";

// A body child of some depth and length, with empty-element tags, attributes and text.
std::string element(std::mt19937& random) {
  const std::string text(random() % 40, 'a' + static_cast<char>(random() % 26));
  switch (random() % 4) {
    case 0:
      return "<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>" + text +
             "</w:t></w:r></w:p>";
    case 1:
      return "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>" + text +
             "</w:t></w:r></w:p><w:p/></w:tc></w:tr></w:tbl>";
    case 2:
      return "<w:p/>";
    default:
      return "<w:p w:rsidR=\"00AB12CD\"><w:r><w:rPr><w:b/><w:i w:val=\"1\"/></w:rPr><w:t "
             "xml:space=\"preserve\">" +
             text + " </w:t></w:r></w:p>";
  }
}

}  // namespace

TEST_CASE("the cut falls before the first body child that starts past the middle") {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    CAPTURE(seed);
    std::mt19937 random(seed);
    std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + kRoot +
                      "<w:background w:color=\"FFFFFF\"/><w:body>";
    std::vector<std::size_t> starts;  // of the body's children
    const std::size_t count = 200 + random() % 300;
    for (std::size_t i = 0; i < count; ++i) {
      starts.push_back(xml.size());
      xml += element(random);
    }
    xml += "<w:sectPr><w:pgSz w:w=\"12240\"/></w:sectPr></w:body></w:document>";
    const std::size_t from = xml.size() / 2 + random() % 100;
    std::size_t expected = 0;
    for (std::size_t start : starts) {
      if (start >= from) {
        expected = start;
        break;
      }
    }
    const auto cut = find_cut(xml, from);
    REQUIRE(cut);
    CHECK(cut->at == expected);
    CHECK(cut->root_tag == kRoot);
    CHECK(cut->root_name == "w:document");
    CHECK(cut->body_tag == "<w:body>");
    CHECK(cut->body_name == "w:body");
  }
}

TEST_CASE("no cut where there is nothing to cut before") {
  const std::string body = "<w:body><w:p/><w:p><w:r><w:t>One</w:t></w:r></w:p></w:body>";
  // Past the body's end, or with one child that holds everything.
  CHECK_FALSE(find_cut(kRoot + body + "</w:document>", 60 + kRoot.size()));
  CHECK_FALSE(find_cut(kRoot + "<w:body><w:sdt><w:sdtContent><w:p/><w:p/><w:p/>"
                               "</w:sdtContent></w:sdt></w:body></w:document>",
                       kRoot.size() + 30));
  // A DOCTYPE, a root with nothing in it, no body, no markup at all.
  CHECK_FALSE(find_cut("<!DOCTYPE w:document>" + kRoot + body + "</w:document>", 10));
  CHECK_FALSE(find_cut("<w:document/>", 0));
  CHECK_FALSE(find_cut(kRoot + "<w:p/><w:p/></w:document>", kRoot.size()));
  CHECK_FALSE(find_cut("no markup", 0));
}

TEST_CASE("comments and processing instructions before the body are read, not counted") {
  const std::string xml = "<?xml version=\"1.0\"?><!-- <w:body> is not here -->" + kRoot +
                          "<?pi <w:x>?><w:body><w:p/><w:p/><w:p/><w:p/></w:body></w:document>";
  const std::size_t third = xml.find("<w:p/>") + 2 * 6;
  const auto cut = find_cut(xml, third - 3);
  REQUIRE(cut);
  CHECK(cut->at == third);
}
