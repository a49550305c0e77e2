// What Word puts inside paragraphs and around them: split runs, fields, formatting through
// styles, links, lists, tables, pictures, notes and tracked changes.
#include <catch2/catch.hpp>

#include "docx_builder.hpp"

using namespace govtech;
using namespace govtech::testing;

namespace {

// The first block of an article made of `body`.
Document article(const std::string& body, std::vector<std::string>* warnings = nullptr,
                 DocxBuilder builder = {}) {
  return read_docx(builder.body(body).bytes(), warnings);
}

std::string first(const Document& doc) {
  REQUIRE_FALSE(doc.intro.empty());
  return show(doc.intro.front());
}

// The smallest PNG: a 1x1 transparent pixel.
constexpr unsigned char kPngBytes[] = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
    0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00,
    0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0b, 0x49, 0x44, 0x41, 0x54, 0x78,
    0x9c, 0x63, 0x60, 0x00, 0x02, 0x00, 0x00, 0x05, 0x00, 0x01, 0x7a, 0x5e, 0xab, 0x3f,
    0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};
const std::string kPng(reinterpret_cast<const char*>(kPngBytes), sizeof kPngBytes);

std::string drawing(const std::string& rid, const std::string& descr) {
  return "<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"Picture 1\"" +
         (descr.empty() ? std::string() : " descr=\"" + descr + "\"") +
         "/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed=\"" + rid +
         "\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>"
         "</w:r></w:p>";
}

}  // namespace

TEST_CASE("a word split over runs, proofing marks, bookmarks, smart tags and controls") {
  Document doc = article(
      "<w:p><w:r><w:t>Digi</w:t></w:r><w:proofErr w:type=\"spellStart\"/>"
      "<w:bookmarkStart w:id=\"0\" w:name=\"x\"/><w:r><w:t>tal</w:t></w:r><w:bookmarkEnd "
      "w:id=\"0\"/>"
      "<w:proofErr w:type=\"spellEnd\"/><w:smartTag w:element=\"place\"><w:r>"
      "<w:t xml:space=\"preserve\"> services in </w:t></w:r></w:smartTag><w:sdt><w:sdtPr/>"
      "<w:sdtContent><w:r><w:t>Accra</w:t></w:r></w:sdtContent></w:sdt></w:p>");
  CHECK(first(doc) == "Digital services in Accra");
}

TEST_CASE("tabs, breaks, hyphens and symbols") {
  Document doc = article(
      "<w:p><w:r><w:t>one</w:t><w:tab/><w:t>two</w:t><w:br/><w:t>three</w:t>"
      "<w:br w:type=\"page\"/><w:t>co</w:t><w:softHyphen/><w:t>operate e</w:t><w:noBreakHyphen/>"
      "<w:t>mail </w:t><w:sym w:font=\"Symbol\" w:char=\"F061\"/><w:sym w:font=\"Wingdings\" "
      "w:char=\"F0FC\"/></w:r></w:p>");
  CHECK(first(doc) == "one two\nthreeco\xC2\xADoperate e\xE2\x80\x91mail \xCE\xB1\xE2\x9C\x93");
}

TEST_CASE("characters a document may not hold are dropped, tabs and line feeds are spaces") {
  // Text long enough that the clean stretches before and after each character are read eight
  // bytes at a time; &#xFFFE; and &#xFFFF; are not characters, &#1; a control.
  const std::string before = "Registries open their data ";
  Document doc =
      article("<w:p><w:r><w:t xml:space=\"preserve\">" + before +
              "a&#9;b&#10;c&#xFFFE;d&#xFFFF;e&#1;f\xEF\xBC\x81 " + before + "</w:t></w:r></w:p>");
  CHECK(first(doc) == before + "a b cdef\xEF\xBC\x81 " + before.substr(0, before.size() - 1));
  Document plain = article("<w:p><w:r><w:t>" + before + before + "\xEF\xBC\x81</w:t></w:r></w:p>");
  CHECK(first(plain) == before + before + "\xEF\xBC\x81");
}

