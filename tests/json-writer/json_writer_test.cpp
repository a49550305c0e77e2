// The json writer streams its output instead of building a tree, and must write the very bytes
// the tree's dump wrote: golden files and tools read that layout. Strings are where the two
// could part (escapes, and bytes that are not UTF-8, which become U+FFFD), so every string
// here is written by both and compared; nlohmann's dump with error_handler_t::replace is the
// reference. A document's front matter keys are written in one pass whatever their number.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "govtech/testing.hpp"

namespace {

// The JSON text the writer gives a title, as it appears after "title": in the dump.
std::string written_title(const govtech::Writer& writer, const std::string& title) {
  govtech::Document doc;
  doc.meta.title = title;
  const std::string out = govtech::testing::write_to_string(writer, doc);
  const std::string key = "\"title\": ";
  const std::size_t begin = out.find(key) + key.size();
  return out.substr(begin, out.find(",\n", begin) - begin);
}

std::string reference(const std::string& text) {
  return nlohmann::json(text).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

TEST_CASE("strings are escaped as the reference dump escapes them, bad UTF-8 included") {
  auto writer = govtech::testing::load_writer(GOVTECH_PLUGIN_DIR, "json");
  std::vector<std::string> cases{"",
                                 "plain",
                                 "quote \" backslash \\ slash /",
                                 "\b\f\n\r\t\x01\x1f\x7f",
                                 "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80",
                                 "\xE9",
                                 "caf\xE9 x",
                                 "\xC3",
                                 "\xE2\x82",
                                 "\xF0\x9F\x98",
                                 "\xC0\x80",
                                 "\xED\xA0\x80",
                                 "\xF4\x90\x80\x80",
                                 "\xE0\x80\xAF",
                                 "\xF0\x80\x80\x80",
                                 "\x80\xBF",
                                 "\xFE\xFF",
                                 "a\xE2\x28\xA1z"};
  // Every byte after every byte, and after each lead byte every byte.
  for (int a = 0; a < 256; ++a) {
    std::string s;
    for (int b = 0; b < 256; ++b) {
      s += static_cast<char>(a);
      s += static_cast<char>(b);
      s += 'x';
    }
    cases.push_back(s);
  }
  for (const auto& text : cases) {
    INFO(nlohmann::json(text).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace));
    CHECK(written_title(*writer.handler, text) == reference(text));
  }
}

TEST_CASE("a whole document is the reference dump, byte for byte") {
  auto writer = govtech::testing::load_writer(GOVTECH_PLUGIN_DIR, "json");
  govtech::Document doc;
  doc.meta.title = "T";
  doc.meta.authors = {"A", "B"};
  doc.meta.extra = {{"k", "1"}, {"j", "2"}, {"k", "3"}};
  doc.intro.emplace_back(govtech::Paragraph{{govtech::Text{"x"}, govtech::SoftBreak{}}},
                         govtech::SourcePos{3, 0});
  const std::string out = govtech::testing::write_to_string(*writer.handler, doc);
  // A key given twice: its first place, its last value, as the tree's object had it.
  CHECK_THAT(out,
             Catch::Contains("    \"extra\": {\n      \"k\": \"3\",\n      \"j\": \"2\"\n    }\n"));
  CHECK_THAT(out, Catch::StartsWith("{\n  \"schema\": \"govtech-convert/document\",\n"));
  CHECK_THAT(out, Catch::EndsWith("\n  \"trailing\": [],\n  \"resources\": []\n}\n"));
}

TEST_CASE("200,000 front matter keys are written in linear time") {
  auto writer = govtech::testing::load_writer(GOVTECH_PLUGIN_DIR, "json");
  govtech::Document doc;
  for (int i = 0; i < 200'000; ++i) {
    doc.meta.extra.emplace_back("k" + std::to_string(i), "v" + std::to_string(i));
  }
  // Quadratic lookups took 42 s here; CTest's default timeout bounds this test.
  const std::string out = govtech::testing::write_to_string(*writer.handler, doc);
  CHECK_THAT(out, Catch::Contains("\"k199999\": \"v199999\""));
}

TEST_CASE("a carried resource is listed by name, media type, length and SHA-256") {
  auto writer = govtech::testing::load_writer(GOVTECH_PLUGIN_DIR, "json");
  govtech::Document doc;
  doc.intro.emplace_back(govtech::Paragraph{{govtech::Image{.src = "media/a.png"}}});
  doc.resources.push_back({.name = "media/a.png", .media_type = "image/png", .bytes = "abc"});
  const std::string out = govtech::testing::write_to_string(*writer.handler, doc);
  // SHA-256 of "abc", from FIPS 180-2's example.
  CHECK_THAT(
      out, Catch::EndsWith("\n  \"resources\": [\n    {\n      \"name\": \"media/a.png\",\n"
                           "      \"media_type\": \"image/png\",\n      \"bytes\": 3,\n"
                           "      \"sha256\": "
                           "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"\n"
                           "    }\n  ]\n}\n"));
}
