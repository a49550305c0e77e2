#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "documents.hpp"
#include "files.hpp"
#include "govtech/pipeline.hpp"
#include "govtech/registry.hpp"
#include "linked_article.hpp"

using namespace govtech;
using govtech::testing::check_golden;
using govtech::testing::source_path;

namespace {

struct Output {
  std::string xml;
  std::vector<std::string> warnings;
};

Provided<Writer> docbook_writer(Registry& registry) {
  registry.add_folder(GOVTECH_PLUGIN_DIR);
  return registry.writer("docbook");
}

Output write(const Document& doc, ConversionSettings settings = {}) {
  Registry registry;
  auto writer = docbook_writer(registry);
  REQUIRE(writer);
  Diagnostics diagnostics("test.txt");
  StringSink sink;
  write_document(writer, doc, "test.txt", "", settings, diagnostics, sink);
  Output out{sink.take(), {}};
  for (const auto& d : diagnostics.take()) out.warnings.push_back(d.message);
  return out;
}

Output write(const Collection& collection) {
  Registry registry;
  auto writer = docbook_writer(registry);
  REQUIRE(writer);
  Diagnostics diagnostics("test.txt");
  StringSink sink;
  write_collection(writer, collection, "", {}, diagnostics, sink);
  Output out{sink.take(), {}};
  for (const auto& d : diagnostics.take()) out.warnings.push_back(d.message);
  return out;
}

bool warned(const Output& out, const std::string& part) {
  return std::any_of(out.warnings.begin(), out.warnings.end(),
                     [&](const std::string& w) { return w.find(part) != std::string::npos; });
}

// Parses the output as XML; fails the test with pugixml's reason if it is not well-formed.
pugi::xml_document parse(const std::string& xml) {
  pugi::xml_document doc;
  const auto result = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default);
  INFO(result.description() << " at offset " << result.offset);
  REQUIRE(result);
  return doc;
}

// Every byte sequence XML 1.0 forbids, whether raw or as a character reference.
void require_only_xml_characters(const std::string& xml) {
  const auto forbidden = std::find_if(xml.begin(), xml.end(), [](char ch) {
    const auto c = static_cast<unsigned char>(ch);
    return c < 0x20 && c != '\t' && c != '\n';
  });
  INFO("forbidden character at offset " << (forbidden - xml.begin()));
  CHECK(forbidden == xml.end());
  CHECK(xml.find("\xEF\xBF\xBE") == std::string::npos);
  CHECK(xml.find("\xEF\xBF\xBF") == std::string::npos);
  CHECK(xml.find("&#0") == std::string::npos);
  CHECK(xml.find("&#1;") == std::string::npos);
}

std::string golden(const std::string& name) {
  return source_path("tests/docbook-writer/expected/" + name).string();
}

}  // namespace

TEST_CASE("the docbook writer describes itself and can combine documents") {
  Registry registry;
  auto writer = docbook_writer(registry);
  REQUIRE(writer);
  const FormatInfo info = writer.handler->info();
  CHECK(info.name == "docbook");
  CHECK(info.aliases == std::vector<std::string>{"docbook5", "dbk"});
  CHECK(info.extensions.front() == "xml");
  CHECK(info.mime_type == "application/docbook+xml");
  CHECK_FALSE(info.binary);
  CHECK(writer.handler->supports("combine"));
  CHECK_FALSE(writer.handler->supports("no-such-feature"));
  CHECK(registry.writer("DBK"));
  CHECK(registry.writer("docbook5"));
}