TEST_CASE("formatting from styles through basedOn, and direct formatting") {
  const std::string styles =
      "<w:style w:type=\"character\" w:styleId=\"Loud\"><w:name w:val=\"Loud\"/>"
      "<w:rPr><w:b/></w:rPr></w:style>"
      "<w:style w:type=\"character\" w:styleId=\"Louder\"><w:name w:val=\"Louder\"/>"
      "<w:basedOn w:val=\"Loud\"/><w:rPr><w:i/></w:rPr></w:style>";
  Document doc = article(
      "<w:p><w:r><w:rPr><w:rStyle w:val=\"Louder\"/></w:rPr><w:t>both</w:t></w:r>"
      "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r>"
      "<w:r><w:rPr><w:strike/></w:rPr><w:t>gone</w:t></w:r>"
      "<w:r><w:t xml:space=\"preserve\"> </w:t></w:r>"
      "<w:r><w:rPr><w:rFonts w:ascii=\"Consolas\"/></w:rPr><w:t>make test</w:t></w:r>"
      "<w:r><w:t xml:space=\"preserve\"> m</w:t></w:r>"
      "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>2</w:t></w:r>"
      "<w:r><w:rPr><w:b/><w:b w:val=\"0\"/></w:rPr><w:t xml:space=\"preserve\"> </w:t></w:r>"
      "<w:r><w:rPr><w:rStyle w:val=\"Loud\"/><w:b w:val=\"false\"/></w:rPr><w:t>plain</w:t></w:r>"
      "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r></w:p>",
      nullptr, DocxBuilder().styles(styles));
  CHECK(first(doc) == "***both*** ~~gone~~ `make test` m^2^ plain");
}

TEST_CASE("superscript and subscript runs are nodes, for any text") {
  Document doc = article(
      "<w:p><w:r><w:t>the 1</w:t></w:r><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/>"
      "</w:rPr><w:t>st</w:t></w:r><w:r><w:t xml:space=\"preserve\"> of H</w:t></w:r>"
      "<w:r><w:rPr><w:b/><w:vertAlign w:val=\"subscript\"/></w:rPr><w:t>2</w:t></w:r>"
      "<w:r><w:rPr><w:vertAlign w:val=\"subscript\"/></w:rPr><w:t>x</w:t></w:r>"
      "<w:r><w:t>O</w:t></w:r></w:p>");
  CHECK(first(doc) == "the 1^st^ of H**~2~**~x~O");
}

TEST_CASE("runs in another language or direction than the document's are spans") {
  const std::string styles =
      "<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"en-US\" w:eastAsia=\"ja-JP\" "
      "w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault></w:docDefaults>";
  Document doc = article(
      "<w:p><w:r><w:t xml:space=\"preserve\">Said </w:t></w:r>"
      "<w:r><w:rPr><w:i/><w:lang w:val=\"fr-FR\"/></w:rPr><w:t>merci</w:t></w:r>"
      "<w:r><w:rPr><w:lang w:val=\"en-GB\"/></w:rPr><w:t xml:space=\"preserve\"> and "
      "</w:t></w:r><w:r><w:rPr><w:rtl/></w:rPr><w:t>\xD8\xB4\xD9\x83\xD8\xB1\xD8\xA7</w:t>"
      "</w:r><w:r><w:t xml:space=\"preserve\"> and </w:t></w:r>"
      "<w:r><w:t>\xE3\x81\x82\xE3\x82\x8A\xE3\x81\x8C\xE3\x81\xA8\xE3\x81\x86</w:t>"
      "</w:r></w:p>",
      nullptr, DocxBuilder().styles(styles));
  REQUIRE(doc.intro.size() == 1);
  const Inlines& content = doc.intro[0].as<Paragraph>()->content;
  std::vector<const Span*> spans;
  for (const Inline& node : content) {
    if (const Span* s = node.as<Span>()) spans.push_back(s);
    if (const Emphasis* e = node.as<Emphasis>()) {
      for (const Inline& inner : e->children) {
        if (const Span* s = inner.as<Span>()) spans.push_back(s);
      }
    }
  }
  // en-GB in an en-US document is the same language; Arabic and Japanese are not.
  REQUIRE(spans.size() == 3);
  CHECK(spans[0]->attributes->language == "fr-FR");
  CHECK(spans[1]->attributes->language == "ar-SA");
  CHECK(spans[1]->attributes->direction == Direction::rtl);
  CHECK(spans[2]->attributes->language == "ja-JP");
  CHECK(spans[2]->attributes->direction == Direction::unspecified);
}

