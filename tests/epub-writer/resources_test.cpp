// Images: embedding, confinement to the input's folder, and the accessibility metadata that
// follows from them.
#include <catch2/catch.hpp>

#include "epub_support.hpp"
#include "files.hpp"

using namespace epubtest;
using govtech::Document;
using govtech::testing::TempDir;
using govtech::testing::write_file;
namespace fs = std::filesystem;

namespace {

const std::string kPng("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
const std::string kGif = "GIF89a\x01\x00\x01\x00";
const std::string kSvg =
    "<?xml version=\"1.0\"?>\n<!-- drawn by hand -->\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
    "viewBox=\"0 0 1 1\"><title>dot</title></svg>\n";

Document with_images(std::vector<govtech::Image> images) {
  Document doc = sample_interview();
  govtech::Paragraph p;
  for (auto& img : images) p.content.push_back(std::move(img));
  doc.entries[0].answer.push_back(std::move(p));
  return doc;
}

bool any_contains(const std::vector<std::string>& lines, const std::string& what) {
  for (const auto& line : lines) {
    if (line.find(what) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("local images are embedded, typed by their bytes and renamed in order of use") {
  TempDir dir;
  fs::create_directories(dir / "pics");
  write_file(dir / "pics/chart.jpeg", kPng);  // misnamed: really a PNG
  write_file(dir / "logo.gif", kGif);
  write_file(dir / "drawing.svg", kSvg);
  Document doc = with_images({image("pics/chart.jpeg", "Registrations by year"),
                              image("logo.gif", "Ministry logo"), image("drawing.svg", "A dot"),
                              image("pics/chart.jpeg", "The same chart again")});
  Written out = write_epub(doc, {{}, dir.path().string()});
  Epub epub = out.epub();
  CHECK(epub.text("EPUB/images/img-001.png") == kPng);
  CHECK(epub.text("EPUB/images/img-002.gif") == kGif);
  CHECK(epub.text("EPUB/images/img-003.svg") == kSvg);
  CHECK_FALSE(epub.has("EPUB/images/img-004.png"));  // the same file is embedded once
  std::string opf = epub.text("EPUB/package.opf");
  CHECK(opf.find("href=\"images/img-001.png\" media-type=\"image/png\"") != std::string::npos);
  CHECK(opf.find("href=\"images/img-002.gif\" media-type=\"image/gif\"") != std::string::npos);
  CHECK(opf.find("href=\"images/img-003.svg\" media-type=\"image/svg+xml\"") != std::string::npos);
  const std::string& page = epub.text("EPUB/text/interview.xhtml");
  CHECK(page.find("src=\"../images/img-001.png\" alt=\"Registrations by year\"") !=
        std::string::npos);
  CHECK(page.find("pics/chart.jpeg") == std::string::npos);
  CHECK(out.warnings.empty());

  // Every image described: visual content that text alone can stand in for.
  CHECK(meta_values(opf, "schema:accessMode") == std::vector<std::string>{"textual", "visual"});
  CHECK(meta_values(opf, "schema:accessModeSufficient") ==
        std::vector<std::string>{"textual", "textual,visual"});
  CHECK(meta_values(opf, "schema:accessibilityFeature") ==
        std::vector<std::string>{"structuralNavigation", "tableOfContents", "readingOrder",
                                 "alternativeText"});
  CHECK(meta_values(opf, "dcterms:conformsTo") ==
        std::vector<std::string>{"EPUB Accessibility 1.1 - WCAG 2.1 Level AA"});
  CHECK(meta_values(opf, "a11y:certifiedBy").size() == 1);
}

TEST_CASE("images written into the document as data: URIs become image files") {
  // "GIF89a..." in base64, wrapped as pasted text is; an SVG, percent-encoded.
  const std::string gif64 = "R0lGODlh\n AQABAA==";
  const std::string svg = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'/%3E";
  Document doc = with_images({image("data:image/gif;base64," + gif64, "A pixel"),
                              image(svg, "Nothing much"), image("DATA:image/png;base64,!!", "x"),
                              image("data:image/png;base64,SGVsbG8=", "Hello")});
  Written out = write_epub(doc);
  Epub epub = out.epub();
  CHECK(epub.text("EPUB/images/img-001.gif") == std::string("GIF89a\x01\x00\x01\x00", 10));
  // SVG can carry scripts: as a data: URI it is left out unless --unsafe, as links are.
  CHECK(any_contains(out.warnings, "image with a data: source left out"));
  CHECK_FALSE(epub.has("EPUB/images/img-002.svg"));
  CHECK_FALSE(epub.has("EPUB/images/img-002.png"));
  const std::string& page = epub.text("EPUB/text/interview.xhtml");
  CHECK(page.find("src=\"../images/img-001.gif\" alt=\"A pixel\"") != std::string::npos);
  CHECK(page.find("base64") == std::string::npos);
  // Bad base64, and bytes that are no image: each warned about briefly, its alt text kept.
  CHECK(any_contains(out.warnings,
                     "a data:image/png image written into the document cannot "
                     "be decoded"));
  CHECK(any_contains(out.warnings, "data:image/png image written into the document is not a"));
  for (const auto& warning : out.warnings) CHECK(warning.find("SGVsbG8") == std::string::npos);
}

TEST_CASE("an image without alt text withdraws alternativeText and the conformance claim") {
  TempDir dir;
  write_file(dir / "a.png", kPng);
  write_file(dir / "b.png", kPng + "x");
  Document doc = with_images({image("a.png", "Described"), image("b.png", "")});
  Written out = write_epub(doc, {{}, dir.path().string()});
  std::string opf = out.epub().text("EPUB/package.opf");
  CHECK(meta_values(opf, "schema:accessMode") == std::vector<std::string>{"textual", "visual"});
  CHECK(meta_values(opf, "schema:accessModeSufficient") ==
        std::vector<std::string>{"textual,visual"});
  CHECK(meta_values(opf, "schema:accessibilityFeature") ==
        std::vector<std::string>{"structuralNavigation", "tableOfContents", "readingOrder"});
  CHECK(meta_values(opf, "dcterms:conformsTo").empty());
  CHECK(meta_values(opf, "a11y:certifiedBy").empty());
  CHECK(meta_values(opf, "schema:accessibilitySummary").at(0).find("Some images have no text") !=
        std::string::npos);
}

TEST_CASE("a book without images is textual only and claims conformance") {
  std::string opf = write_epub(sample_interview()).epub().text("EPUB/package.opf");
  CHECK(meta_values(opf, "schema:accessMode") == std::vector<std::string>{"textual"});
  CHECK(meta_values(opf, "schema:accessModeSufficient") == std::vector<std::string>{"textual"});
  CHECK(meta_values(opf, "schema:accessibilityFeature") ==
        std::vector<std::string>{"structuralNavigation", "tableOfContents", "readingOrder"});
  CHECK(meta_values(opf, "schema:accessibilityHazard") == std::vector<std::string>{"none"});
  CHECK(meta_values(opf, "dcterms:conformsTo").size() == 1);
  CHECK(opf.find("<meta property=\"schema:accessibilitySummary\" xml:lang=\"en-GB\">") !=
        std::string::npos);
}

TEST_CASE("a summary in a language without a translation falls back to English") {
  Document doc = sample_interview();
  doc.meta.language = "tw";
  std::string opf = write_epub(doc).epub().text("EPUB/package.opf");
  CHECK(opf.find("<meta property=\"schema:accessibilitySummary\" xml:lang=\"en\">The ") !=
        std::string::npos);
}

TEST_CASE("images outside the input's folder are refused and their alt text kept") {
  TempDir dir;
  fs::create_directories(dir / "input");
  write_file(dir / "secret.png", kPng);
  Document doc =
      with_images({image("../../etc/passwd", "Password file"), image("../secret.png", "Outside"),
                   image("/etc/hostname", "Abs"), image("https://example.org/x.png", "Remote"),
                   image("missing.png", "Missing")});
  Written out = write_epub(doc, {{}, (dir / "input").string()});
  Epub epub = out.epub();
  for (const auto& name : epub.names()) CHECK(name.find("images/") == std::string::npos);
  const std::string& page = epub.text("EPUB/text/interview.xhtml");
  for (const char* alt : {"Password file", "Outside", "Abs", "Remote", "Missing"}) {
    INFO(alt);
    CHECK(page.find(alt) != std::string::npos);
  }
  CHECK(page.find("<img") == std::string::npos);
  CHECK(page.find("passwd") == std::string::npos);
  CHECK(any_contains(out.warnings, "refused to embed '../../etc/passwd'"));
  CHECK(any_contains(out.warnings, "'https://example.org/x.png' is not a local file"));
  // Nothing visual reached the book.
  CHECK(meta_values(epub.text("EPUB/package.opf"), "schema:accessMode") ==
        std::vector<std::string>{"textual"});
}

TEST_CASE("--resource-path lets images from another folder in") {
  TempDir input, assets;
  write_file(assets / "photo.png", kPng);
  Document doc = with_images({image("photo.png", "Portrait")});
  Written out = write_epub(doc, {{}, input.path().string(), {assets.path().string()}});
  CHECK(out.epub().has("EPUB/images/img-001.png"));
}

TEST_CASE("files that are not supported images are not embedded") {
  TempDir dir;
  write_file(dir / "fake.png", "just text");
  write_file(dir / "photo.webp", std::string("RIFF\x10\0\0\0WEBPVP8 ", 16));
  Document doc = with_images({image("fake.png", "Fake"), image("photo.webp", "Modern")});
  Written out = write_epub(doc, {{}, dir.path().string()});
  Epub epub = out.epub();
  for (const auto& name : epub.names()) CHECK(name.find("images/") == std::string::npos);
  CHECK(any_contains(out.warnings, "is not a PNG, JPEG, GIF or SVG image"));
  CHECK(any_contains(out.warnings, "WebP"));
}

TEST_CASE("a picture the document carries is packaged once, however often it is placed") {
  TempDir dir;
  write_file(dir / "word/media/image1.png", kGif);  // a file of the same name: not used
  Document doc = with_images({image("word/media/image1.png", "The permit counter"),
                              image("word/media/image1.png", "The counter again")});
  doc.resources.push_back(
      {.name = "word/media/image1.png", .media_type = "image/png", .bytes = kPng});
  Written out = write_epub(doc, {{}, dir.path().string()});
  Epub epub = out.epub();
  CHECK(epub.text("EPUB/images/img-001.png") == kPng);
  CHECK_FALSE(epub.has("EPUB/images/img-002.png"));
  const std::string& page = epub.text("EPUB/text/interview.xhtml");
  CHECK(page.find("src=\"../images/img-001.png\" alt=\"The permit counter\"") != std::string::npos);
  CHECK(page.find("src=\"../images/img-001.png\" alt=\"The counter again\"") != std::string::npos);
  CHECK(page.find("word/media") == std::string::npos);
}

TEST_CASE("two documents combined that carry one name each get their own picture in the book") {
  govtech::Collection books;
  books.meta.title = "Two Word files";
  for (const std::string& bytes : {kPng, kGif}) {
    Document doc = with_images({image("word/media/image1.png", "A picture")});
    doc.resources.push_back({.name = "word/media/image1.png", .media_type = "", .bytes = bytes});
    books.documents.push_back(std::move(doc));
  }
  Written out = write_epub(books);
  Epub epub = out.epub();
  CHECK(epub.text("EPUB/images/img-001.png") == kPng);
  CHECK(epub.text("EPUB/images/img-002.gif") == kGif);
  std::size_t images = 0;
  for (const auto& name : epub.names()) images += name.starts_with("EPUB/images/");
  CHECK(images == 2);
  CHECK(epub.text("EPUB/text/chapter-1.xhtml").find("../images/img-001.png") != std::string::npos);
  CHECK(epub.text("EPUB/text/chapter-2.xhtml").find("../images/img-002.gif") != std::string::npos);
}