TEST_CASE("an interview becomes an article with info and a qandaset") {
  const Output out = write(testing::full_interview());
  CHECK(check_golden(golden("interview.xml"), out.xml).empty());
  INFO(check_golden(golden("interview.xml"), out.xml));

  auto xml = parse(out.xml);
  auto article = xml.child("article");
  REQUIRE(article);
  CHECK(std::string(article.attribute("xmlns").value()) == "http://docbook.org/ns/docbook");
  CHECK(std::string(article.attribute("version").value()) == "5.0");
  CHECK(std::string(article.attribute("xml:lang").value()) == "en-GB");

  auto info = article.child("info");
  CHECK(std::string(info.child_value("title")) == "Building a Digital Ministry");
  auto credit = info.child("othercredit");
  CHECK(std::string(credit.attribute("otherclass").value()) == "interviewee");
  CHECK(std::string(credit.child_value("personname")) == "Amara Okafor");
  auto affiliation = credit.child("affiliation");
  CHECK(std::string(affiliation.child_value("jobtitle")) == "Chief Digital Officer");
  CHECK(std::string(affiliation.child_value("orgname")) == "Ministry of Public Works");
  CHECK(std::string(affiliation.child_value("orgdiv")) == "Digital Services Unit");
  CHECK(std::string(affiliation.child("address").child_value("country")) == "Nigeria");
  CHECK(std::distance(info.children("author").begin(), info.children("author").end()) == 2);
  CHECK(std::string(info.child("biblioset").child_value("title")) ==
        "Women in GovTech Special Report 2020");
  CHECK(std::string(info.child_value("pubdate")) == "2020-03-08");
  CHECK(info.child("abstract").child("para"));
  CHECK(info.child("legalnotice").child("para"));
  // A blank keyword is not a keyword.
  auto keywords = info.child("keywordset").children("keyword");
  CHECK(std::distance(keywords.begin(), keywords.end()) == 2);

  auto set = article.child("qandaset");
  REQUIRE(set);
  auto entries = set.children("qandaentry");
  CHECK(std::distance(entries.begin(), entries.end()) == 3);
  auto first = set.child("qandaentry");
  CHECK(std::string(first.child("question").child_value("label")) == "Interviewer");
  CHECK(std::string(first.child("answer").child_value("label")) == "Amara Okafor");
  // The intro comes before the interview and the closing note after it.
  CHECK(std::string(set.previous_sibling().name()) == "bridgehead");
  CHECK(std::string(set.next_sibling().name()) == "para");

  CHECK(warned(out, "raw html block left out"));
  CHECK(warned(out, "1 piece(s) of raw inline HTML left out"));
  CHECK(out.xml.find("dropped") == std::string::npos);
  CHECK(out.xml.find("<b>raw</b>") == std::string::npos);
  CHECK_FALSE(warned(out, "language"));
}

TEST_CASE("line breaks, code and verbatim text keep their exact characters") {
  const Output out = write(testing::full_interview());
  // Hard breaks need literallayout; nothing may be indented inside it or inside a listing.
  CHECK(out.xml.find("<literallayout>Roses are red\n<emphasis>violets</emphasis> are blue"
                     "</literallayout>") != std::string::npos);
  CHECK(out.xml.find("<programlisting language=\"python\">def serve():\n    pass"
                     "</programlisting>") != std::string::npos);
  CHECK(out.xml.find("<entry><literallayout>12\n(3 new)</literallayout></entry>") !=
        std::string::npos);
  CHECK(out.xml.find("<emphasis role=\"strong\">the scale</emphasis>") != std::string::npos);
  CHECK(out.xml.find("<emphasis role=\"strikethrough\">money</emphasis>") != std::string::npos);
  CHECK(out.xml.find("<code>git log</code>") != std::string::npos);
  CHECK(out.xml.find("<orderedlist startingnumber=\"3\" spacing=\"compact\">") !=
        std::string::npos);
  CHECK(out.xml.find("\u2612 Publish the code") != std::string::npos);
  CHECK(out.xml.find("<imagedata fileref=\"photos/team%20photo.jpg\"/>") != std::string::npos);
}

TEST_CASE("a picture the document carries is a data: URI in imagedata, files stay references") {
  Document doc = testing::plain_article();
  Paragraph p;
  p.content = {Image{.src = "word/media/image1.png", .title = {}, .alt = {Text{"A chart"}}},
               Image{.src = "word/media/image1.png", .title = {}, .alt = {Text{"Again"}}},
               Image{.src = "beside.png", .title = {}, .alt = {Text{"A file"}}}};
  doc.intro.push_back(std::move(p));
  doc.resources.push_back({.name = "word/media/image1.png",
                           .media_type = "image/png",
                           .bytes = std::string("\x89PNG\r\n\x1a\n", 8) + "rest"});
  const Output out = write(doc);
  parse(out.xml);
  const std::string data = "<imagedata fileref=\"data:image/png;base64,iVBORw0KGgpyZXN0\"/>";
  std::size_t placed = 0;
  for (auto at = out.xml.find(data); at != std::string::npos; at = out.xml.find(data, at + 1)) {
    ++placed;
  }
  CHECK(placed == 2);
  CHECK(out.xml.find("<imagedata fileref=\"beside.png\"/>") != std::string::npos);
  CHECK(out.xml.find("word/media") == std::string::npos);

  // Two documents of a book, one name, their own bytes.
  Collection book;
  book.meta.title = "Two files";
  book.documents = {doc, doc};
  book.documents[1].resources[0].bytes = "GIF89a\x01\x00\x01\x00";
  const Output both = write(book);
  CHECK(both.xml.find("fileref=\"data:image/png;base64,") != std::string::npos);
  CHECK(both.xml.find("fileref=\"data:image/gif;base64,R0lGODlh") != std::string::npos);
}