TEST_CASE("a right-to-left paragraph in a left-to-right document is an rtl division") {
  Document doc =
      article(p("Left to right.") +
              "<w:p><w:pPr><w:bidi/></w:pPr><w:r><w:rPr><w:rtl/><w:lang w:bidi=\"he-IL\"/></w:rPr>"
              "<w:t>\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D</w:t></w:r></w:p>");
  REQUIRE_FALSE(doc.intro.empty());
  const Division* division = doc.intro.back().as<Division>();
  REQUIRE(division);
  CHECK(division->attributes->direction == Direction::rtl);
  REQUIRE(division->blocks.size() == 1);
  // The run's direction is the paragraph's: only its language is left to say.
  const Span* span = division->blocks[0].as<Paragraph>()->content.at(0).as<Span>();
  REQUIRE(span);
  CHECK(span->attributes->language == "he-IL");
  CHECK(span->attributes->direction == Direction::unspecified);
}

// Hebrew words: "shalom", "question?", "answer".
constexpr const char* kShalom = "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D";
constexpr const char* kQuestion = "\xD7\xA9\xD7\x90\xD7\x9C\xD7\x94?";
constexpr const char* kAnswer = "\xD7\xAA\xD7\xA9\xD7\x95\xD7\x91\xD7\x94";

// A w:bidi paragraph of one right-to-left run, in the paragraph style `style` (if any), with
// `more` inside its w:pPr.
std::string rtl_p(const std::string& text, const std::string& style = {},
                  const std::string& more = {}) {
  return "<w:p><w:pPr>" + (style.empty() ? "" : "<w:pStyle w:val=\"" + style + "\"/>") + more +
         "<w:bidi/></w:pPr><w:r><w:rPr><w:rtl/></w:rPr><w:t>" + text + "</w:t></w:r></w:p>";
}

TEST_CASE("w:bidi headings, list items and table cells keep their direction") {
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
      "</w:style>";
  const std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/>"
      "</w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  Document doc = article(
      p("Left to right.") + rtl_p(kShalom, "Heading1") +
          rtl_p(kAnswer, {}, "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>") +
          "<w:tbl><w:tr><w:tc>" + p("left") + "</w:tc><w:tc>" + rtl_p(kShalom) +
          "</w:tc></w:tr></w:tbl>",
      nullptr, DocxBuilder().styles(styles).numbering(numbering));
  REQUIRE(doc.intro.size() == 4);
  const Heading* heading = doc.intro[1].as<Heading>();
  REQUIRE(heading);
  CHECK(heading->attributes->direction == Direction::rtl);

  const BulletList* list = doc.intro[2].as<BulletList>();
  REQUIRE(list);
  REQUIRE(list->items.size() == 1);
  const Division* item = list->items[0].blocks.at(0).as<Division>();
  REQUIRE(item);
  CHECK(item->attributes->direction == Direction::rtl);

  const Table* table = doc.intro[3].as<Table>();
  REQUIRE(table);
  REQUIRE(table->rows.size() == 1);
  CHECK(table->rows[0][0].content.at(0).as<Text>());
  const Span* cell = table->rows[0][1].content.at(0).as<Span>();
  REQUIRE(cell);
  CHECK(cell->attributes->direction == Direction::rtl);
  CHECK(show(cell->children) == kShalom);
}

