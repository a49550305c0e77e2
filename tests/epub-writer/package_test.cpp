// The container and the package document: what EPUB requires of them, and what the writer
// promises (reproducible bytes, a derived identifier, metadata from the document).
#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <regex>

#include "epub_support.hpp"
#include "govtech/diagnostics.hpp"
#include "govtech/registry.hpp"

using namespace epubtest;
using govtech::Document;

namespace {

pugi::xml_document parse(const std::string& xml) {
  pugi::xml_document doc;
  pugi::xml_parse_result result = doc.load_string(xml.c_str());
  INFO(xml);
  REQUIRE(result);
  return doc;
}

std::string identifier_of(const Epub& epub) {
  auto opf = parse(epub.text("EPUB/package.opf"));
  return opf.select_node("//*[local-name()='identifier']").node().text().get();
}

}  // namespace

TEST_CASE("the mimetype entry comes first, stored, with no extra field") {
  Written out = write_epub(sample_interview());
  const std::string& b = out.bytes;
  REQUIRE(b.size() > 60);
  CHECK(b.substr(0, 4) == "PK\x03\x04");
  auto u16 = [&](std::size_t at) {
    return static_cast<unsigned>(static_cast<unsigned char>(b[at])) |
           (static_cast<unsigned>(static_cast<unsigned char>(b[at + 1])) << 8);
  };
  CHECK(u16(6) == 0);   // no flags: sizes known up front, no data descriptor
  CHECK(u16(8) == 0);   // stored
  CHECK(u16(26) == 8);  // name length
  CHECK(u16(28) == 0);  // extra field length
  CHECK(b.substr(30, 8) == "mimetype");
  CHECK(b.substr(38, 20) == "application/epub+zip");

  Epub epub = out.epub();
  REQUIRE(epub.items.front().name == "mimetype");
  CHECK(epub.items.front().method == 0);
  CHECK(epub.text("META-INF/container.xml").find("full-path=\"EPUB/package.opf\"") !=
        std::string::npos);
}

TEST_CASE("entries are in a fixed order and other text entries are deflated") {
  Epub epub = write_epub(sample_interview()).epub();
  std::vector<std::string> expected = {"mimetype",
                                       "META-INF/container.xml",
                                       "EPUB/package.opf",
                                       "EPUB/toc.ncx",
                                       "EPUB/text/title.xhtml",
                                       "EPUB/nav.xhtml",
                                       "EPUB/text/interview.xhtml",
                                       "EPUB/styles/book.css"};
  CHECK(epub.names() == expected);
  for (const ZipItem& item : epub.items) {
    if (item.name != "mimetype") CHECK(item.method == 8);
  }
}

TEST_CASE("compression level 0 stores every entry; an out-of-range level is refused") {
  govtech::Options options;
  options.set("compression-level", "0");
  Epub stored = write_epub(sample_interview(), {options}).epub();
  for (const ZipItem& item : stored.items) CHECK(item.method == 0);

  options.set("compression-level", "9");
  Written best = write_epub(sample_interview(), {options});
  options.set("compression-level", "1");
  Written fast = write_epub(sample_interview(), {options});
  CHECK(best.epub().text("EPUB/text/interview.xhtml") ==
        fast.epub().text("EPUB/text/interview.xhtml"));

  options.set("compression-level", "10");
  CHECK_THROWS_AS(write_epub(sample_interview(), {options}), govtech::Error);
}

TEST_CASE("with SOURCE_DATE_EPOCH two conversions are byte-identical and dated by it") {
  ScopedEnv epoch("SOURCE_DATE_EPOCH", "1584014400");  // 2020-03-12T12:00:00Z
  Written first = write_epub(sample_interview());
  Written second = write_epub(sample_interview());
  CHECK(first.bytes == second.bytes);
  CHECK(meta_values(first.epub().text("EPUB/package.opf"), "dcterms:modified") ==
        std::vector<std::string>{"2020-03-12T12:00:00Z"});
  // Every local header carries the same DOS time: 12:00:00 on 2020-03-12.
  const std::string& b = first.bytes;
  std::size_t headers = 0;
  for (std::size_t at = b.find("PK\x03\x04"); at != std::string::npos;
       at = b.find("PK\x03\x04", at + 4)) {
    unsigned time =
        static_cast<unsigned char>(b[at + 10]) | (static_cast<unsigned char>(b[at + 11]) << 8);
    unsigned date =
        static_cast<unsigned char>(b[at + 12]) | (static_cast<unsigned char>(b[at + 13]) << 8);
    CHECK(time == (12u << 11));
    CHECK(date == (((2020u - 1980u) << 9) | (3u << 5) | 12u));
    ++headers;
  }
  CHECK(headers == first.epub().items.size());

  ScopedEnv later("SOURCE_DATE_EPOCH", "1600000000");
  CHECK(write_epub(sample_interview()).bytes != first.bytes);
}

TEST_CASE("a malformed SOURCE_DATE_EPOCH is an error, not a silent fallback") {
  ScopedEnv epoch("SOURCE_DATE_EPOCH", "yesterday");
  CHECK_THROWS_AS(write_epub(sample_interview()), govtech::Error);
}

