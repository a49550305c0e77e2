// The syntax the Markdown reader reads around md4c, one concern at a time, through the
// reader's own objects: attribute blocks, footnote definitions, inline syntax (references,
// inline notes, superscripts, spans), block syntax (heading attributes, figures, definition
// lists, line blocks), smart punctuation, and what the builder reads ahead of md4c.
#include <catch2/catch.hpp>

#include <string>

#include "attribute_syntax.hpp"
#include "footnote_definitions.hpp"
#include "govtech/ast.hpp"
#include "markdown_blocks.hpp"
#include "read_ahead.hpp"
#include "smart_punctuation.hpp"

using namespace govtech;
using namespace govtech::markdown;

namespace {

Blocks read(std::string_view text, Diagnostics& diagnostics, Dialect dialect = Dialect::markdown) {
  const LineIndex lines(text);
  return build_blocks(text, lines, 0, dialect, extensions_of(dialect), diagnostics);
}

Blocks read(std::string_view text) {
  Diagnostics diagnostics;
  return read(text, diagnostics);
}

const Inlines& content(const Blocks& blocks, std::size_t i = 0) {
  REQUIRE(blocks.size() > i);
  const Paragraph* p = blocks[i].as<Paragraph>();
  REQUIRE(p != nullptr);
  return p->content;
}

std::string text_of(const Inline& node) {
  const Text* text = node.as<Text>();
  REQUIRE(text != nullptr);
  return text->text;
}

bool warned(Diagnostics& diagnostics, std::string_view part) {
  for (const auto& d : diagnostics.take()) {
    if (d.message.find(part) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

TEST_CASE("attribute blocks: ids, classes, lang, dir and key=value") {
  auto a = parse_attribute_block("{#method .wide .x lang=ko dir=rtl data-x=\"a b\"}");
  REQUIRE(a);
  CHECK(a->id == "method");
  CHECK(a->classes == std::vector<std::string>{"wide", "x"});
  CHECK(a->language == "ko");
  CHECK(a->direction == Direction::rtl);
  CHECK(parse_attribute_block("{-}")->classes == std::vector<std::string>{"unnumbered"});
  CHECK_FALSE(parse_attribute_block("{}"));
  CHECK_FALSE(parse_attribute_block("{not an attribute}"));
  CHECK_FALSE(parse_attribute_block("{lang=not_a_tag!}"));
  CHECK_FALSE(parse_attribute_block("{#a #b}"));
  CHECK(trailing_attribute_block("Method {#method}") == 6);
  CHECK(trailing_attribute_block("a {b") == std::string_view::npos);
  CHECK(trailing_attribute_block("Sets {1, 2}") == std::string_view::npos);
}

TEST_CASE("footnote definitions are taken out with their continuation, lines kept") {
  const std::string body =
      "Text[^a] here.\n\n[^a]: First line\n    lazy? no, indented.\n\n    Second paragraph.\n\n"
      "After.\n\n```\n[^b]: in code\n```\n";
  FootnoteDefinitions found = extract_footnote_definitions(body);
  REQUIRE(found.definitions.size() == 1);
  CHECK(found.definitions[0].label == "a");
  CHECK(found.definitions[0].line == 3);
  CHECK(found.definitions[0].text == "First line\nlazy? no, indented.\n\nSecond paragraph.");
  REQUIRE(found.blanked.size() == body.size());
  CHECK(found.blanked.find("First line") == std::string::npos);
  CHECK(found.blanked.find("After.") != std::string::npos);
  CHECK(found.blanked.find("[^b]: in code") != std::string::npos);  // code is not a definition
  // A definition cannot interrupt a paragraph.
  CHECK(extract_footnote_definitions("Para\n[^x]: not a note\n").definitions.empty());
  CHECK(footnote_key("  Big   Label ") == "big label");
  CHECK(footnote_reference_length("[^1] rest") == 4);
  CHECK(footnote_reference_length("[^] x") == 0);
  CHECK(footnote_reference_length("[^a b]") == 0);
}

TEST_CASE("footnotes: a reference holds its note; undefined and unused ones are said") {
  Diagnostics diagnostics;
  Blocks blocks =
      read("We agreed[^1] and[^nope].\n\n[^1]: The *source*.\n\n[^spare]: Kept.\n", diagnostics);
  const Inlines& p = content(blocks);
  REQUIRE(p.size() >= 3);
  CHECK(text_of(p[0]) == "We agreed");
  const Note* note = p[1].as<Note>();
  REQUIRE(note != nullptr);
  REQUIRE(note->blocks.size() == 1);
  CHECK(plain_text(note->blocks[0].as<Paragraph>()->content) == "The source.");
  CHECK(plain_text(p) == "We agreed and[^nope].");
  // The unused note's words stay, after the body.
  REQUIRE(blocks.size() == 2);
  CHECK(plain_text(content(blocks, 1)) == "Kept.");
  const auto all = diagnostics.take();
  auto has = [&](std::string_view part) {
    for (const auto& d : all) {
      if (d.message.find(part) != std::string::npos) return true;
    }
    return false;
  };
  CHECK(has("footnote [^nope] is not defined"));
  CHECK(has("footnote [^spare] is never referenced"));
}

TEST_CASE("a note that refers to itself stays text, with a warning") {
  Diagnostics diagnostics;
  Blocks blocks = read("A[^x].\n\n[^x]: Loop[^x].\n", diagnostics);
  const Note* note = content(blocks)[1].as<Note>();
  REQUIRE(note != nullptr);
  CHECK(plain_text(note->blocks[0].as<Paragraph>()->content) == "Loop[^x].");
  CHECK(warned(diagnostics, "refers to itself"));
}

TEST_CASE("inline notes, superscripts, subscripts and bracketed spans") {
  Blocks blocks = read("A^[an *inline* note] x^2^ H~2~O ~~gone~~ [안녕]{lang=ko} [plain].\n");
  const Inlines& p = content(blocks);
  REQUIRE(p.size() >= 2);
  const Note* note = p[1].as<Note>();
  REQUIRE(note != nullptr);
  CHECK(plain_text(note->blocks[0].as<Paragraph>()->content) == "an inline note");
  bool sup = false, sub = false, strike = false, span = false;
  for (const Inline& node : p) {
    if (const auto* s = node.as<Superscript>()) sup = plain_text(s->children) == "2";
    if (const auto* s = node.as<Subscript>()) sub = plain_text(s->children) == "2";
    if (const auto* s = node.as<Strikethrough>()) strike = plain_text(s->children) == "gone";
    if (const auto* s = node.as<Span>()) span = s->attributes->language == "ko";
  }
  CHECK(sup);
  CHECK(sub);
  CHECK(strike);
  CHECK(span);
  CHECK(plain_text(p).ends_with("[plain]."));
}

TEST_CASE("gfm: one tilde stays strikethrough, and no pandoc syntax") {
  Diagnostics diagnostics;
  Blocks blocks = read("H~2~O x^2^ [a]{.b}\n", diagnostics, Dialect::gfm);
  const Inlines& p = content(blocks);
  CHECK(p[1].as<Strikethrough>() != nullptr);
  CHECK(plain_text(p) == "H2O x^2^ [a]{.b}");
}

TEST_CASE("heading attributes, figures, definition lists and line blocks") {
  Blocks blocks = read(
      "## Method {#method .wide}\n\n"
      "![A chart](chart.png \"Water use by year\"){#fig-water}\n\n"
      "![Map](map.png)\nFigure 2: the districts.\n\n"
      "![No caption](plain.png)\n\n"
      "Term one\n: First meaning\n: Second meaning\n\n"
      "Term two\n\n: Loose meaning\n\n"
      "| The first line\n|   indented\n");
  REQUIRE(blocks.size() == 6);
  const Heading* heading = blocks[0].as<Heading>();
  REQUIRE(heading != nullptr);
  CHECK(plain_text(heading->content) == "Method");
  CHECK(heading->attributes->id == "method");
  const Figure* chart = blocks[1].as<Figure>();
  REQUIRE(chart != nullptr);
  CHECK(plain_text(chart->caption) == "Water use by year");
  CHECK(chart->attributes->id == "fig-water");
  const Figure* map = blocks[2].as<Figure>();
  REQUIRE(map != nullptr);
  CHECK(plain_text(map->caption) == "Figure 2: the districts.");
  CHECK(blocks[3].as<Paragraph>() != nullptr);  // alt text only: an image in the text
  const DefinitionList* list = blocks[4].as<DefinitionList>();
  REQUIRE(list != nullptr);
  REQUIRE(list->items.size() == 2);
  CHECK(plain_text(list->items[0].term) == "Term one");
  CHECK(list->items[0].definitions.size() == 2);
  CHECK(plain_text(list->items[1].term) == "Term two");
  REQUIRE(list->items[1].definitions.size() == 1);
  const Inlines& poem = content(blocks, 5);
  REQUIRE(poem.size() == 3);
  CHECK(poem[1].kind() == InlineKind::hard_break);
  CHECK(text_of(poem[2]) == "\u00A0\u00A0indented");
}

TEST_CASE("smart punctuation: quotations, apostrophes, dashes, ellipses; never in code") {
  Blocks blocks =
      read("\"Hello,\" she said -- in the '90s... don't, the students' work --- `\"code\"`.\n");
  const Inlines& p = content(blocks);
  const Quoted* quoted = p[0].as<Quoted>();
  REQUIRE(quoted != nullptr);
  CHECK(quoted->kind == QuoteKind::double_quote);
  CHECK(plain_text(quoted->children) == "Hello,");
  const std::string rest = plain_text(p);
  CHECK(rest.find("she said \u2013 in the \u201990s\u2026 don\u2019t, the "
                  "students\u2019 work \u2014 \"code\".") != std::string::npos);
  // Nested and single quotations; a mark with nothing to pair stays straight.
  Blocks nested = read("He said \"a 'quiet' *success*\" and 5\" of rain.\n");
  const Inlines& q = content(nested);
  const Quoted* outer = q[1].as<Quoted>();
  REQUIRE(outer != nullptr);
  bool inner = false;
  for (const Inline& node : outer->children) {
    if (const Quoted* s = node.as<Quoted>()) inner = s->kind == QuoteKind::single_quote;
  }
  CHECK(inner);
  CHECK(plain_text(q).ends_with("and 5\" of rain."));
  // Off by option, and for the gfm and commonmark dialects.
  Diagnostics diagnostics;
  Blocks plain = read("\"Hi\" -- there\n", diagnostics, Dialect::commonmark);
  CHECK(plain_text(content(plain)) == "\"Hi\" -- there");
}

TEST_CASE("smart punctuation stays out of a URL shown as its text") {
  Blocks blocks = read("<https://a--b.example/x...y>\n");
  const Link* link = content(blocks)[0].as<Link>();
  REQUIRE(link != nullptr);
  CHECK(plain_text(link->children) == "https://a--b.example/x...y");
}

TEST_CASE("thousands of quotation marks and brackets stay shallow and linear") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "\"a [b ^[c ";
  text += "\n";
  Blocks blocks = read(text);
  REQUIRE(blocks.size() == 1);
  // Depth is bounded by the open-mark limits, whatever the input.
  std::size_t depth = 0;
  const Inlines* level = &content(blocks);
  while (level) {
    const Inlines* next = nullptr;
    for (const Inline& node : *level) {
      if (const Quoted* q = node.as<Quoted>()) next = &q->children;
    }
    level = next;
    if (next) ++depth;
  }
  CHECK(depth <= 16);
}

TEST_CASE("a table row's cells are counted as md4c finds them") {
  CHECK(count_row_cells("| a | b | c |") == 3);
  CHECK(count_row_cells("a | b") == 2);
  CHECK(count_row_cells("> | a | b |") == 2);      // in a block quote
  CHECK(count_row_cells("| a \\| b |") == 1);      // an escaped pipe separates nothing
  CHECK(count_row_cells("| `a | b` | c |") == 2);  // nor does one inside a code span
  CHECK(count_row_cells("| ``a ` | b`` | c |") == 2);
  CHECK(count_row_cells("| `a | b |") == 2);  // an unclosed backtick run is text
  CHECK(count_row_cells("||||") == 0);
  CHECK(count_row_cells("") == 0);
}

TEST_CASE("the inlines left in a paragraph are bounded from above") {
  // Each line end, pair of delimiter runs and opener can start an inline, and text between.
  CHECK(inline_bound("plain words") == 1);
  CHECK(inline_bound("one\ntwo\nthree") == 5);
  CHECK(inline_bound("*a* and [b](c) and <d>") >= 7);
  // The paragraph ends at a blank line: what follows it is not counted.
  CHECK(inline_bound("a\n\n*b* *c* *d*") == inline_bound("a\n"));
  // The bound holds for the paragraph as md4c builds it.
  const std::string paragraph = "Some *emphasis*, `code`, [a link](u) and <b>html</b>\nend";
  Diagnostics diagnostics;
  const Blocks blocks = read(paragraph, diagnostics);
  REQUIRE(blocks.size() == 1);
  const Paragraph* p = blocks[0].as<Paragraph>();
  REQUIRE(p);
  CHECK(p->content.size() <= inline_bound(paragraph));
}