TEST_CASE("a w:bidiVisual table in a left-to-right document is a right-to-left table") {
  const std::string row =
      "<w:tr><w:tc>" + rtl_p(kShalom) + "</w:tc><w:tc>" + rtl_p(kAnswer) + "</w:tc></w:tr>";
  Document doc =
      article(p("Left to right.") + "<w:tbl><w:tblPr><w:bidiVisual/></w:tblPr>" + row +
              "</w:tbl><w:tbl><w:tblPr><w:bidiVisual w:val=\"0\"/></w:tblPr>" + row + "</w:tbl>");
  REQUIRE(doc.intro.size() == 3);
  const Division* rtl = doc.intro[1].as<Division>();
  REQUIRE(rtl);
  CHECK(rtl->attributes->direction == Direction::rtl);
  REQUIRE(rtl->blocks.size() == 1);
  const Table* table = rtl->blocks[0].as<Table>();
  REQUIRE(table);
  REQUIRE(table->rows.size() == 1);
  const Span* first_cell = table->rows[0][0].content.at(0).as<Span>();
  REQUIRE(first_cell);  // still the first cell, shown on the right
  CHECK(show(first_cell->children) == kShalom);
  CHECK(doc.intro[2].as<Table>());  // switched off: laid out left to right

  // In a right-to-left document every table already runs right to left.
  const std::string styles =
      "<w:docDefaults><w:pPrDefault><w:pPr><w:bidi/></w:pPr></w:pPrDefault></w:docDefaults>";
  Document hebrew = read_docx(DocxBuilder()
                                  .styles(styles)
                                  .body(rtl_p(kShalom) + "<w:tbl><w:tblPr><w:bidiVisual/>" +
                                        "</w:tblPr>" + row + "</w:tbl>")
                                  .bytes(),
                              nullptr, {{"docx-layout", "article"}});
  REQUIRE(hebrew.intro.size() == 2);
  CHECK(hebrew.intro[1].as<Table>());
}

TEST_CASE("w:bidi questions and answers in a left-to-right document keep their direction") {
  Document doc = read_docx(DocxBuilder()
                               .body(p("An interview in English, with questions in Hebrew.") +
                                     rtl_p(std::string("Q: ") + kQuestion) +
                                     rtl_p(std::string("A: ") + kAnswer) +
                                     rtl_p(std::string("Q: ") + kQuestion) + p("A: In English."))
                               .bytes());
  REQUIRE(doc.entries.size() == 2);
  for (const QandA& entry : doc.entries) {
    const Span* question = entry.question.at(0).as<Span>();
    REQUIRE(question);
    CHECK(question->attributes->direction == Direction::rtl);
    CHECK(show(question->children) == kQuestion);
  }
  const Division* answer = doc.entries[0].answer.at(0).as<Division>();
  REQUIRE(answer);
  CHECK(answer->attributes->direction == Direction::rtl);
  CHECK(doc.entries[1].answer.at(0).as<Paragraph>());  // the English answer says nothing
}

TEST_CASE("w:bidi paragraphs of a right-to-left document need no direction of their own") {
  // As LibreOffice writes a Hebrew document: the language in the properties, w:bidi in a
  // Normal style that is not marked as the default.
  const std::string styles =
      "<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"en-US\" w:bidi=\"he-IL\"/>"
      "</w:rPr></w:rPrDefault></w:docDefaults>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
      "<w:pPr><w:bidi/></w:pPr></w:style>";
  for (const std::string core : {"<dc:language>he</dc:language>", ""}) {
    DocxBuilder builder;
    builder.styles(styles).body(rtl_p(kShalom, "Normal") + rtl_p(kAnswer, "Normal"));
    if (!core.empty()) builder.core(core);
    Document doc = read_docx(builder.bytes(), nullptr, {{"docx-layout", "article"}});
    REQUIRE(doc.intro.size() == 2);
    // Marked by the language, or by the style every paragraph has.
    CHECK(doc.intro[0].as<Paragraph>());
    CHECK(doc.intro[1].as<Paragraph>());
  }
}

