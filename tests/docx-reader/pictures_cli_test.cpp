// A Word file's pictures through the program, as a user converts them: held once by the
// reader, packaged once by the EPUB writer however often they are placed, embedded by the
// HTML writer without --embed-resources, and kept apart when two Word files that both hold
// word/media/image1.png are combined.
#include <zip.h>

#include <catch2/catch.hpp>
#include <map>

#include "cli_runner.hpp"
#include "docx_builder.hpp"
#include "files.hpp"
#include "govtech/text.hpp"

using govtech::testing::DocxBuilder;
using govtech::testing::read_file;
using govtech::testing::run_cli;
using govtech::testing::TempDir;
using govtech::testing::write_file;

namespace {

std::string png(const std::string& marker) {
  return std::string("\x89PNG\r\n\x1a\n", 8) + marker;
}

std::string picture_paragraph(const std::string& descr) {
  return "<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"Picture\" descr=\"" + descr +
         "\"/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed=\"rIdP\"/>"
         "</pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
         "</w:p>";
}

// An interview whose one picture, word/media/image1.png, is placed `placements` times.
std::string interview(const std::string& title, const std::string& picture, int placements) {
  std::string body = "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>" + title +
                     "</w:t></w:r></w:p>"
                     "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>What does the counter show?</w:t>"
                     "</w:r></w:p><w:p><w:r><w:t>The queue, hour by hour.</w:t></w:r></w:p>";
  for (int i = 0; i < placements; ++i)
    body += picture_paragraph("Queue chart " + std::to_string(i));
  return DocxBuilder()
      .body(body)
      .relationship("rIdP", "image", "media/image1.png")
      .file("word/media/image1.png", picture)
      .bytes();
}

// The entries of a ZIP archive under `folder`, by name.
std::map<std::string, std::string> entries_under(const std::string& archive,
                                                 const std::string& folder) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(archive.data(), archive.size(), 0, &error);
  REQUIRE(source);
  zip_t* zip = zip_open_from_source(source, ZIP_RDONLY, &error);
  REQUIRE(zip);
  std::map<std::string, std::string> found;
  for (zip_int64_t i = 0; i < zip_get_num_entries(zip, 0); ++i) {
    const std::string name = zip_get_name(zip, static_cast<zip_uint64_t>(i), 0);
    if (!name.starts_with(folder)) continue;
    zip_stat_t st;
    REQUIRE(zip_stat_index(zip, static_cast<zip_uint64_t>(i), 0, &st) == 0);
    std::string bytes(st.size, '\0');
    zip_file_t* file = zip_fopen_index(zip, static_cast<zip_uint64_t>(i), 0);
    REQUIRE(file);
    REQUIRE(zip_fread(file, bytes.data(), st.size) == static_cast<zip_int64_t>(st.size));
    zip_fclose(file);
    found.emplace(name, std::move(bytes));
  }
  zip_discard(zip);
  return found;
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("a picture placed 300 times is one file in the EPUB and inlined in the page") {
  TempDir dir;
  write_file(dir / "counter.docx", interview("The permit counter", png("counter"), 300));
  auto epub = run_cli({(dir / "counter.docx").string(), "-t", "epub", "-o",
                       (dir / "counter.epub").string(), "-M", "lang=en", "-q"});
  INFO(epub.err);
  REQUIRE(epub.exit_code == 0);
  const auto images = entries_under(read_file(dir / "counter.epub"), "EPUB/images/");
  REQUIRE(images.size() == 1);
  CHECK(images.begin()->second == png("counter"));

  auto html = run_cli({(dir / "counter.docx").string(), "-t", "html", "-o",
                       (dir / "counter.html").string(), "-M", "lang=en", "-q"});
  INFO(html.err);
  REQUIRE(html.exit_code == 0);
  const std::string page = read_file(dir / "counter.html");
  const std::string data = "src=\"data:image/png;base64," + govtech::base64_encode(png("counter"));
  CHECK(count(page, data) == 300);
  CHECK(page.find("word/media") == std::string::npos);
}

TEST_CASE("two Word files combined keep their own word/media/image1.png") {
  TempDir dir;
  write_file(dir / "first.docx", interview("First counter", png("first"), 2));
  write_file(dir / "second.docx", interview("Second counter", png("second"), 1));
  auto run = run_cli({"--combine", (dir / "first.docx").string(), (dir / "second.docx").string(),
                      "-t", "epub", "-o", (dir / "both.epub").string(), "-M", "lang=en", "-M",
                      "title=Counters", "-q"});
  INFO(run.err);
  REQUIRE(run.exit_code == 0);
  const std::string book = read_file(dir / "both.epub");
  const auto images = entries_under(book, "EPUB/images/");
  REQUIRE(images.size() == 2);
  CHECK(images.at("EPUB/images/img-001.png") == png("first"));
  CHECK(images.at("EPUB/images/img-002.png") == png("second"));
  const auto chapters = entries_under(book, "EPUB/text/chapter-");
  REQUIRE(chapters.count("EPUB/text/chapter-2.xhtml"));
  CHECK(count(chapters.at("EPUB/text/chapter-1.xhtml"), "../images/img-001.png") == 2);
  CHECK(count(chapters.at("EPUB/text/chapter-2.xhtml"), "../images/img-002.png") == 1);
  CHECK(chapters.at("EPUB/text/chapter-2.xhtml").find("img-001") == std::string::npos);

  auto json = run_cli({"--combine", (dir / "first.docx").string(), (dir / "second.docx").string(),
                       "-t", "json", "-o", (dir / "both.json").string(), "-q"});
  INFO(json.err);
  REQUIRE(json.exit_code == 0);
  const std::string dump = read_file(dir / "both.json");
  CHECK(dump.find("\"name\": \"word/media/image1.png\"") != std::string::npos);
  CHECK(dump.find("\"src\": \"document-2/word/media/image1.png\"") != std::string::npos);
  CHECK(dump.find("\"name\": \"document-2/word/media/image1.png\"") != std::string::npos);
}
