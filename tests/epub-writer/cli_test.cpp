// The EPUB writer as users meet it: through the govtech-convert program.
#include <catch2/catch.hpp>

#include "cli_runner.hpp"
#include "epub_support.hpp"
#include "files.hpp"

using govtech::testing::CliRun;
using govtech::testing::read_file;
using govtech::testing::run_cli;
using govtech::testing::TempDir;
using govtech::testing::write_file;

namespace {

const char* kInterview =
    "Amara Osei, Head of Digital Services, Ghana\n\nBy Kofi Mensah\n\n"
    "How did you start?\n\nAs a civil engineer.\n\nWhat is next?\n\nMore listening.\n";

}  // namespace

TEST_CASE("two CLI runs with the same SOURCE_DATE_EPOCH write identical EPUBs") {
  TempDir dir;
  write_file(dir / "talk.txt", kInterview);
  for (const char* name : {"one.epub", "two.epub"}) {
    CliRun run{
        {(dir / "talk.txt").string(), "-t", "epub", "-M", "lang=en", "-o", (dir / name).string()}};
    run.env = {{"SOURCE_DATE_EPOCH", "1584014400"}, {"TZ", name[0] == 'o' ? "UTC" : "Asia/Tokyo"}};
    auto result = run_cli(run);
    INFO(result.err);
    REQUIRE(result.exit_code == 0);
  }
  std::string one = read_file(dir / "one.epub");
  CHECK(one == read_file(dir / "two.epub"));
  epubtest::Epub epub = epubtest::open_epub(one);
  CHECK(epub.items.front().name == "mimetype");
  CHECK(epubtest::meta_values(epub.text("EPUB/package.opf"), "dcterms:modified") ==
        std::vector<std::string>{"2020-03-12T12:00:00Z"});
}

TEST_CASE("the epub3 alias and the epub extension reach the writer") {
  TempDir dir;
  write_file(dir / "talk.txt", kInterview);
  auto result = run_cli({(dir / "talk.txt").string(), "-t", "epub3", "-M", "lang=en", "-q"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(read_file(dir / "talk.epub").substr(30, 28) == "mimetypeapplication/epub+zip");
}

TEST_CASE("a Markdown cover-image and -o book.epub without -t make a book with a cover") {
  TempDir dir;
  const std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
  write_file(dir / "talk" / "images" / "cover.png", png);
  write_file(dir / "talk" / "talk.md",
             "---\ntitle: Listening first\nlang: en\ncover-image: images/cover.png\n---\n\n"
             "**How did you start?**\n\nAs a civil engineer.\n");
  // Run from elsewhere: the cover is found beside the input, not in the working folder.
  auto result =
      run_cli({(dir / "talk" / "talk.md").string(), "-q", "-o", (dir / "book.epub").string()});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  epubtest::Epub epub = epubtest::open_epub(read_file(dir / "book.epub"));
  CHECK(epub.text("EPUB/images/cover.png") == png);
  CHECK(epub.text("EPUB/package.opf").find("<meta name=\"cover\" content=\"cover-image\"/>") !=
        std::string::npos);

  // -M cover-image names it too, and a missing one stops the conversion, naming the file.
  result = run_cli({(dir / "talk" / "talk.md").string(), "-M", "cover-image=images/gone.png", "-o",
                    (dir / "other.epub").string()});
  CHECK(result.exit_code == 1);
  CHECK_THAT(result.err, Catch::Contains("talk.md: cannot read the cover image 'images/gone.png' "
                                         "(cover-image in the metadata)"));
  CHECK_FALSE(std::filesystem::exists(dir / "other.epub"));
}

TEST_CASE("--css packages the fonts of its @font-face rules; a missing one writes nothing") {
  TempDir dir;
  write_file(dir / "talk.txt", kInterview);
  write_file(dir / "style" / "house.css", "@font-face { src: url(fonts/text.woff2) }\n");
  write_file(dir / "style" / "fonts" / "text.woff2", epubtest::tiny_font("wOF2"));
  auto result =
      run_cli({(dir / "talk.txt").string(), "-M", "lang=en", "-q", "--css",
               (dir / "style" / "house.css").string(), "-o", (dir / "talk.epub").string()});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  epubtest::Epub epub = epubtest::open_epub(read_file(dir / "talk.epub"));
  CHECK(epub.text("EPUB/fonts/font-001.woff2") == epubtest::tiny_font("wOF2"));

  std::filesystem::remove(dir / "style" / "fonts" / "text.woff2");
  result = run_cli({(dir / "talk.txt").string(), "-M", "lang=en", "--css",
                    (dir / "style" / "house.css").string(), "-o", (dir / "again.epub").string()});
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.err, Catch::Contains("house.css' names the font 'fonts/text.woff2', which "
                                         "cannot be read"));
  CHECK_FALSE(std::filesystem::exists(dir / "again.epub"));
}