TEST_CASE("a paragraph that switches w:bidi off in a right-to-left document runs left to right") {
  const std::string english =
      "<w:p><w:pPr><w:bidi w:val=\"0\"/></w:pPr><w:r><w:t>In English.</w:t></w:r></w:p>";
  const std::string rtl_default =
      "<w:docDefaults><w:pPrDefault><w:pPr><w:bidi/></w:pPr></w:pPrDefault></w:docDefaults>";
  Document doc = read_docx(DocxBuilder().styles(rtl_default).body(rtl_p(kShalom) + english).bytes(),
                           nullptr, {{"docx-layout", "article"}});
  REQUIRE(doc.intro.size() == 2);
  CHECK(doc.intro[0].as<Paragraph>());
  const Division* ltr = doc.intro[1].as<Division>();
  REQUIRE(ltr);
  CHECK(ltr->attributes->direction == Direction::ltr);

  // Right to left by its language alone, with w:bidi off by default: every paragraph says
  // the same, and none is singled out.
  const std::string ltr_default =
      "<w:docDefaults><w:pPrDefault><w:pPr><w:bidi w:val=\"0\"/></w:pPr></w:pPrDefault>"
      "</w:docDefaults>";
  Document by_language = read_docx(DocxBuilder()
                                       .styles(ltr_default)
                                       .core("<dc:language>he</dc:language>")
                                       .body(p(kShalom) + english)
                                       .bytes(),
                                   nullptr, {{"docx-layout", "article"}});
  REQUIRE(by_language.intro.size() == 2);
  CHECK(by_language.intro[1].as<Paragraph>());
}

TEST_CASE("runs in the document's language need no span, whichever w:lang attribute says it") {
  // LibreOffice's Japanese document: en-US the default, Japanese only as w:eastAsia and in
  // the properties.
  const std::string styles =
      "<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"en-US\" w:eastAsia=\"ja\"/>"
      "</w:rPr></w:rPrDefault></w:docDefaults>";
  // "Digital government interview 2024".
  Document doc =
      read_docx(DocxBuilder()
                    .styles(styles)
                    .core("<dc:language>ja</dc:language>")
                    .body("<w:p><w:r><w:rPr><w:lang w:eastAsia=\"ja\"/></w:rPr><w:t>"
                          "\xE3\x83\x87\xE3\x82\xB8\xE3\x82\xBF\xE3\x83\xAB\xE8\xA1\x8C\xE6\x94"
                          "\xBF</w:t></w:r><w:r><w:t>2024</w:t></w:r></w:p>")
                    .bytes(),
                nullptr, {{"docx-layout", "article"}});
  CHECK(doc.meta.language == "ja");
  REQUIRE(doc.intro.size() == 1);
  const Inlines& content = doc.intro[0].as<Paragraph>()->content;
  REQUIRE_FALSE(content.empty());
  for (const Inline& node : content) CHECK(node.as<Text>());
  CHECK(show(content) ==
        "\xE3\x83\x87\xE3\x82\xB8\xE3\x82\xBF\xE3\x83\xAB\xE8\xA1\x8C\xE6\x94\xBF"
        "2024");
}

TEST_CASE("speaker turns set as headings are turns") {
  // A transcript saved from a web page whose questions were headings: "Name: text?".
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
      "</w:style>";
  Document doc = read_docx(DocxBuilder()
                               .styles(styles)
                               .body(styled_p("Heading2", "Part one: the start") +
                                     styled_p("Heading2", "Mira: Why open the data?") +
                                     p("Tomas: Because people asked for it.") +
                                     styled_p("Heading2", "Mira: What changed?") +
                                     p("Tomas: The questions did."))
                               .bytes());
  REQUIRE(doc.entries.size() == 2);
  CHECK(show(doc.entries[0].question) == "Why open the data?");
  CHECK(doc.entries[0].question_speaker == "Mira");
  CHECK(doc.entries[1].answer_speaker == "Tomas");
  // A heading of one "Name:" only is no speaker's turn.
  REQUIRE(doc.intro.size() == 1);
  CHECK(doc.intro[0].as<Heading>());
}

TEST_CASE("paragraph styles: title, quotation, code, heading levels") {
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:styleId=\"Titre\"><w:name w:val=\"Title\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Citation\"><w:name w:val=\"Quote\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"SourceCode\"><w:name w:val=\"Source Code\"/>"
      "</w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"H5\"><w:name w:val=\"heading 5\"/></w:style>";
  Document doc =
      article(styled_p("Titre", "A title") + styled_p("H5", "Deep heading") +
                  styled_p("Citation", "Quoted words.") + styled_p("SourceCode", "make all") +
                  styled_p("SourceCode", "make test"),
              nullptr, DocxBuilder().styles(styles));
  CHECK(doc.meta.title == "A title");
  REQUIRE(doc.intro.size() == 3);
  CHECK(show(doc.intro[0]) == "##### Deep heading");
  REQUIRE(doc.intro[1].as<BlockQuote>());
  CHECK(show(doc.intro[1].as<BlockQuote>()->blocks.at(0)) == "Quoted words.");
  REQUIRE(doc.intro[2].as<CodeBlock>());
  CHECK(doc.intro[2].as<CodeBlock>()->text == "make all\nmake test\n");
}