TEST_CASE("a document without questions is an article of sections, with defaults warned") {
  const Output out = write(testing::plain_article());
  INFO(check_golden(golden("article.xml"), out.xml));
  CHECK(check_golden(golden("article.xml"), out.xml).empty());
  auto xml = parse(out.xml);
  CHECK_FALSE(xml.child("article").child("qandaset"));
  auto section = xml.child("article").child("section");
  CHECK(std::string(section.attribute("xml:id").value()) == "notes");
  CHECK(std::string(section.child("section").child_value("title")) == "Deep heading");
  CHECK(std::string(xml.child("article").attribute("xml:lang").value()) == "en");
  CHECK(warned(out, "does not give its language; assuming English"));
  CHECK(warned(out, "has no title"));
  // DocBook requires the title element even when it is empty.
  CHECK(xml.child("article").child("info").child("title"));
}

TEST_CASE("a language that is not a language tag is replaced by English, with a warning") {
  Document doc = testing::plain_article();
  doc.meta.language = "english language";
  const Output out = write(doc);
  CHECK(std::string(parse(out.xml).child("article").attribute("xml:lang").value()) == "en");
  CHECK(warned(out, "'english language' is not a language tag"));
}

TEST_CASE("sections: a lead before the first heading, empty ones, ids unique across a book") {
  Document doc;
  doc.intro.push_back(Paragraph{{Text{"Before any heading."}}});
  doc.intro.push_back(Heading{.level = 2, .content = Inlines{Text{"Same"}}});
  doc.intro.push_back(Heading{.level = 2, .content = Inlines{Text{"Same"}}});
  doc.intro.push_back(Paragraph{{Text{"Under the second."}}});
  doc.intro.push_back(Heading{.level = 1, .content = Inlines{Text{"Up a level"}}});
  const Output out = write(doc);
  auto xml = parse(out.xml);  // kept: the nodes below live in it
  auto article = xml.child("article");
  CHECK(std::string(article.child("info").next_sibling().name()) == "para");
  std::vector<std::string> ids, firsts;
  for (auto s = article.child("section"); s; s = s.next_sibling("section")) {
    ids.push_back(s.attribute("xml:id").value());
    firsts.push_back(s.child("title").next_sibling().name());
  }
  CHECK(ids == std::vector<std::string>{"same", "same-2", "up-a-level"});
  CHECK(firsts == std::vector<std::string>{"para", "para", "para"});  // never a bare title

  Collection books;
  books.meta.title = "Two notes";
  books.documents = {testing::plain_article(), testing::plain_article()};
  const std::string book = write(books).xml;
  CHECK(book.find("xml:id=\"notes\"") != std::string::npos);
  CHECK(book.find("xml:id=\"notes-2\"") != std::string::npos);
}

TEST_CASE("internal links become links to the element that carries the id") {
  const Output out = write(govtech_test::linked_article());
  INFO(check_golden(golden("linked-article.xml"), out.xml));
  CHECK(check_golden(golden("linked-article.xml"), out.xml).empty());
  auto xml = parse(out.xml);
  std::vector<std::string> ids;
  for (const pugi::xpath_node& node : xml.select_nodes("//*[@xml:id]"))
    ids.push_back(node.node().attribute("xml:id").value());
  std::sort(ids.begin(), ids.end());
  CHECK(ids == std::vector<std::string>{"dry-season", "method", "method-2", "results", "sampling"});
  std::vector<std::string> ends;
  for (const pugi::xpath_node& node : xml.select_nodes("//link"))
    ends.push_back(node.node().attribute("linkend").value());
  CHECK(ends ==
        std::vector<std::string>{"results", "sampling", "dry-season", "method", "method-2"});
  CHECK(out.xml.find("nowhere") == std::string::npos);
  CHECK(out.xml.find(" and a lost page.") != std::string::npos);
  CHECK(warned(out, "link to '#nowhere'"));
  // Sections nest as the headings do: Sampling inside the first Method.
  CHECK(xml.select_node("/article/section[@xml:id='method']/section[@xml:id='sampling']"));

  // Two copies in a book: unique ids, each copy's links within itself.
  Collection books;
  books.meta.title = "Twice";
  books.documents = {govtech_test::linked_article(), govtech_test::linked_article()};
  auto book = parse(write(books).xml);
  CHECK(book.select_node("/book/article[2]//link[@linkend='results-2']"));
  CHECK(book.select_node("/book/article[2]/section[@xml:id='results-2']"));
  CHECK_FALSE(book.select_node("/book/article[2]//link[@linkend='results']"));
}

