// Writes the EPUBs the validator tests check (beside every converted sample): the shapes of
// book the writer can make, built in code so that each feature is covered whatever samples
// exist. Usage: epub-test-books OUTPUT_DIR
#include <filesystem>
#include <iostream>

#include "epub_support.hpp"
#include "files.hpp"
#include "govtech/text.hpp"
#include "linked_article.hpp"
#include "rich_nodes.hpp"

using namespace epubtest;
using govtech::Document;
using govtech::testing::write_file;
namespace fs = std::filesystem;

namespace {

const std::string kPng = [] {
  // A valid 1x1 grey PNG, so that validators that decode images accept it.
  const unsigned char bytes[] = {
      0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48,
      0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x00, 0x00, 0x00,
      0x00, 0x3A, 0x7E, 0x9B, 0x55, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78,
      0x9C, 0x63, 0x68, 0x00, 0x00, 0x00, 0x82, 0x00, 0x81, 0x77, 0xCD, 0x72, 0xB6, 0x00,
      0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82};
  return std::string(reinterpret_cast<const char*>(bytes), sizeof bytes);
}();

const std::string kSvg =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
    "width=\"10\" height=\"10\" viewBox=\"0 0 10 10\"><title>A square</title>"
    "<rect width=\"10\" height=\"10\" fill=\"#444\"/></svg>\n";

void save(const fs::path& out, const std::string& name, const Written& written) {
  write_file(out / (name + ".epub"), written.bytes);
  for (const auto& warning : written.warnings)
    std::cerr << name << ": warning: " << warning << "\n";
}

Document with_images(const fs::path& folder, bool all_described) {
  write_file(folder / "chart.png", kPng);
  write_file(folder / "square.svg", kSvg);
  Document doc = sample_interview();
  govtech::Paragraph p;
  p.content.push_back(image("chart.png", "Registrations rose from 51% to 83%"));
  p.content.push_back(govtech::Text{" and "});
  p.content.push_back(image("square.svg", all_described ? "A grey square" : ""));
  doc.entries[1].answer.push_back(std::move(p));
  // The same chart written into the document, as editors that paste pictures do.
  static const char kAlphabet[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string base64;
  for (std::size_t i = 0; i < kPng.size(); i += 3) {
    unsigned n = static_cast<unsigned char>(kPng[i]) << 16;
    if (i + 1 < kPng.size()) n |= static_cast<unsigned char>(kPng[i + 1]) << 8;
    if (i + 2 < kPng.size()) n |= static_cast<unsigned char>(kPng[i + 2]);
    base64 += kAlphabet[(n >> 18) & 63];
    base64 += kAlphabet[(n >> 12) & 63];
    base64 += i + 1 < kPng.size() ? kAlphabet[(n >> 6) & 63] : '=';
    base64 += i + 2 < kPng.size() ? kAlphabet[n & 63] : '=';
  }
  doc.entries[2].answer.push_back(govtech::Paragraph{
      {image("data:image/png;base64," + base64, all_described ? "The chart, pasted" : "")}});
  return doc;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: epub-test-books OUTPUT_DIR\n";
    return 2;
  }
  try {
    fs::path out = argv[1];
    fs::path assets = out / "assets";
    fs::create_directories(assets);
    govtech::Options none;

    save(out, "interview", write_epub(sample_interview()));

    govtech::Options split;
    split.set("split", "true");
    save(out, "interview-split", write_epub(sample_interview(), {split}));

    save(out, "images-described", write_epub(with_images(assets, true), {none, assets.string()}));
    save(out, "image-undescribed", write_epub(with_images(assets, false), {none, assets.string()}));

    // Notes, figures, definition lists, spans and divisions in other languages: whole, and
    // split one question to a document, where each note must stay in its own document.
    Document rich = with_images(assets, true);
    rich.entries.push_back(govtech_test::entry_with_rich_nodes());
    save(out, "rich-nodes", write_epub(rich, {none, assets.string()}));
    govtech::Options one_per_question;
    one_per_question.set("split", "true");
    save(out, "rich-nodes-split", write_epub(rich, {one_per_question, assets.string()}));

    govtech::Options cover;
    write_file(assets / "cover.png", kPng);
    cover.set("cover-image", (assets / "cover.png").string());
    save(out, "cover", write_epub(sample_interview(), {cover}));
    // The cover a Markdown front matter names, found beside the input.
    Document covered = sample_interview();
    covered.meta.extra.emplace_back("cover-image", "cover.png");
    save(out, "cover-from-metadata", write_epub(covered, {none, assets.string()}));

    // A house stylesheet whose @font-face rules name a font of each core type, and one
    // written into the stylesheet as a data: URL.
    write_file(assets / "fonts" / "text.woff2", tiny_font("wOF2"));
    write_file(assets / "fonts" / "text.woff", tiny_font("wOFF"));
    write_file(assets / "fonts" / "heading.ttf", tiny_font(std::string("\0\1\0\0", 4)));
    write_file(assets / "fonts" / "heading-bold.otf", tiny_font("OTTO"));
    write_file(assets / "house.css",
               "/* House style */\n"
               "@font-face {\n  font-family: \"House Text\";\n"
               "  src: url(\"fonts/text.woff2\") format(\"woff2\"), url(fonts/text.woff) "
               "format(\"woff\");\n}\n"
               "@font-face { font-family: House Heading; src: local(\"House Heading\"), "
               "url('fonts/heading.ttf') format('truetype'); }\n"
               "@font-face { font-family: House Heading; font-weight: bold; "
               "src: url(fonts/heading-bold.otf) format('opentype'); }\n"
               "@font-face { font-family: Inline; "
               "src: url(data:font/woff2;base64,d09GMgABAAA=) format('woff2'); }\n"
               "body { font-family: \"House Text\", serif; }\n"
               "h1, h2 { font-family: \"House Heading\", sans-serif; }\n");
    govtech::Options fonts;
    fonts.set("css", (assets / "house.css").string());
    save(out, "fonts", write_epub(sample_interview(), {fonts}));

    Document french = sample_interview();
    french.meta.language = "fr";
    french.meta.title = "Des services que l’on peut terminer <vraiment> & simplement";
    french.meta.date = "12 mars 2020";  // not understood: left out with a warning
    save(out, "french", write_epub(french));

    Document essay;
    essay.meta.title = "Not an interview";
    essay.intro.push_back(paragraph("Just an essay, with no questions at all."));
    save(out, "essay", write_epub(essay));  // no language: English, with a warning
    save(out, "essay-headings", write_epub(essay_with_headings()));

    Document long_interview = sample_interview();  // about 600 KB: three content documents
    const govtech::QandA model = long_interview.entries.front();
    for (int i = 0; i < 300; ++i) {
      govtech::QandA entry = model;
      entry.question = {govtech::Text{"Follow-up question " + std::to_string(i + 1) + "?"}};
      entry.answer = {paragraph(std::string(2000, 'a' + i % 26))};
      long_interview.entries.push_back(entry);
    }
    save(out, "long-interview", write_epub(long_interview));

    govtech::Collection report;
    report.meta.title = "Women in GovTech Special Report 2020";
    report.meta.language = "en";
    Document second = sample_interview();
    second.meta.title = "Open data in Lima";
    second.meta.interviewee = {"Lucía Fernández", "Director", "", "", "Peru"};
    report.documents = {sample_interview(), second};
    save(out, "collection", write_epub(report));
    save(out, "collection-split", write_epub(report, {split}));

    // Internal links within a text, and across the documents of one split by its sections;
    // two copies combined, whose ids and links must stay each in its own chapter.
    save(out, "linked-article", write_epub(govtech_test::linked_article()));
    save(out, "linked-article-split", write_epub(govtech_test::linked_article(), {split}));
    govtech::Collection linked;
    linked.meta.title = "Two measurements";
    linked.meta.language = "en";
    linked.documents = {govtech_test::linked_article(), govtech_test::linked_article()};
    linked.documents[1].meta.title = "Measuring water again";
    save(out, "linked-collection-split", write_epub(linked, {split}));
    // Pictures a Word file carries inside itself (as the docx reader leaves them): one placed
    // twice, packaged once; two files that both hold word/media/image1.png, combined, each
    // with its own picture.
    auto carrying = [](const std::string& title, const std::string& bytes) {
      Document doc = sample_interview();
      doc.meta.title = title;
      govtech::Paragraph pictures;
      pictures.content = {image("word/media/image1.png", "The queue, hour by hour"),
                          govtech::Text{" "},
                          image("word/media/image1.png", "The same chart, smaller")};
      doc.entries[0].answer.push_back(std::move(pictures));
      doc.resources.push_back({.name = "word/media/image1.png", .media_type = "", .bytes = bytes});
      return doc;
    };
    const std::string gif =
        *govtech::base64_decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");
    save(out, "word-pictures", write_epub(carrying("The permit counter", kPng)));
    govtech::Collection word;
    word.meta.title = "Two Word files";
    word.meta.language = "en";
    word.documents = {carrying("The permit counter", kPng), carrying("The night desk", gif)};
    save(out, "word-pictures-combined", write_epub(word));
    fs::remove_all(assets);
  } catch (const std::exception& e) {
    std::cerr << "epub-test-books: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
