// Raw HTML read as content (plugins/markdown-reader/raw_html.hpp): HTML blocks as the tree's
// blocks and inline tags one piece at a time, every word kept, scripts and styles left out,
// languages and directions carried, hostile nesting bounded.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>

#include "govtech/walk.hpp"
#include "raw_html.hpp"

using namespace govtech;
using govtech::markdown::classify_inline_html;
using govtech::markdown::close_html_inline;
using govtech::markdown::html_block_to_blocks;
using govtech::markdown::html_division_edge;
using govtech::markdown::HtmlInlineKind;
using govtech::markdown::HtmlTagAction;

namespace {

std::string dump(const Inlines& inlines);
std::string dump(const Blocks& blocks);

std::string dump(const Attributes& a) {
  std::string out = "{";
  if (!a.language.empty()) out += "lang=" + a.language + " ";
  if (a.direction == Direction::rtl) out += "rtl ";
  if (a.direction == Direction::ltr) out += "ltr ";
  if (!a.id.empty()) out += "#" + a.id + " ";
  for (const std::string& c : a.classes) out += "." + c + " ";
  if (out.size() > 1) out.pop_back();
  return out + "}";
}

// A compact picture of the tree, for comparing with what a test expects.
std::string dump(const Inline& node) {
  if (const auto* t = node.as<Text>()) return "'" + t->text + "'";
  if (const auto* s = node.as<Strong>()) return "Strong(" + dump(s->children) + ")";
  if (const auto* e = node.as<Emphasis>()) return "Em(" + dump(e->children) + ")";
  if (const auto* d = node.as<Strikethrough>()) return "Del(" + dump(d->children) + ")";
  if (const auto* c = node.as<Code>()) return "`" + c->text + "`";
  if (const auto* s = node.as<Superscript>()) return "Sup(" + dump(s->children) + ")";
  if (const auto* s = node.as<Subscript>()) return "Sub(" + dump(s->children) + ")";
  if (const auto* l = node.as<Link>()) return "Link<" + l->url + ">(" + dump(l->children) + ")";
  if (const auto* i = node.as<Image>()) return "Img<" + i->src + "|" + plain_text(i->alt) + ">";
  if (const auto* s = node.as<Span>())
    return "Span" + dump(*s->attributes) + "(" + dump(s->children) + ")";
  if (node.kind() == InlineKind::hard_break) return "BR";
  return "?";
}

std::string dump(const Inlines& inlines) {
  std::string out;
  for (const Inline& node : inlines) out += (out.empty() ? "" : " ") + dump(node);
  return out;
}

std::string dump(const Block& block) {
  if (const auto* p = block.as<Paragraph>()) return "P[" + dump(p->content) + "]";
  if (const auto* h = block.as<Heading>()) {
    return "H" + std::to_string(h->level) + dump(*h->attributes) + "[" + dump(h->content) + "]";
  }
  if (const auto* d = block.as<Division>())
    return "Div" + dump(*d->attributes) + "[" + dump(d->blocks) + "]";
  if (const auto* q = block.as<BlockQuote>()) return "Quote[" + dump(q->blocks) + "]";
  if (const auto* c = block.as<CodeBlock>()) return "Code(" + c->info + ")[" + c->text + "]";
  if (block.kind() == BlockKind::thematic_break) return "HR";
  auto items = [](const std::vector<ListItem>& list) {
    std::string out;
    for (const ListItem& item : list) out += "[" + dump(item.blocks) + "]";
    return out;
  };
  if (const auto* l = block.as<BulletList>())
    return std::string(l->tight ? "UL" : "ul") + "[" + items(l->items) + "]";
  if (const auto* l = block.as<OrderedList>())
    return "OL" + std::to_string(l->start) + "[" + items(l->items) + "]";
  if (const auto* t = block.as<Table>()) {
    auto row = [](const std::vector<TableCell>& cells) {
      std::string out;
      for (const TableCell& cell : cells) out += "|" + dump(cell.content);
      return out + "|";
    };
    std::string out = "Table" + std::to_string(t->alignments.size()) + "[" + row(t->header);
    for (const auto& r : t->rows) out += " " + row(r);
    return out + "]";
  }
  if (const auto* f = block.as<Figure>()) {
    return "Fig" + dump(*f->attributes) + "[" + dump(f->content) + " / " + dump(f->caption) + "]";
  }
  if (const auto* l = block.as<DefinitionList>()) {
    std::string out = "DL[";
    for (const DefinitionItem& item : l->items) {
      out += "(" + dump(item.term) + ":";
      for (const Blocks& d : item.definitions) out += " " + dump(d);
      out += ")";
    }
    return out + "]";
  }
  return "?";
}

std::string dump(const Blocks& blocks) {
  std::string out;
  for (const Block& block : blocks) out += (out.empty() ? "" : " ") + dump(block);
  return out;
}

struct Result {
  Blocks blocks;
  std::vector<Diagnostic> warnings;