TEST_CASE("a question carries its id, and links lead to it") {
  Document doc;
  doc.meta.title = "Water";
  doc.entries.push_back(
      {.question = {Text{"Why water?"}}, .answer = {Block(Paragraph{{Text{"Because."}}})}});
  doc.entries.push_back(
      {.question = {Text{"Why now?"}},
       .answer = {Block(Paragraph{{Link{"#why-water", "", {Text{"As I said"}}}}})}});
  const Output out = write(doc);
  auto xml = parse(out.xml);
  CHECK(xml.select_node("//qandaentry[@xml:id='why-water']"));
  CHECK(xml.select_node("//link[@linkend='why-water']"));
}

TEST_CASE("hostile text and structure still give well-formed, escaped output") {
  const Output out = write(testing::hostile_document());
  INFO(check_golden(golden("hostile.xml"), out.xml));
  CHECK(check_golden(golden("hostile.xml"), out.xml).empty());
  require_only_xml_characters(out.xml);
  auto xml = parse(out.xml);
  auto article = xml.child("article");

  const std::string title = article.child("info").child_value("title");
  CHECK(title.rfind("A </title> & \"quoted\" <b>title</b> ]]> nul[] soh[] vt[] ff[]", 0) == 0);
  CHECK(out.xml.find("]]>") == std::string::npos);
  CHECK(out.xml.find("<script>") == std::string::npos);
  CHECK(out.xml.find("&lt;script&gt;alert('x')&lt;/script&gt;") != std::string::npos);

  CHECK(out.xml.find("javascript:") == std::string::npos);
  CHECK(warned(out, "link to 'javascript:alert(1)' left out"));
  CHECK(warned(out, "image 'javascript:evil()' left out"));
  CHECK(out.xml.find("click me") != std::string::npos);
  CHECK(out.xml.find("evil image") != std::string::npos);
  CHECK(out.xml.find("xlink:href=\"http://x/a%20b/%5Bc%5D/%25zz/%7Bd%7D%7Ce%22f%3Cg%3E\"") !=
        std::string::npos);
  CHECK(out.xml.find("xlink:href=\"%3A%3Anot-a-scheme\"") != std::string::npos);
  CHECK(out.xml.find("xlink:href=\"http://[::1]:8080/ok\"") != std::string::npos);
  CHECK(warned(out, "has no description"));

  // Entries: an unanswered question has no answer; a labelled answer keeps its label.
  auto entry = article.child("qandaset").child("qandaentry");
  CHECK_FALSE(entry.child("answer"));
  CHECK(std::string(entry.child("question").child_value("label")) == "Q");
  entry = entry.next_sibling("qandaentry");
  CHECK(std::string(entry.child("answer").child_value("label")) == "A");
  CHECK(entry.child("question").child("literallayout"));
  entry = entry.next_sibling("qandaentry");
  CHECK_FALSE(entry.child("answer"));
}

TEST_CASE("unsafe links are kept when the user asks for it") {
  ConversionSettings settings;
  settings.options.set("unsafe", "true");
  const Output out = write(testing::hostile_document(), settings);
  CHECK(out.xml.find("xlink:href=\"javascript:alert(1)\"") != std::string::npos);
  CHECK_FALSE(warned(out, "link to 'javascript:alert(1)' left out"));
  // Raw HTML is not DocBook, trusted or not.
  CHECK(out.xml.find("<script>") == std::string::npos);
}

TEST_CASE("a collection is a book with one article per document") {
  const Output out = write(testing::two_interview_collection());
  INFO(check_golden(golden("collection.xml"), out.xml));
  CHECK(check_golden(golden("collection.xml"), out.xml).empty());
  auto xml = parse(out.xml);
  auto book = xml.child("book");
  REQUIRE(book);
  CHECK(std::string(book.attribute("version").value()) == "5.0");
  CHECK(std::string(book.attribute("xml:lang").value()) == "en-GB");
  CHECK(std::string(book.child("info").child_value("title")) == "Women in GovTech");
  auto articles = book.children("article");
  REQUIRE(std::distance(articles.begin(), articles.end()) == 2);
  auto second = book.child("article").next_sibling("article");
  CHECK(std::string(second.attribute("xml:lang").value()) == "es");
  CHECK_FALSE(book.child("article").attribute("xml:lang"));
  // Only the root carries the version and namespaces.
  CHECK_FALSE(second.attribute("version"));
}

TEST_CASE("the docbook output is the same every time") {
  const Document doc = testing::full_interview();
  const Output first = write(doc);
  for (int i = 0; i < 3; ++i) CHECK(write(doc).xml == first.xml);
}
