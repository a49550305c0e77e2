// Content documents, navigation, --split, --css, --cover-image and collections.
#include <catch2/catch.hpp>

#include "epub_support.hpp"
#include "files.hpp"
#include "govtech/diagnostics.hpp"
#include "linked_article.hpp"

using namespace epubtest;
using govtech::Document;
using govtech::testing::TempDir;
using govtech::testing::write_file;

namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

const std::string kPng("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);

}  // namespace

TEST_CASE("nav.xhtml lists the questions under the interview, with roles matching types") {
  Epub epub = write_epub(sample_interview()).epub();
  const std::string& nav = epub.text("EPUB/nav.xhtml");
  CHECK(nav.find("<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\"") != std::string::npos);
  CHECK(nav.find("<nav epub:type=\"landmarks\"") != std::string::npos);
  CHECK(nav.find("epub:type=\"bodymatter\" href=\"text/interview.xhtml\"") != std::string::npos);
  CHECK(nav.find("epub:type=\"titlepage\" href=\"text/title.xhtml\"") != std::string::npos);
  CHECK(nav.find(">Building services people can finish</a>") != std::string::npos);
  CHECK(nav.find(">What was the hardest problem this year?</a>") != std::string::npos);
  CHECK(count(nav, "href=\"text/interview.xhtml#") == 3);

  const std::string& interview = epub.text("EPUB/text/interview.xhtml");
  CHECK(interview.find("epub:type=\"chapter\" role=\"doc-chapter\"") != std::string::npos);
  CHECK(count(interview, "<h2 id=") == 3);
  CHECK(interview.find("<h3>Early years</h3>") != std::string::npos);  // nested under the question

  const std::string& ncx = epub.text("EPUB/toc.ncx");
  CHECK(count(ncx, "<navPoint ") == 4);
  CHECK(ncx.find("<content src=\"text/interview.xhtml\"/>") != std::string::npos);

  const std::string& title = epub.text("EPUB/text/title.xhtml");
  CHECK(title.find("epub:type=\"titlepage\"") != std::string::npos);
  CHECK(title.find("Amara Osei") != std::string::npos);
  CHECK(title.find("Kofi Mensah") != std::string::npos);
}

TEST_CASE("without questions, nav.xhtml lists the headings, nested by level") {
  Epub epub = write_epub(essay_with_headings()).epub();
  const std::string& nav = epub.text("EPUB/nav.xhtml");
  // The first heading repeats the title, which is already the entry they all sit under.
  CHECK(count(nav, ">Notes on open data</a>") == 1);
  CHECK(nav.find("<li><a href=\"text/interview.xhtml#why-publish\">Why publish</a>\n"
                 "        <ol>\n"
                 "          <li><a href=\"text/interview.xhtml#costs\">Costs</a></li>") !=
        std::string::npos);
  CHECK(nav.find(">Too deep for the table</a>") == std::string::npos);
  const std::string& text = epub.text("EPUB/text/interview.xhtml");
  CHECK(count(text, ">Notes on open data</h") == 1);  // the opening's, not repeated
  CHECK(text.find(" id=\"why-publish\">Why publish</h") != std::string::npos);
  CHECK(text.find(" id=\"how\">How</h") != std::string::npos);
  CHECK(count(epub.text("EPUB/toc.ncx"), "<navPoint ") == 4);
}

TEST_CASE("a long interview goes on in further documents, each begun at a question") {
  Document doc = sample_interview();
  const govtech::QandA model = doc.entries.front();
  doc.entries.clear();
  for (int i = 0; i < 300; ++i) {  // about 2 KB each: 600 KB in all
    govtech::QandA entry = model;
    entry.question = {govtech::Text{"Question number " + std::to_string(i + 1) + "?"}};
    entry.answer = {paragraph(std::string(2000, 'a' + i % 26))};
    doc.entries.push_back(entry);
  }
  Epub epub = write_epub(doc).epub();
  CHECK(epub.has("EPUB/text/interview.xhtml"));
  CHECK(epub.has("EPUB/text/interview-part-002.xhtml"));
  CHECK(epub.has("EPUB/text/interview-part-003.xhtml"));
  CHECK_FALSE(epub.has("EPUB/text/interview-part-004.xhtml"));
  std::size_t questions = 0;
  for (const char* name : {"EPUB/text/interview.xhtml", "EPUB/text/interview-part-002.xhtml",
                           "EPUB/text/interview-part-003.xhtml"}) {
    const std::string& text = epub.text(name);
    INFO(name << ": " << text.size() << " bytes");
    CHECK(text.size() < 256 * 1024 + 4 * 1024);  // the limit, plus one question at most
    questions += count(text, "<h2 id=");
  }
  CHECK(questions == 300);
  const std::string& nav = epub.text("EPUB/nav.xhtml");
  CHECK(count(nav, "href=\"text/interview") == 302);  // the interview, 300 questions, a landmark
  CHECK(nav.find("href=\"text/interview-part-003.xhtml#question-number-300\"") !=
        std::string::npos);
  const std::string opf = epub.text("EPUB/package.opf");
  CHECK(opf.find("<itemref idref=\"interview-part-003\"") != std::string::npos);
  // The closing note ends the last document.
  CHECK(epub.text("EPUB/text/interview-part-003.xhtml").find("edited for length") !=
        std::string::npos);
}