  bool warned(const std::string& part) const {
    for (const Diagnostic& d : warnings) {
      if (d.message.find(part) != std::string::npos) return true;
    }
    return false;
  }
};

Result read(const std::string& html, SourcePos where = {3, 1}) {
  Diagnostics diagnostics;
  Result result;
  result.blocks = html_block_to_blocks(html, where, diagnostics);
  result.warnings = diagnostics.take();
  return result;
}

std::string blocks(const std::string& html) {
  return dump(read(html).blocks);
}

// All the text of a tree, without recursion, and how deep it nests.
struct Gather : Visitor {
  std::string text;
  std::size_t depth = 0, deepest = 0;
  void enter(const Block&) override {
    deepest = std::max(deepest, ++depth);
    if (!text.empty()) text += ' ';  // blocks apart, as a reader sees them
  }
  void leave(const Block&) override { --depth; }
  void enter(const Inline& node) override {
    deepest = std::max(deepest, ++depth);
    if (const auto* t = node.as<Text>()) text += t->text;
    if (const auto* c = node.as<Code>()) text += c->text;
  }
  void leave(const Inline&) override { --depth; }
};

std::string repeat(const std::string& piece, std::size_t times) {
  std::string out;
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

}  // namespace

TEST_CASE("an HTML block keeps every word, its formatting and its language") {
  const Result r =
      read("<div lang=\"ko\">안녕하세요 <b>bold</b> <script>alert(1)</script> kept</div>");
  CHECK(dump(r.blocks) == "Div{lang=ko}[P['안녕하세요 ' Strong('bold') ' kept']]");
  CHECK(r.warned("raw HTML <script> left out with its content"));
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].where.pos.line == 3);
  CHECK(r.warnings[0].where.pos.column == 34);  // in characters, from the block's column
}

TEST_CASE("a mixed HTML block: every word the author wrote is in the tree") {
  const std::string html =
      "<section id=\"s1\" class=\"note wide\" dir=\"rtl\">\n"
      "<h2 id=\"why\">Why <em>now</em></h2>\n"
      "<p>One<br>two <i>three</i> <s>four</s> <code>five()</code> <kbd>Ctrl</kbd>"
      " x<sup>2</sup> H<sub>2</sub>O <a href=\"https://example.org/?a=1&amp;b=2\">six</a>"
      " <span lang=\"ar\" dir=\"rtl\">سبعة</span> <abbr title=\"World Health Organization\">"
      "WHO</abbr> <q>eight</q> <u>nine</u> <mark>ten</mark> <custom-tag>eleven</custom-tag>"
      "</p>\n"
      "<ul><li>twelve</li><li>thirteen</li></ul>\n"
      "<ol start=\"3\"><li><p>fourteen</p></li></ol>\n"
      "<blockquote>fifteen</blockquote>\n"
      "<pre><code class=\"language-cpp\">int sixteen;\n</code></pre>\n"
      "<!-- a comment -->\n"
      "<details><summary>seventeen</summary>eighteen</details>\n"
      "<style>p { color: red }</style>\n"
      "</section>";
  const Result r = read(html);
  CHECK(dump(r.blocks) ==
        "Div{rtl #s1 .note .wide}["
        "H2{#why}['Why ' Em('now')] "
        "P['One' BR 'two ' Em('three') ' ' Del('four') ' ' `five()` ' ' `Ctrl` ' x' Sup('2')"
        " ' H' Sub('2') 'O ' Link<https://example.org/?a=1&b=2>('six') ' '"
        " Span{lang=ar rtl}('سبعة') ' WHO (World Health Organization) “eight” nine ten eleven'] "
        "UL[[P['twelve']][P['thirteen']]] OL3[[P['fourteen']]] Quote[P['fifteen']] "
        "Code(cpp)[int sixteen;\n] P['seventeen'] P['eighteen']]");
  Gather all;
  walk(r.blocks, all);
  for (const char* word :
       {"One", "two", "three", "four", "five()", "Ctrl", "six", "سبعة", "WHO", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "seventeen", "eighteen"}) {
    INFO(word);
    CHECK(all.text.find(word) != std::string::npos);
  }
  CHECK(all.text.find("color") == std::string::npos);
  CHECK(r.warned("raw HTML <style> left out"));
}

