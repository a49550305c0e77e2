// Raw HTML in Markdown, read as document content rather than kept as markup.
//
// In the safe default (no --unsafe) a writer leaves raw HTML out, and with it the words an
// author wrote inside the tags. These functions turn the HTML into the tree's own nodes
// instead, keeping every word and the meaning of the elements the tree can express:
//
//   blocks   div/section/article/... with lang, dir, id or class: Division; p: Paragraph;
//            h1-h6: Heading; ul/ol/li: lists; dl/dt/dd: DefinitionList; blockquote;
//            pre: CodeBlock; table/tr/td/th: Table (caption: a paragraph before it);
//            figure/figcaption with images: Figure; hr: ThematicBreak; details: its blocks.
//   inlines  b/strong: Strong; i/em/cite: Emphasis; s/del/strike: Strikethrough;
//            code/kbd/samp/tt: Code; sup: Superscript; sub: Subscript; br: HardBreak;
//            a href: Link (a with only an id: Span); span/bdi/bdo with lang, dir, id or
//            class: Span; img: Image (src as written: writers make unsafe URLs inert);
//            q: its text in quotation marks; abbr title: its text, then the title in
//            parentheses when the title says more than the text ("WHO (World Health
//            Organization)"), since the tree has no abbreviation node and a title is the
//            only place a reader of the page would have found the expansion.
//   dropped  script, style, template, iframe, noembed, noframes: their content is
//            code or fallback markup, not words; left out with a warning naming the element.
//            Comments, processing instructions and declarations: left out silently.
//            Void elements that carry no text (input, embed, param, wbr, ...): left out.
//   other    every element not named above (u, mark, small, form controls, object, svg,
//            math, custom elements ...): unwrapped, its text kept.
//
// Attributes: only lang (a BCP 47 tag, by the shape is_language_tag() checks), dir (ltr,
// rtl; auto inherits, as the tree cannot say auto), id, class, href, src, alt and title are
// read; every other attribute, event handlers and style included, is never read. Values
// are read with their character references decoded.
//
// In the builder (the safe default only; with --unsafe the RawBlock and RawInline stay):
//   an HTML block      append html_block_to_blocks(its text, its position, diagnostics)
//   an inline piece    tag = classify_inline_html(piece); report tag.warning if set; then
//     open    push {tag, empty Inlines}: what follows goes into it
//     close   find the innermost open piece of tag.element (none: ignore the end tag); close
//             each piece above it, then it, appending close_html_inline(piece, its inlines)
//             to the inlines beneath
//     insert  append *tag.node
//     drop    nothing
//   at the end of the container the piece opened in (a paragraph, md4c's emphasis): close
//   what is still open, as a browser does at the end of its element. While a `hidden` piece
//   is open, the text in between is code: close_html_inline() drops it.
//
// Depth: nothing here recurses deeper than kMaxNesting elements; content nested deeper is
// kept as plain text, with a warning. A block nested far deeper (100 000 <div>s) is parsed
// in time linear in its size: see raw_html_block.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "govtech/ast.hpp"
#include "govtech/diagnostics.hpp"

namespace govtech::markdown {

// The blocks of an HTML block (md4c's MD_BLOCK_HTML, its text whole), parsed as an HTML5
// fragment inside <body> by Gumbo, so that broken markup (unclosed elements, stray end tags)
// reads as a browser reads it. `where` is the block's position in the input: each block and
// warning gets the position of its element, counted from there.
Blocks html_block_to_blocks(std::string_view html, SourcePos where, Diagnostics& diagnostics);

// An HTML block that is nothing but the start tag of a division (div, section, article, aside,
// header, footer, main, nav, address, details, center) or nothing but its end tag: how
// CommonMark authors wrap Markdown in an element (`<div lang="ar" dir="rtl">`, a blank line,
// Markdown, a blank line, `</div>`), since an HTML block ends at a blank line. The builder
// opens a Division with these attributes (none: nothing to open) at the start tag and closes
// it at the matching end tag, so the Markdown between keeps its language; without it,
// html_block_to_blocks() reads the start tag alone as an empty division, and the language is
// lost. Nothing for any other block.
struct HtmlDivisionEdge {
  bool opens = true;  // false: the end tag
  std::string element;
  Attributes attributes{};
  std::string warning{};  // as for inline pieces
};
std::optional<HtmlDivisionEdge> html_division_edge(std::string_view html);

// What one inline piece of raw HTML (md4c's MD_TEXT_HTML: one tag, comment or declaration)
// asks of the builder.
enum class HtmlTagAction {
  open,    // a start tag: wrap what follows, up to its end tag, with `close_html_inline()`
  close,   // an end tag: close the innermost open piece of the same `element`, and any open
           // inside it (their end tags were left out); with none open, ignore it
  insert,  // a node that stands alone: append `node`
  drop,    // nothing to add (a comment, an unknown element's tag, a stray or void tag)
};

// What an opened element becomes once closed.
enum class HtmlInlineKind {
  unwrap,  // its content as it is (an element the tree has no node for)
  span,
  strong,
  emphasis,
  strikethrough,
  code,  // its content's plain text as Code
  superscript,
  subscript,
  link,
  abbreviation,  // the content, then " (title)" when the title says more
  quotation,     // the content between quotation marks
  hidden,        // the content is code (script, style): the builder drops it whole
};

struct HtmlInlineTag {
  HtmlTagAction action = HtmlTagAction::drop;
  std::string element;  // the tag name in lower case: how an end tag finds its start tag
  HtmlInlineKind kind = HtmlInlineKind::unwrap;  // for open
  Attributes attributes{};                       // for a span: lang, dir, id, classes
  std::string url{};                             // for a link: href, decoded
  std::string title{};                           // for a link and an abbreviation
  std::optional<Inline> node{};                  // for insert: a HardBreak or an Image
  std::string warning{};  // when set, the builder reports it (a script left out, a bad lang)
};

// Classifies one piece as md4c hands it over: `<span lang="ko" dir="rtl">`, `</span>`,
// `<br/>`, `<!-- x -->`, `<img src="a.png" alt="A">`. md4c only hands over pieces that match
// CommonMark's grammar for raw HTML (spec 6.6), so a piece is read by that grammar; anything
// else is dropped.
HtmlInlineTag classify_inline_html(std::string_view piece);

// The inlines that an opened piece and the `children` built up to its end tag make, to be
// appended where the start tag stood: Strong{children}, a Span, a Link, Code of their text,
// or the children themselves for an element the tree has no node for.
Inlines close_html_inline(const HtmlInlineTag& opened, Inlines children);

}  // namespace govtech::markdown