TEST_CASE("--split makes one content document per question, in the spine and the nav") {
  govtech::Options options;
  options.set("split", "true");
  Epub epub = write_epub(sample_interview(), {options}).epub();
  for (const char* name : {"EPUB/text/interview.xhtml", "EPUB/text/interview-q-001.xhtml",
                           "EPUB/text/interview-q-002.xhtml", "EPUB/text/interview-q-003.xhtml"}) {
    INFO(name);
    CHECK(epub.has(name));
  }
  std::string opf = epub.text("EPUB/package.opf");
  CHECK(opf.find("<itemref idref=\"interview-q-003\"/>") != std::string::npos);
  CHECK(epub.text("EPUB/nav.xhtml").find("href=\"text/interview-q-002.xhtml\"") !=
        std::string::npos);
  // The closing note ends the last question's document.
  CHECK(epub.text("EPUB/text/interview-q-003.xhtml").find("edited for length") !=
        std::string::npos);
  CHECK(epub.text("EPUB/text/interview.xhtml").find("edited for length") == std::string::npos);
}

TEST_CASE("--split makes one document per top section of a text without questions") {
  govtech::Options options;
  options.set("split", "true");
  const Written written = write_epub(govtech_test::linked_article(), {options});
  Epub epub = written.epub();
  const std::string& opening = epub.text("EPUB/text/interview.xhtml");
  const std::string& method = epub.text("EPUB/text/interview-section-001.xhtml");
  const std::string& results = epub.text("EPUB/text/interview-section-002.xhtml");
  const std::string& again = epub.text("EPUB/text/interview-section-003.xhtml");
  CHECK_FALSE(epub.has("EPUB/text/interview-section-004.xhtml"));
  CHECK(opening.find("How the districts were measured.") != std::string::npos);
  CHECK(opening.find("<h2") == std::string::npos);
  // Each section under the book's title: its heading is <h2>, its subsections <h3>.
  CHECK(method.find("<body epub:type=\"bodymatter\">\n<h2 id=\"method\">Method</h2>") !=
        std::string::npos);
  CHECK(method.find("<h3 id=\"sampling\">Sampling</h3>") != std::string::npos);
  // Links name the document that holds their target, or only the id within the same one.
  CHECK(method.find("<a href=\"interview-section-002.xhtml#results\">the results</a>") !=
        std::string::npos);
  CHECK(method.find("<a href=\"#sampling\">") != std::string::npos);
  CHECK(method.find("<a href=\"#dry-season\">") != std::string::npos);
  CHECK(method.find(" and a lost page.") != std::string::npos);
  CHECK(results.find("<a href=\"interview-section-001.xhtml#method\">") != std::string::npos);
  CHECK(again.find("<h2 id=\"method-2\">Method</h2>") != std::string::npos);
  CHECK(again.find("<a href=\"#method-2\">") != std::string::npos);
  REQUIRE(written.warnings.size() == 1);
  CHECK(written.warnings[0].find("'#nowhere'") != std::string::npos);

  const std::string& nav = epub.text("EPUB/nav.xhtml");
  CHECK(nav.find("href=\"text/interview-section-001.xhtml#method\">Method</a>") !=
        std::string::npos);
  CHECK(nav.find("href=\"text/interview-section-001.xhtml#sampling\">Sampling</a>") !=
        std::string::npos);
  CHECK(nav.find("href=\"text/interview-section-003.xhtml#method-2\">Method</a>") !=
        std::string::npos);
  CHECK(epub.text("EPUB/package.opf").find("<itemref idref=\"interview-section-003\"") !=
        std::string::npos);
}