TEST_CASE("HTML blocks: paragraphs, tables, figures, definitions") {
  CHECK(blocks("<p>One<br>two</p>") == "P['One' BR 'two']");
  CHECK(blocks("<table><caption>Staff</caption><thead><tr><th>Name</th><th>Role</th></tr>"
               "</thead><tbody><tr><td>Ana</td><td><b>Lead</b></td></tr><tr><td>Bo</td></tr>"
               "</tbody></table>") ==
        "P['Staff'] Table2[|'Name'|'Role'| |'Ana'|Strong('Lead')| |'Bo'|]");
  CHECK(blocks("<table><tr><td>a</td><td><ul><li>b</li><li>c</li></ul></td></tr></table>") ==
        "Table2[| |'a'|'b c'|]");
  CHECK(blocks("<figure id=\"f1\"><img src=\"a.png\" alt=\"A chart\">"
               "<figcaption>Figure <i>1</i></figcaption></figure>") ==
        "Fig{#f1}[Img<a.png|A chart> / 'Figure ' Em('1')]");
  CHECK(blocks("<figure><p>No image</p></figure>") == "P['No image']");
  CHECK(blocks("<img src=\"javascript:alert(1)\" alt=\"x\" onerror=\"alert(2)\">") ==
        "P[Img<javascript:alert(1)|x>]");  // as written: writers make the URL inert
  CHECK(blocks("<dl><dt>Term</dt><dt>Other</dt><dd>Meaning</dd><dd>Second</dd></dl>") ==
        "DL[('Term' BR 'Other': P['Meaning'] P['Second'])]");
  CHECK(blocks("<h3>Title</h3><hr><p dir=\"ltr\">x</p>") == "H3{}['Title'] HR Div{ltr}[P['x']]");
  CHECK(blocks("<!-- only a comment -->").empty());
  CHECK(blocks("<pre>  a\n  <b>b</b>\n</pre>") == "Code()[  a\n  b\n]");
}

TEST_CASE("HTML blocks: a lang that is no language tag, and dir=auto, are left out") {
  const Result r = read("<div lang=\"not a tag\" dir=\"auto\">x</div><div lang=\"\">y</div>");
  CHECK(dump(r.blocks) == "P['x'] P['y']");
  CHECK(r.warned("lang=\"not a tag\" is not a language tag; left out"));
}

TEST_CASE("HTML blocks: malformed markup reads as a browser reads it") {
  CHECK(blocks("<div lang=\"fr\"><p>un<p>deux <b>trois") ==
        "Div{lang=fr}[P['un'] P['deux ' Strong('trois')]]");
  CHECK(blocks("</span></div>stray <i>end</b> tags</i></p>") == "P['stray ' Em('end tags')]");
  CHECK(blocks("<ul><li>one<li>two</ul>") == "UL[[P['one']][P['two']]]");
  CHECK(blocks("<table><td>cell</table>") == "Table1[| |'cell'|]");
  CHECK(blocks("<p>a <b>b <i>c</b> d</i> e</p>") == "P['a ' Strong('b ' Em('c')) Em(' d') ' e']");
}

