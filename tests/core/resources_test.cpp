// The resources a document carries inside itself (a Word file's pictures): served to writers
// by name before any file, kept apart when many documents make one collection, and dropped
// when no image uses them.
#include <catch2/catch.hpp>

#include "files.hpp"
#include "govtech/pipeline.hpp"

using namespace govtech;
using govtech::testing::TempDir;
using govtech::testing::write_file;

namespace {

Document with_pictures(const std::vector<std::string>& srcs,
                       std::vector<DocumentResource> carried) {
  Document doc;
  Paragraph p;
  for (const auto& src : srcs) p.content.push_back(Image{.src = src, .title = {}, .alt = {}});
  doc.intro.push_back(std::move(p));
  doc.resources = std::move(carried);
  return doc;
}

std::vector<std::string> srcs_of(const Document& doc) {
  std::vector<std::string> srcs;
  for (const Inline& node : doc.intro.at(0).as<Paragraph>()->content) {
    srcs.push_back(node.as<Image>()->src);
  }
  return srcs;
}

DocumentResource png(const std::string& name, const std::string& marker) {
  return {.name = name, .media_type = "image/png", .bytes = "\x89PNG\r\n\x1a\n" + marker};
}

}  // namespace

TEST_CASE("a reference that names a carried resource is answered from the document first") {
  TempDir dir;
  write_file(dir / "word/media/image1.png", "the file beside the input");
  write_file(dir / "beside.png", "another file");
  const Document doc = with_pictures({}, {png("word/media/image1.png", "carried")});
  Diagnostics diagnostics("test");
  ResourceLoader load = document_resource_loader({&doc}, dir.path().string(), {}, diagnostics);
  auto carried = load("word/media/image1.png");
  REQUIRE(carried);
  CHECK(carried->bytes == doc.resources[0].bytes);
  CHECK(carried->path == "word/media/image1.png");
  // Other references are files, as before; the name matches exactly or not at all.
  auto file = load("beside.png");
  REQUIRE(file);
  CHECK(file->bytes == "another file");
  auto escaped = load("word/media/image1.png?v=2");
  REQUIRE(escaped);
  CHECK(escaped->bytes == "the file beside the input");
  CHECK(diagnostics.take().empty());
  // Without the document, the same name is the file.
  ResourceLoader files_only = document_resource_loader(dir.path().string(), {}, diagnostics);
  CHECK(files_only("word/media/image1.png")->bytes == "the file beside the input");
}

TEST_CASE("a carried resource is served even when no folder is searched, and without budget") {
  // 40 MiB: more than one file may add, which the reader, not the file bounds, has bounded.
  const Document doc =
      with_pictures({}, {png("media/big.png", std::string(std::size_t{40} << 20, 'x'))});
  Diagnostics diagnostics("test");
  ResourceLoader load = document_resource_loader({&doc}, "", {}, diagnostics);
  for (int i = 0; i < 8; ++i) REQUIRE(load("media/big.png"));  // 320 MiB asked in all
  CHECK(diagnostics.take().empty());
  CHECK_FALSE(load("media/other.png"));
  CHECK(diagnostics.take().size() == 1);  // not found, as for any missing file
}

TEST_CASE("two documents of a collection holding one name keep their own pictures") {
  Collection books;
  books.documents.push_back(with_pictures({"word/media/image1.png", "word/media/image1.png"},
                                          {png("word/media/image1.png", "first")}));
  books.documents.push_back(with_pictures(
      {"word/media/image1.png", "word/media/image2.png"},
      {png("word/media/image1.png", "second"), png("word/media/image2.png", "logo")}));
  books.documents.push_back(
      with_pictures({"word/media/image2.png"}, {png("word/media/image2.png", "logo")}));
  give_resources_distinct_names(books);
  const auto& [first, second, third] =
      std::tie(books.documents[0], books.documents[1], books.documents[2]);
  CHECK(first.resources[0].name == "word/media/image1.png");
  CHECK(srcs_of(first) ==
        std::vector<std::string>{"word/media/image1.png", "word/media/image1.png"});
  CHECK(second.resources[0].name == "document-2/word/media/image1.png");
  CHECK(second.resources[1].name == "word/media/image2.png");  // nobody else's yet
  CHECK(srcs_of(second) ==
        std::vector<std::string>{"document-2/word/media/image1.png", "word/media/image2.png"});
  // The same bytes under the same name are one picture, in whichever document.
  CHECK(third.resources[0].name == "word/media/image2.png");
  CHECK(srcs_of(third) == std::vector<std::string>{"word/media/image2.png"});

  // One request for the whole collection gives each document's references its own bytes.
  Diagnostics diagnostics("test");
  ResourceLoader load = document_resource_loader({&first, &second, &third}, "", {}, diagnostics);
  CHECK(load(srcs_of(first)[0])->bytes.ends_with("first"));
  CHECK(load(srcs_of(second)[0])->bytes.ends_with("second"));
  CHECK(load(srcs_of(third)[0])->bytes.ends_with("logo"));
}

TEST_CASE("a carried name that another document uses for a file, or a renamed one, moves") {
  Collection books;
  // The Markdown document's image is a file that happens to have the Word picture's name,
  // and another is the name a rename would pick first.
  books.documents.push_back(
      with_pictures({"word/media/image1.png", "document-2/word/media/image1.png"}, {}));
  books.documents.push_back(
      with_pictures({"word/media/image1.png"}, {png("word/media/image1.png", "carried")}));
  give_resources_distinct_names(books);
  CHECK(srcs_of(books.documents[0]) ==
        std::vector<std::string>{"word/media/image1.png", "document-2/word/media/image1.png"});
  CHECK(books.documents[1].resources[0].name == "document-2-2/word/media/image1.png");
  CHECK(srcs_of(books.documents[1]) ==
        std::vector<std::string>{"document-2-2/word/media/image1.png"});
}

TEST_CASE("a resource no image names is dropped after reading") {
  Document doc =
      with_pictures({"media/used.png"}, {png("media/used.png", "a"), png("media/unused.png", "b")});
  drop_unused_resources(doc);
  REQUIRE(doc.resources.size() == 1);
  CHECK(doc.resources[0].name == "media/used.png");
  CHECK(find_resource(doc, "media/used.png") == &doc.resources[0]);
  CHECK(find_resource(doc, "media/unused.png") == nullptr);
}