TEST_CASE("a link to a question of a long interview names the part that holds it") {
  Document doc = sample_interview();
  const govtech::QandA model = doc.entries.front();
  doc.entries.clear();
  for (int i = 0; i < 300; ++i) {
    govtech::QandA entry = model;
    entry.question = {govtech::Text{"Question number " + std::to_string(i + 1) + "?"}};
    entry.answer = {paragraph(std::string(2000, 'a' + i % 26))};
    doc.entries.push_back(entry);
  }
  doc.entries[0].answer.push_back(govtech::Paragraph{
      {govtech::Link{"#question-number-300", "", {govtech::Text{"the last question"}}}}});
  doc.entries[299].answer.push_back(
      govtech::Paragraph{{govtech::Link{"#question-number-1", "", {govtech::Text{"the first"}}}}});
  Epub epub = write_epub(doc).epub();
  CHECK(epub.text("EPUB/text/interview.xhtml")
            .find("<a href=\"interview-part-003.xhtml#question-number-300\">") !=
        std::string::npos);
  CHECK(epub.text("EPUB/text/interview-part-003.xhtml")
            .find("<a href=\"interview.xhtml#question-number-1\">") != std::string::npos);
}

TEST_CASE("combined texts keep their links within their own chapter") {
  govtech::Collection books;
  books.meta.title = "Two measurements";
  books.meta.language = "en";
  books.documents = {govtech_test::linked_article(), govtech_test::linked_article()};
  govtech::Options options;
  options.set("split", "true");
  Epub epub = write_epub(books, {options}).epub();
  CHECK(epub.text("EPUB/text/chapter-1-section-001.xhtml")
            .find("<a href=\"chapter-1-section-002.xhtml#results\">") != std::string::npos);
  CHECK(epub.text("EPUB/text/chapter-2-section-001.xhtml")
            .find("<a href=\"chapter-2-section-002.xhtml#results\">") != std::string::npos);
  CHECK(epub.text("EPUB/text/chapter-2-section-002.xhtml").find(" id=\"results\"") !=
        std::string::npos);
}

TEST_CASE("--css replaces the default stylesheet; a missing file is an error") {
  TempDir dir;
  write_file(dir / "house.css", "body { font-family: serif; }\n");
  govtech::Options options;
  options.set("css", (dir / "house.css").string());
  Epub epub = write_epub(sample_interview(), {options}).epub();
  CHECK(epub.text("EPUB/styles/book.css") == "body { font-family: serif; }\n");

  options.set("css", (dir / "missing.css").string());
  CHECK_THROWS_AS(write_epub(sample_interview(), {options}), govtech::Error);
  options.set("css", "https://example.org/style.css");
  CHECK_THROWS_AS(write_epub(sample_interview(), {options}), govtech::Error);
}

TEST_CASE("--cover-image adds a cover page and the cover-image property, typed by content") {
  TempDir dir;
  write_file(dir / "cover.jpg", kPng);  // the name says JPEG; the bytes say PNG
  govtech::Options options;
  options.set("cover-image", (dir / "cover.jpg").string());
  Epub epub = write_epub(sample_interview(), {options}).epub();
  std::string opf = epub.text("EPUB/package.opf");
  CHECK(opf.find("href=\"images/cover.png\" media-type=\"image/png\" properties=\"cover-image\"") !=
        std::string::npos);
  CHECK(epub.text("EPUB/text/cover.xhtml").find("role=\"doc-cover\"") != std::string::npos);
  CHECK(epub.names()[4] == "EPUB/text/cover.xhtml");  // first in reading order
  CHECK(meta_values(opf, "schema:accessMode") == std::vector<std::string>{"textual", "visual"});

  write_file(dir / "notes.txt", "not an image");
  options.set("cover-image", (dir / "notes.txt").string());
  CHECK_THROWS_AS(write_epub(sample_interview(), {options}), govtech::Error);
  options.set("cover-image", (dir / "absent.png").string());
  CHECK_THROWS_AS(write_epub(sample_interview(), {options}), govtech::Error);
}