TEST_CASE("HTML blocks: unsafe and unknown elements") {
  const Result r = read(
      "<iframe src=\"x\">fallback <b>markup</b></iframe><form><label>Name</label>"
      "<input value=\"v\"><button onclick=\"go()\">Send</button><select><option>Yes"
      "</option></select><textarea>typed</textarea></form><svg><title>Logo</title>"
      "<script>evil()</script></svg><math><mi>x</mi></math><template><p>never</p></template>"
      "<object data=\"x\">object text</object><embed src=\"y\"><noscript>no script</noscript>");
  Gather all;
  walk(r.blocks, all);
  CHECK(all.text == "Name Send Yes typed Logo x object text no script");
  CHECK(r.warned("<iframe>"));
  CHECK(r.warned("<script>"));
  CHECK(r.warned("<template>"));
  CHECK_FALSE(r.warned("<form>"));
}

TEST_CASE("HTML blocks: 100 000 nested elements take linear time and bounded depth") {
  for (const std::string tag : {"div", "span", "b", "blockquote"}) {
    INFO(tag);
    const std::size_t n = 100000;
    const std::string html = repeat("<" + tag + ">w ", n) + repeat("</" + tag + ">", n) + "end";
    const auto start = std::chrono::steady_clock::now();
    const Result r = read(html);
    const auto took = std::chrono::steady_clock::now() - start;
    CHECK(took < std::chrono::seconds(5));
    Gather all;
    walk(r.blocks, all);
    CHECK(all.deepest <= kMaxNesting + 2);
    // Every word kept.
    std::size_t words = 0;
    for (std::size_t at = all.text.find("w"); at != std::string::npos;
         at = all.text.find("w", at + 1))
      ++words;
    CHECK(words == n);
    CHECK(all.text.ends_with("end"));
    CHECK(r.warned("nested deeper than 100 elements"));
  }
}

TEST_CASE("HTML blocks: formatting elements reopened without end make no deep tree") {
  // Each </div> closes the <b> inside it, which the parser then reopens: without a bound
  // the tree would be 20 000 deep.
  std::string html;
  for (int i = 0; i < 20000; ++i) html += "<div><b id=\"b" + std::to_string(i) + "\"></div>";
  html += "text";
  const auto start = std::chrono::steady_clock::now();
  const Result r = read(html);
  CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
  Gather all;
  walk(r.blocks, all);
  CHECK(all.text.find("text") != std::string::npos);
  CHECK(all.deepest <= kMaxNesting + 2);
}

TEST_CASE("inline pieces: open, close, insert and drop") {
  auto span = classify_inline_html("<span lang=\"ko\" dir=\"rtl\" class=\"a b\" onclick=\"x()\">");
  CHECK(span.action == HtmlTagAction::open);
  CHECK(span.element == "span");
  CHECK(span.kind == HtmlInlineKind::span);
  CHECK(span.attributes.language == "ko");
  CHECK(span.attributes.direction == Direction::rtl);
  CHECK(span.attributes.classes == std::vector<std::string>{"a", "b"});
  CHECK(dump(close_html_inline(span, {Text{"안녕"}})) == "Span{lang=ko rtl .a .b}('안녕')");

  auto close = classify_inline_html("</SPAN >");
  CHECK(close.action == HtmlTagAction::close);
  CHECK(close.element == "span");

  for (const char* br : {"<br>", "<br/>", "<BR />"}) {
    auto tag = classify_inline_html(br);
    CHECK(tag.action == HtmlTagAction::insert);
    REQUIRE(tag.node);
    CHECK(tag.node->kind() == InlineKind::hard_break);
  }
  auto img = classify_inline_html("<img src=\"a&amp;b.png\" alt='An &quot;A&quot;' title=t>");
  REQUIRE(img.node);
  CHECK(dump(*img.node) == "Img<a&b.png|An \"A\">");

  for (const char* dropped : {"<!-- x -->", "<?php x ?>", "<!DOCTYPE html>", "<![CDATA[x]]>",
                              "<input type=checkbox>", "<wbr>", "<img>", "not a tag", "<a"}) {
    INFO(dropped);
    CHECK(classify_inline_html(dropped).action == HtmlTagAction::drop);
  }
}