TEST_CASE("hyperlinks from relationships and from field codes") {
  Document doc = article(
      "<w:p><w:hyperlink r:id=\"rIdL\"><w:r><w:t>the portal</w:t></w:r></w:hyperlink>"
      "<w:r><w:t xml:space=\"preserve\">, </w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
      "<w:r><w:instrText xml:space=\"preserve\"> HYPERLINK \"https://example.org/data\" "
      "</w:instrText>"
      "</w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>the data</w:t></w:r>"
      "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
      "<w:r><w:t xml:space=\"preserve\">, </w:t></w:r>"
      "<w:fldSimple w:instr=\" HYPERLINK &quot;https://example.org/a&quot; \"><w:r><w:t>a</w:t>"
      "</w:r></w:fldSimple><w:r><w:t xml:space=\"preserve\"> and </w:t></w:r>"
      "<w:hyperlink w:anchor=\"_Toc1\"><w:r><w:t>a bookmark</w:t></w:r></w:hyperlink></w:p>",
      nullptr, DocxBuilder().relationship("rIdL", "hyperlink", "https://example.org/portal", true));
  CHECK(first(doc) ==
        "[the portal](https://example.org/portal), [the data](https://example.org/data), "
        "[a](https://example.org/a) and a bookmark");
}

TEST_CASE("lists from numbering.xml: bullets, numbers, nesting, start values, continuation") {
  const std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
      "<w:numFmt w:val=\"bullet\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/>"
      "<w:numFmt w:val=\"decimal\"/></w:lvl></w:abstractNum>"
      "<w:abstractNum w:abstractNumId=\"1\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"3\"/>"
      "<w:numFmt w:val=\"decimal\"/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>";
  auto item = [](int num, int level, const std::string& text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + std::to_string(level) +
           "\"/><w:numId w:val=\"" + std::to_string(num) + "\"/></w:numPr></w:pPr><w:r><w:t>" +
           text + "</w:t></w:r></w:p>";
  };
  Document doc =
      article(item(1, 0, "forms") + item(1, 1, "first") + item(1, 1, "second") +
                  item(1, 0, "payments") + p("Between the lists.") + item(2, 0, "third") +
                  item(2, 0, "fourth") + p("And again.") + item(2, 0, "fifth"),
              nullptr, DocxBuilder().numbering(numbering));
  REQUIRE(doc.intro.size() == 5);
  const BulletList* bullets = doc.intro[0].as<BulletList>();
  REQUIRE(bullets);
  REQUIRE(bullets->items.size() == 2);
  REQUIRE(bullets->items[0].blocks.size() == 2);
  const OrderedList* inner = bullets->items[0].blocks[1].as<OrderedList>();
  REQUIRE(inner);
  CHECK(inner->items.size() == 2);
  const OrderedList* numbered = doc.intro[2].as<OrderedList>();
  REQUIRE(numbered);
  CHECK(numbered->start == 3);
  CHECK(numbered->items.size() == 2);
  REQUIRE(doc.intro[4].as<OrderedList>());
  CHECK(doc.intro[4].as<OrderedList>()->start == 5);
}