TEST_CASE("the metadata's cover-image is found beside the input, as the document's images are") {
  TempDir dir;
  write_file(dir / "art" / "cover.png", kPng);
  Document doc = sample_interview();
  doc.meta.extra.emplace_back("cover-image", "art/cover.png");
  Written out = write_epub(doc, {{}, dir.path().string()});
  Epub epub = out.epub();
  std::string opf = epub.text("EPUB/package.opf");
  CHECK(opf.find("<item id=\"cover-image\" href=\"images/cover.png\" media-type=\"image/png\" "
                 "properties=\"cover-image\"/>") != std::string::npos);
  CHECK(opf.find("<meta name=\"cover\" content=\"cover-image\"/>") != std::string::npos);
  CHECK(opf.find("<itemref idref=\"cover\"/>") < opf.find("<itemref idref=\"title\"/>"));
  const std::string& page = epub.text("EPUB/text/cover.xhtml");
  CHECK(page.find("alt=\"Cover: " + doc.meta.title + "\"") != std::string::npos);
  CHECK(epub.text("EPUB/nav.xhtml").find("epub:type=\"cover\" href=\"text/cover.xhtml\"") !=
        std::string::npos);

  // --cover-image, named on the command line, wins over the document's own.
  write_file(dir / "other.svg",
             "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>");
  govtech::Options options;
  options.set("cover-image", (dir / "other.svg").string());
  opf = write_epub(doc, {options, dir.path().string()}).epub().text("EPUB/package.opf");
  CHECK(opf.find("href=\"images/cover.svg\"") != std::string::npos);
  CHECK(opf.find("images/cover.png") == std::string::npos);
}

TEST_CASE("a cover-image that is missing, outside the input's folder or no image is an error") {
  TempDir dir;
  write_file(dir / "in" / "notes.txt", "not an image");
  write_file(dir / "outside.png", kPng);
  for (auto [src, message] : std::vector<std::pair<std::string, std::string>>{
           {"absent.png", "cannot read the cover image 'absent.png' (cover-image in the metadata)"},
           {"../outside.png", "cannot read the cover image '../outside.png'"},
           {"notes.txt", "the cover image 'notes.txt' (cover-image in the metadata) is not a PNG"},
           {"https://example.org/cover.png", "cannot read the cover image 'https://example.org"}}) {
    INFO(src);
    Document doc = sample_interview();
    doc.meta.extra.emplace_back("cover-image", src);
    CHECK_THROWS_WITH(write_epub(doc, {{}, (dir / "in").string()}), Catch::Contains(message));
  }
}

TEST_CASE("a collection makes one chapter per interview, each with its own header") {
  govtech::Collection report;
  report.meta.title = "Women in GovTech Special Report 2020";
  report.meta.language = "en";
  Document second = sample_interview();
  second.meta.title = "Open data in Lima";
  second.meta.interviewee = {"Lucía Fernández", "", "", "", "Peru"};
  second.meta.authors = {"Kofi Mensah"};
  report.documents = {sample_interview(), second};
  Written out = write_epub(report);
  Epub epub = out.epub();
  CHECK(epub.has("EPUB/text/chapter-1.xhtml"));
  CHECK(epub.has("EPUB/text/chapter-2.xhtml"));
  CHECK(epub.text("EPUB/text/chapter-2.xhtml").find("<header>") != std::string::npos);
  const std::string& nav = epub.text("EPUB/nav.xhtml");
  CHECK(nav.find(">Open data in Lima</a>") != std::string::npos);
  CHECK(count(nav, "href=\"text/chapter-2.xhtml#") == 3);
  std::string opf = epub.text("EPUB/package.opf");
  CHECK(opf.find(">Women in GovTech Special Report 2020</dc:title>") != std::string::npos);
  CHECK(opf.find(">Lucía Fernández</dc:contributor>") != std::string::npos);
  CHECK(count(opf, "<dc:creator") == 2);  // Kofi Mensah once, Efua Owusu

  CHECK_THROWS_AS(write_epub(govtech::Collection{}), govtech::Error);
}

// The landmarks' words and "Cover" are the writer's own, translated into a few languages
// only: in a book of another language they say which language they are in (WCAG 3.1.2).
TEST_CASE("the writer's own words say their language where the book's has no translation") {
  Document korean = sample_interview();
  korean.meta.language = "ko";
  Epub ko = write_epub(korean).epub();
  const std::string& nav = ko.text("EPUB/nav.xhtml");
  CHECK(nav.find("<h2 id=\"landmarks-heading\" lang=\"en\" xml:lang=\"en\">Landmarks</h2>") !=
        std::string::npos);
  CHECK(count(nav, "lang=\"en\" xml:lang=\"en\">Title page</a>") == 1);
  CHECK(count(nav, "lang=\"en\" xml:lang=\"en\">Start of content</a>") == 1);
  CHECK(count(nav, " lang=\"en\"") == 3);  // not on the contents, which has a translation

  Document french = sample_interview();
  french.meta.language = "fr-CA";
  Epub fr = write_epub(french).epub();
  CHECK(count(fr.text("EPUB/nav.xhtml"), " lang=\"en\"") == 0);
  CHECK(fr.text("EPUB/nav.xhtml").find(">Repères</h2>") != std::string::npos);
}