TEST_CASE("inline pieces: what each element becomes") {
  auto closed = [](const std::string& start, const std::string& text) {
    const auto tag = classify_inline_html(start);
    REQUIRE(tag.action == HtmlTagAction::open);
    return dump(close_html_inline(tag, {Text{text}}));
  };
  CHECK(closed("<b>", "x") == "Strong('x')");
  CHECK(closed("<strong>", "x") == "Strong('x')");
  CHECK(closed("<em>", "x") == "Em('x')");
  CHECK(closed("<i>", "x") == "Em('x')");
  CHECK(closed("<del>", "x") == "Del('x')");
  CHECK(closed("<strike>", "x") == "Del('x')");
  CHECK(closed("<kbd>", "Ctrl") == "`Ctrl`");
  CHECK(closed("<sup>", "2") == "Sup('2')");
  CHECK(closed("<sub>", "2") == "Sub('2')");
  CHECK(closed("<a href=\"https://a.example/?x=1&amp;y=2\" title=\"T\">", "x") ==
        "Link<https://a.example/?x=1&y=2>('x')");
  CHECK(closed("<a id=\"here\">", "x") == "Span{#here}('x')");
  CHECK(closed("<abbr title=\"World Health Organization\">", "WHO") ==
        "'WHO' ' (World Health Organization)'");
  CHECK(closed("<abbr title=\"who\">", "WHO") == "'WHO'");  // the title adds nothing
  CHECK(closed("<abbr>", "WHO") == "'WHO'");
  CHECK(closed("<q>", "x") == "'“' 'x' '”'");
  CHECK(closed("<u>", "x") == "'x'");
  CHECK(closed("<em lang=fr>", "x") == "Span{lang=fr}(Em('x'))");
  CHECK(closed("<span>", "x") == "'x'");
  CHECK(closed("<span lang=\"x y\">", "x") == "'x'");
  CHECK(classify_inline_html("<span lang=\"x y\">").warning.find("not a language tag") !=
        std::string::npos);
  CHECK(closed("<span dir=auto>", "x") == "'x'");

  const auto script = classify_inline_html("<script type=\"text/javascript\">");
  CHECK(script.action == HtmlTagAction::open);
  CHECK(script.kind == HtmlInlineKind::hidden);
  CHECK(script.warning == "raw HTML <script> left out with its content, which is not text");
  CHECK(close_html_inline(script, {Text{"alert(1)"}}).empty());
  CHECK(classify_inline_html("<style>").kind == HtmlInlineKind::hidden);
}

TEST_CASE("an HTML block that only opens or closes a division around Markdown") {
  const auto opens = html_division_edge("<div lang=\"ar\" dir=\"rtl\" class=\"quote\">\n");
  REQUIRE(opens);
  CHECK(opens->opens);
  CHECK(opens->element == "div");
  CHECK(dump(opens->attributes) == "{lang=ar rtl .quote}");
  const auto closes = html_division_edge("  </DIV>\n");
  REQUIRE(closes);
  CHECK_FALSE(closes->opens);
  CHECK(closes->element == "div");
  CHECK(html_division_edge("<section>")->attributes.empty());
  CHECK_FALSE(html_division_edge("<div>text</div>"));
  CHECK_FALSE(html_division_edge("<p lang=\"fr\">"));
  CHECK_FALSE(html_division_edge("<div><p>"));
  CHECK_FALSE(html_division_edge("<!-- x -->"));
  CHECK(html_division_edge("<div lang=\"x y\">")->warning.find("not a language tag") !=
        std::string::npos);
}