TEST_CASE("tables: a header row, merged cells kept in their columns") {
  const std::string table =
      "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
      "<w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>" +
      p("Service") + "</w:tc><w:tc>" + p("2023") + "</w:tc><w:tc>" + p("2024") +
      "</w:tc></w:tr>"
      "<w:tr><w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" +
      p("Permits") + "</w:tc><w:tc><w:tcPr><w:gridSpan w:val=\"2\"/></w:tcPr>" + p("online") +
      p("and paper") +
      "</w:tc></w:tr>"
      "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr>" +
      p("") + "</w:tc><w:tc>" + p("6 days") +
      "</w:tc><w:tc><w:tcPr><w:gridSpan w:val=\"99999\"/></w:tcPr>" + p("2 days") +
      "</w:tc></w:tr></w:tbl>";
  Document doc = article(table);
  REQUIRE(doc.intro.size() == 1);
  const Table* t = doc.intro[0].as<Table>();
  REQUIRE(t);
  REQUIRE(t->header.size() == 3);
  CHECK(show(t->header[1].content) == "2023");
  REQUIRE(t->rows.size() == 2);
  REQUIRE(t->rows[0].size() == 3);
  CHECK(show(t->rows[0][1].content) == "online\nand paper");
  CHECK(t->rows[0][2].content.empty());
  REQUIRE(t->rows[1].size() == 3);
  CHECK(t->rows[1][0].content.empty());
  CHECK(show(t->rows[1][2].content) == "2 days");
  CHECK(t->alignments.size() == 3);
}

TEST_CASE("pictures become the document's resources, each once, and a missing one is warned") {
  std::vector<std::string> warnings;
  Document doc = article(
      drawing("rIdI", "The permit counter") + drawing("rIdI", "") + drawing("rIdE", "A chart"),
      &warnings,
      DocxBuilder()
          .relationship("rIdI", "image", "media/image1.png")
          .relationship("rIdE", "image", "media/image2.emf")
          .file("word/media/image1.png", kPng)
          .file("word/media/image2.emf", std::string(40, '\x01') + " EMF" + std::string(8, '\0')));
  REQUIRE(doc.intro.size() == 2);
  const Image* image = doc.intro[0].as<Paragraph>()->content.at(0).as<Image>();
  REQUIRE(image);
  CHECK(image->src == "word/media/image1.png");
  CHECK(show(image->alt) == "The permit counter");
  // Placed twice, held once: both images name the one resource.
  const Image* again = doc.intro[1].as<Paragraph>()->content.at(0).as<Image>();
  REQUIRE(again);
  CHECK(again->src == "word/media/image1.png");
  REQUIRE(doc.resources.size() == 1);
  CHECK(doc.resources[0].name == "word/media/image1.png");
  CHECK(doc.resources[0].media_type == "image/png");
  CHECK(doc.resources[0].bytes == kPng);
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0].find("no alternative text") != std::string::npos);
  CHECK(warnings[1].find("EMF") != std::string::npos);
}

TEST_CASE("a footnote becomes a note at its reference") {
  const std::string notes =
      "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p>"
      "</w:footnote><w:footnote w:id=\"2\"><w:p><w:r><w:footnoteRef/></w:r>"
      "<w:r><w:t xml:space=\"preserve\"> Figures from the 2024 report.</w:t></w:r></w:p>"
      "</w:footnote>";
  Document doc = article(
      "<w:p><w:r><w:t>Waiting fell by half.</w:t></w:r><w:r><w:rPr>"
      "<w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteReference w:id=\"2\"/></w:r></w:p>",
      nullptr, DocxBuilder().footnotes(notes));
  REQUIRE(doc.intro.size() == 1);
  // Not wrapped in the reference's superscript: writers mark the note themselves.
  CHECK(show(doc.intro[0]) == "Waiting fell by half.[^Figures from the 2024 report.]");
}

TEST_CASE("tracked changes read as accepted with one warning, comments left out") {
  std::vector<std::string> warnings;
  Document doc = article(
      "<w:p><w:r><w:t xml:space=\"preserve\">The team </w:t></w:r><w:del w:id=\"1\"><w:r>"
      "<w:delText>was</w:delText></w:r></w:del><w:ins w:id=\"2\"><w:r><w:t>is</w:t></w:r></w:ins>"
      "<w:commentRangeStart w:id=\"3\"/><w:r><w:t xml:space=\"preserve\"> small.</w:t></w:r>"
      "<w:commentRangeEnd w:id=\"3\"/><w:r><w:commentReference w:id=\"3\"/></w:r></w:p>"
      "<w:p><w:del w:id=\"4\"><w:r><w:delText>Gone.</w:delText></w:r></w:del></w:p>" +
          p("Kept."),
      &warnings);
  REQUIRE(doc.intro.size() == 2);
  CHECK(show(doc.intro[0]) == "The team is small.");
  REQUIRE(warnings.size() == 2);
  CHECK(warnings[0].find("tracked changes") != std::string::npos);
  CHECK(warnings[1].find("comments") != std::string::npos);
}