TEST_CASE("the identifier is derived from the content and metadata unless one is given") {
  ScopedEnv epoch("SOURCE_DATE_EPOCH", std::nullopt);  // the time must not matter
  Document doc = sample_interview();
  std::string id = identifier_of(write_epub(doc).epub());
  CHECK(std::regex_match(
      id,
      std::regex("urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")));
  CHECK(identifier_of(write_epub(sample_interview()).epub()) == id);

  Document changed_text = sample_interview();
  changed_text.entries[1].answer.push_back(paragraph("One more thing."));
  CHECK(identifier_of(write_epub(changed_text).epub()) != id);

  Document changed_meta = sample_interview();
  changed_meta.meta.date = "2020-03-13";
  CHECK(identifier_of(write_epub(changed_meta).epub()) != id);

  Document given = sample_interview();
  given.meta.identifier = "isbn:9780000000002";
  Epub epub = write_epub(given).epub();
  CHECK(identifier_of(epub) == "isbn:9780000000002");
  CHECK(epub.text("EPUB/toc.ncx").find("content=\"isbn:9780000000002\"") != std::string::npos);
}

TEST_CASE("the package document carries the interview's metadata") {
  ScopedEnv epoch("SOURCE_DATE_EPOCH", "0");
  Document doc = sample_interview();
  doc.meta.date = "12 March 2020";
  doc.meta.keywords = {"digital government", "Ghana"};
  doc.meta.extra = {{"publisher", "GovTech Review"}};
  Written out = write_epub(doc);
  std::string opf = out.epub().text("EPUB/package.opf");
  auto xml = parse(opf);
  auto package = xml.child("package");
  CHECK(std::string(package.attribute("version").value()) == "3.0");
  CHECK(std::string(package.attribute("xml:lang").value()) == "en-GB");
  auto metadata = package.child("metadata");
  auto text_of = [&](const char* name) { return std::string(metadata.child(name).text().get()); };
  CHECK(text_of("dc:title") == "Building services people can finish");
  CHECK(text_of("dc:language") == "en-GB");
  CHECK(text_of("dc:date") == "2020-03-12");
  CHECK(text_of("dc:publisher") == "GovTech Review");
  std::vector<std::string> creators, contributors, subjects;
  for (auto c : metadata.children("dc:creator")) creators.push_back(c.text().get());
  for (auto c : metadata.children("dc:contributor")) contributors.push_back(c.text().get());
  for (auto c : metadata.children("dc:subject")) subjects.push_back(c.text().get());
  CHECK(creators == std::vector<std::string>{"Kofi Mensah", "Efua Owusu"});
  CHECK(contributors == std::vector<std::string>{"Amara Osei"});
  CHECK(subjects == std::vector<std::string>{"digital government", "Ghana"});
  CHECK(meta_values(opf, "belongs-to-collection") ==
        std::vector<std::string>{"Women in GovTech Special Report 2020"});
  CHECK(meta_values(opf, "collection-type") == std::vector<std::string>{"series"});
  CHECK(opf.find("property=\"role\" scheme=\"marc:relators\">ive<") != std::string::npos);
  CHECK(meta_values(opf, "dcterms:modified") == std::vector<std::string>{"1970-01-01T00:00:00Z"});
  CHECK(out.warnings.empty());
}

TEST_CASE("a document without a language is declared English, with a warning") {
  Document doc = sample_interview();
  doc.meta.language.clear();
  Written out = write_epub(doc);
  std::string opf = out.epub().text("EPUB/package.opf");
  CHECK(opf.find("<dc:language>en</dc:language>") != std::string::npos);
  REQUIRE(out.warnings.size() == 1);
  CHECK(out.warnings[0].find("-M lang=") != std::string::npos);
  // An undeclared language is a failed check: no conformance claim.
  CHECK(meta_values(opf, "dcterms:conformsTo").empty());
}

TEST_CASE("a date EPUB cannot take is left out with a warning; a missing title is made up") {
  Document doc = sample_interview();
  doc.meta.date = "sometime in spring";
  doc.meta.title.clear();
  Written out = write_epub(doc);
  std::string opf = out.epub().text("EPUB/package.opf");
  CHECK(opf.find("<dc:date>") == std::string::npos);
  CHECK(opf.find(">Interview with Amara Osei</dc:title>") != std::string::npos);
  CHECK(out.warnings.size() == 2);
}

TEST_CASE("every content document declares its language in xml:lang and lang") {
  Document doc = sample_interview();
  doc.meta.language = "fr-CA";
  Epub epub = write_epub(doc).epub();
  for (const ZipItem& item : epub.items) {
    if (item.name.ends_with(".xhtml")) {
      INFO(item.name);
      CHECK(item.bytes.find("xml:lang=\"fr-CA\" lang=\"fr-CA\"") != std::string::npos);
      parse(item.bytes);
    }
  }
  CHECK(epub.text("EPUB/nav.xhtml").find(">Table des matières<") != std::string::npos);
  CHECK(meta_values(epub.text("EPUB/package.opf"), "schema:accessibilitySummary")
            .at(0)
            .find("La publication") == 0);
}

TEST_CASE("the writer's format information") {
  govtech::Registry registry;
  registry.add_folder(GOVTECH_PLUGIN_DIR);
  auto writer = registry.writer("epub3");
  REQUIRE(writer);
  auto info = writer.handler->info();
  CHECK(info.name == "epub");
  CHECK(info.binary);
  CHECK(info.mime_type == "application/epub+zip");
  CHECK(info.extensions == std::vector<std::string>{"epub"});
  CHECK(writer.handler->supports("combine"));
}
