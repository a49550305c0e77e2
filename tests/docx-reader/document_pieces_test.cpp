// Where a long document.xml is cut to be read in pieces (plugins/docx-reader/
// document_pieces.cpp): before the first start tag of a body child past where a cut is asked
// for, found by reading the tags before the body and counting those after it sixteen bytes at
// a time; and the pieces, each a document of its own, holding the body's elements in order.
#include <algorithm>
#include <catch2/catch.hpp>
#include <optional>
#include <pugixml.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "document_pieces.hpp"

using govtech::docx::find_cut;
using govtech::docx::find_next_cut;
using govtech::docx::MainPieces;

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

namespace {

// A main part of `count` random body children, and where each starts.
std::string random_part(std::mt19937& random, std::size_t count, std::vector<std::size_t>& starts) {
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n" + kRoot +
                    "<w:background w:color=\"FFFFFF\"/><w:body>";
  for (std::size_t i = 0; i < count; ++i) {
    starts.push_back(xml.size());
    xml += element(random);
  }
  starts.push_back(xml.size());  // the section properties are a body child too
  return xml + "<w:sectPr><w:pgSz w:w=\"12240\"/></w:sectPr></w:body></w:document>";
}

// The body's children as XML, one after the other.
std::string children_of_body(const pugi::xml_document& document) {
  std::ostringstream out;
  const pugi::xml_node body = document.document_element().child("w:body");
  for (pugi::xml_node child : body.children()) child.print(out, "", pugi::format_raw);
  return out.str();
}

}  // namespace

TEST_CASE("each cut after another falls before the first body child past where it is asked") {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    CAPTURE(seed);
    std::mt19937 random(seed);
    std::vector<std::size_t> starts;
    const std::string xml = random_part(random, 300 + random() % 300, starts);
    auto cut = find_cut(xml, starts.front() + 1);
    REQUIRE(cut);
    while (cut) {
      const std::size_t at = cut->at;
      const std::size_t asked = at + 1 + random() % 400;
      cut = find_next_cut(xml, *cut, asked);
      const auto next = std::find_if(starts.begin(), starts.end(),
                                     [&](std::size_t start) { return start >= asked; });
      if (next == starts.end()) {
        CHECK_FALSE(cut);  // nothing past it but the body's end
        break;
      }
      REQUIRE(cut);
      CHECK(cut->at == *next);
      CHECK(cut->at > at);
      CHECK(cut->root_tag == kRoot);
    }
  }
}

TEST_CASE("the pieces parse, and their bodies hold the body's elements in order") {
  for (unsigned seed = 1; seed <= 20; ++seed) {
    CAPTURE(seed);
    std::mt19937 random(seed);
    std::vector<std::size_t> starts;
    const std::string xml = random_part(random, 400 + random() % 400, starts);
    govtech::docx::XmlPart whole{.text = xml, .document = {}};
    REQUIRE(govtech::docx::parse_in_place(whole));
    std::string text = xml;
    const std::size_t piece_bytes = 1000 + random() % 3000;
    const std::optional<MainPieces> pieces = MainPieces::cut(text, piece_bytes);
    REQUIRE(pieces);
    REQUIRE(pieces->size() >= 3);
    std::string children;
    for (std::size_t k = 0; k < pieces->size(); ++k) {
      CAPTURE(k);
      const std::size_t length = pieces->start(k + 1) - pieces->start(k);
      // About as long as asked (a piece ends at the first child past it); the last at least
      // half as long.
      if (k + 1 < pieces->size()) CHECK(length >= piece_bytes);
      CHECK(length >= piece_bytes / 2);
      const auto part = pieces->parse(k);
      REQUIRE(part);
      children += children_of_body(part->document);
    }
    CHECK(pieces->start(pieces->size()) == xml.size());
    CHECK(children == children_of_body(whole.document));
  }
}

TEST_CASE("a text with nowhere to cut is left as it was, and a malformed piece parses to null") {
  std::string short_text = kRoot + "<w:body><w:p/></w:body></w:document>";
  CHECK_FALSE(MainPieces::cut(short_text, short_text.size() - 10));  // past the only child
  CHECK(short_text == kRoot + "<w:body><w:p/></w:body></w:document>");
  // Nor is one whose start tags, repeated in every piece, are long against a piece.
  std::string long_root = "<w:document xmlns:w=\"urn:w\" w:note=\"" + std::string(500, 'x') +
                          "\"><w:body>" + std::string(2000, ' ');
  for (int i = 0; i < 1000; ++i) long_root += "<w:p/>";
  const std::string as_it_was = long_root += "</w:body></w:document>";
  CHECK_FALSE(MainPieces::cut(long_root, 2000));
  CHECK(long_root == as_it_was);
  CHECK(MainPieces::cut(long_root, 5000));

  std::mt19937 random(7);
  std::vector<std::size_t> starts;
  std::string text = random_part(random, 600, starts);
  const std::size_t late = starts[500];
  text.insert(late, "<w:p><w:r><w:t>unclosed</w:r></w:p>");
  const std::optional<MainPieces> pieces = MainPieces::cut(text, 2000);
  REQUIRE(pieces);
  std::size_t malformed = 0;
  for (std::size_t k = 0; k < pieces->size(); ++k) {
    if (!pieces->parse(k)) {
      ++malformed;
      CHECK(pieces->start(k) <= late);
      CHECK(late < pieces->start(k + 1));
    }
  }
  CHECK(malformed == 1);
}