TEST_CASE("footnotes and endnotes as notes; a missing note is warned and kept as [n]") {
  const std::string ns =
      " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  std::vector<std::string> warnings;
  Document doc = article(
      "<w:p><w:r><w:t>One</w:t></w:r><w:r><w:endnoteReference w:id=\"5\"/></w:r>"
      "<w:r><w:t xml:space=\"preserve\"> two</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/>"
      "</w:r><w:r><w:t xml:space=\"preserve\"> one again</w:t></w:r>"
      "<w:r><w:endnoteReference w:id=\"5\"/></w:r><w:r><w:footnoteReference w:id=\"9\"/>"
      "</w:r></w:p>",
      &warnings,
      DocxBuilder()
          .footnotes("<w:footnote w:id=\"1\">" + p("A footnote.") + "</w:footnote>")
          .relationship("rIdE", "endnotes", "endnotes.xml")
          .file("word/endnotes.xml", "<w:endnotes" + ns + "><w:endnote w:id=\"5\">" +
                                         p("An endnote.") + "</w:endnote></w:endnotes>"));
  REQUIRE(doc.intro.size() == 1);
  // A note referenced twice is held at both references; a missing one stays its number.
  CHECK(show(doc.intro[0]) == "One[^An endnote.] two[^A footnote.] one again[^An endnote.][3]");
  REQUIRE_FALSE(warnings.empty());
  CHECK(warnings[0].find("note 3 is referenced but missing") != std::string::npos);
}

TEST_CASE("the Author and Date paragraph styles and the Verbatim Char style pandoc writes") {
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:styleId=\"Author\"><w:name w:val=\"Author\"/></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Date\"><w:name w:val=\"Date\"/></w:style>"
      "<w:style w:type=\"character\" w:styleId=\"VerbatimChar\">"
      "<w:name w:val=\"Verbatim Char\"/></w:style>";
  Document doc =
      article(styled_p("Author", "Lena Marsh") + styled_p("Author", "Tomas Berg") +
                  styled_p("Date", "12 March 2024") +
                  "<w:p><w:r><w:t xml:space=\"preserve\">Run </w:t></w:r><w:r><w:rPr>"
                  "<w:rStyle w:val=\"VerbatimChar\"/></w:rPr><w:t>make</w:t></w:r></w:p>",
              nullptr, DocxBuilder().styles(styles));
  CHECK(doc.meta.authors == std::vector<std::string>{"Lena Marsh", "Tomas Berg"});
  CHECK(doc.meta.date == "2024-03-12");
  REQUIRE(doc.intro.size() == 1);
  CHECK(show(doc.intro[0]) == "Run `make`");
}

TEST_CASE("ruby keeps its base text, equations their text") {
  Document doc = article(
      "<w:p><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>とうきょう</w:t></w:r></w:rt><w:rubyBase>"
      "<w:r><w:t>東京</w:t></w:r></w:rubyBase></w:ruby></w:r><w:r><w:t xml:space=\"preserve\"> "
      "</w:t></w:r><m:oMath xmlns:m=\"http://schemas.openxmlformats.org/officeDocument/2006/math\">"
      "<m:r><m:rPr/><m:t>x=1</m:t></m:r></m:oMath></w:p>");
  CHECK(first(doc) == "東京 x=1");
}

TEST_CASE("a table without rows, or rows without cells, is left out") {
  Document doc = article(p("Before.") + "<w:tbl><w:tblPr/></w:tbl><w:tbl><w:tr/><w:tr/></w:tbl>" +
                         "<w:tbl><w:tr/><w:tr><w:tc>" + p("kept") + "</w:tc></w:tr></w:tbl>");
  REQUIRE(doc.intro.size() == 2);
  const Table* table = doc.intro[1].as<Table>();
  REQUIRE(table);
  REQUIRE(table->rows.size() == 1);
  CHECK(show(table->rows[0].at(0).content) == "kept");
}
