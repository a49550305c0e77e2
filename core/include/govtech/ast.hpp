// The interview document tree.
//
// A Document is what every reader produces and every writer consumes. It knows nothing of any
// file format: no HTML, no XML, no Markdown syntax lives here, only the structure of an
// interview and of the rich text inside it.
//
// Shape of a document:
//
//   Document
//   ├── meta      Metadata: title, interviewee, byline, series, language, ...
//   ├── intro     Blocks before the first question (lede, standfirst, a non-interview body)
//   ├── entries   QandA entries, in order: question (inlines) + answer (blocks)
//   └── trailing  Blocks after the last answer (a closing note, a bio)
//
// A document that is not an interview has no entries: all its content is in `intro`.
//
// Ownership: everything is held by value. A Document may be moved, copied and destroyed
// freely; nothing in it points outside itself. Strings are UTF-8 and never hold a NUL byte or a
// CR character: readers normalise line endings and reject or replace NULs.
//
// Depth: containers (block quotes, list items, emphasis, links) nest. The pipeline guarantees
// writers a document whose nesting depth is at most kMaxNesting (see limit_nesting() in
// walk.hpp), so a writer may recurse without fear of a hostile input exhausting the stack.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

#include "govtech/export.hpp"

namespace govtech {

// Where a node came from in its input. Line and column count from 1; 0 means unknown
// (a node made by a filter or a metadata override has no source).
struct SourcePos {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
};

// ---------------------------------------------------------------------------------------------
// Inlines: the content of paragraphs, headings, questions and table cells.

// Members that hold a vector of a type still incomplete at that point (the AST is recursive).
// GCC warns when a designated initializer leaves out a member that has no default member
// initializer, so they get {}; clang rejects {} there (it instantiates libstdc++'s C++20
// constexpr vector members on the spot) and does not warn, so they get none.
// clang-format off
#if defined(__clang__)
#define GOVTECH_AST_RECURSIVE_MEMBER
#else
#define GOVTECH_AST_RECURSIVE_MEMBER {}
#endif
// clang-format on

struct Inline;
using Inlines = std::vector<Inline>;
struct Block;
using Blocks = std::vector<Block>;

// Writing direction of a span, a division or a whole document. `unspecified` inherits.
enum class Direction : std::uint8_t { unspecified, ltr, rtl };

// What an author may attach to a span, a division, a heading or a figure: an id (for internal
// links, `#id`), classes, a language (BCP 47) and a direction. Empty means unset.
struct Attributes {
  std::string id{};
  std::vector<std::string> classes{};
  std::string language{};
  Direction direction = Direction::unspecified;

  bool empty() const {
    return id.empty() && classes.empty() && language.empty() && direction == Direction::unspecified;
  }
};

// A value kept out of line: a pointer's size where it is unset, which it nearly always is,
// so that spans and headings cost no more than the nodes around them. It copies as a value,
// reads as a default-made T while unset (`box->id`), and comes into being when written
// through a non-const box.
template <class T>
class Box {
 public:
  Box() = default;
  Box(T value) : value_(std::make_unique<T>(std::move(value))) {}  // NOLINT: implicit
  Box(const Box& other) : value_(other.value_ ? std::make_unique<T>(*other.value_) : nullptr) {}
  Box(Box&&) noexcept = default;
  Box& operator=(const Box& other) {
    if (this != &other) value_ = other.value_ ? std::make_unique<T>(*other.value_) : nullptr;
    return *this;
  }
  Box& operator=(Box&&) noexcept = default;
  ~Box() = default;

  const T& operator*() const { return value_ ? *value_ : unset(); }
  const T* operator->() const { return &**this; }
  T& operator*() {
    if (!value_) value_ = std::make_unique<T>();
    return *value_;
  }
  T* operator->() { return &**this; }

 private:
  static const T& unset() {
    static const T value{};
    return value;
  }
  std::unique_ptr<T> value_;
};

struct Text {
  std::string text{};  // literal characters; writers escape them
};
struct Emphasis {
  Inlines children GOVTECH_AST_RECURSIVE_MEMBER;
};
struct Strong {
  Inlines children GOVTECH_AST_RECURSIVE_MEMBER;
};
struct Strikethrough {
  Inlines children GOVTECH_AST_RECURSIVE_MEMBER;
};
struct Code {
  std::string text{};  // verbatim, no markup inside
};
struct Link {
  std::string url{};  // as written by the author, after entity and escape resolution
  std::string title{};
  Inlines children GOVTECH_AST_RECURSIVE_MEMBER;
};
struct Image {
  std::string src{};
  std::string title{};
  Inlines alt
      GOVTECH_AST_RECURSIVE_MEMBER;  // the description; empty alt means the author gave none
};
struct SoftBreak {};  // a line ending inside a paragraph: a space to most writers
struct HardBreak {};  // a forced line break
struct RawInline {
  std::string format{};  // e.g. "html"; writers emit it only for their own format, if allowed
  std::string text{};
};
struct Superscript {
  Inlines children GOVTECH_AST_RECURSIVE_MEMBER;
};
struct Subscript {
  Inlines children GOVTECH_AST_RECURSIVE_MEMBER;
};
// Text in another language or direction, or with an id to link to: <span lang dir id>.
struct Span {
  Box<Attributes> attributes{};
  Inlines children GOVTECH_AST_RECURSIVE_MEMBER;
};
// A footnote or endnote, held where it is referenced. Writers number the notes of a
// document in order and place their text (at the foot of the content document in EPUB, in a
// notes section in HTML, inside <footnote> in DocBook).
struct Note {
  Blocks blocks GOVTECH_AST_RECURSIVE_MEMBER;
};
// A quotation inside the text, its marks left to the writer: “…” in English, «…» in French,
// „…“ in German, 「…」 in Japanese (phrases_for(language).quote_start), the inner pair for a
// quotation inside a quotation. Readers make it from straight quotes (smart punctuation).
enum class QuoteKind { double_quote, single_quote };
struct Quoted {
  QuoteKind kind = QuoteKind::double_quote;
  Inlines children GOVTECH_AST_RECURSIVE_MEMBER;
};

// The order of alternatives is part of the plugin API (see InlineKind); new ones are appended.
using InlineContent =
    std::variant<Text, Emphasis, Strong, Strikethrough, Code, Link, Image, SoftBreak, HardBreak,
                 RawInline, Superscript, Subscript, Span, Note, Quoted>;

enum class InlineKind {
  text,
  emphasis,
  strong,
  strikethrough,
  code,
  link,
  image,
  soft_break,
  hard_break,
  raw,
  superscript,
  subscript,
  span,
  note,
  quoted
};

struct Inline {
  InlineContent content;

  template <class T>
  Inline(T node) : content(std::move(node)) {}  // NOLINT: implicit on purpose, for brevity

  InlineKind kind() const { return static_cast<InlineKind>(content.index()); }
  template <class T>
  T* as() {
    return std::get_if<T>(&content);
  }
  template <class T>
  const T* as() const {
    return std::get_if<T>(&content);
  }
};

// ---------------------------------------------------------------------------------------------
// Blocks: paragraphs and the structures that hold them.

struct Paragraph {
  Inlines content{};
};
struct Heading {
  int level = 1;  // 1..6, relative to the document (writers shift it under their own headings)
  Inlines content{};
  Box<Attributes> attributes{};  // an id the author gave ({#method}), else writers derive one
};
struct ListItem {
  Blocks blocks GOVTECH_AST_RECURSIVE_MEMBER;
  std::optional<bool> task{};  // set for task-list items: checked or not
};
struct BulletList {
  bool tight = true;  // tight lists render items without paragraph spacing
  std::vector<ListItem> items{};
};
struct OrderedList {
  int start = 1;
  bool tight = true;
  std::vector<ListItem> items{};
};
struct BlockQuote {
  Blocks blocks GOVTECH_AST_RECURSIVE_MEMBER;
};
struct CodeBlock {
  std::string info{};  // the fence's info string; its first word is the language
  std::string text{};  // verbatim, each line ending in '\n'
};
struct ThematicBreak {};

enum class Alignment { none, left, center, right };
struct TableCell {
  Inlines content{};
};
struct Table {
  std::vector<Alignment> alignments{};  // one per column
  std::vector<TableCell> header{};      // header row; may be empty
  std::vector<std::vector<TableCell>> rows{};
};
struct RawBlock {
  std::string format{};  // e.g. "html"
  std::string text{};
};
// Blocks in another language or direction, or with an id: <div lang dir id>.
struct Division {
  Box<Attributes> attributes{};
  Blocks blocks GOVTECH_AST_RECURSIVE_MEMBER;
};
// An image (or several) shown apart from the text, with its caption.
struct Figure {
  Inlines content{};  // the images, and links around them
  Inlines caption{};  // may be empty
  Box<Attributes> attributes{};
};
struct DefinitionItem {
  Inlines term{};
  std::vector<Blocks> definitions GOVTECH_AST_RECURSIVE_MEMBER;  // one or more
};
struct DefinitionList {
  std::vector<DefinitionItem> items{};
};

// The order of alternatives is part of the plugin API (see BlockKind); new ones are appended.
using BlockContent =
    std::variant<Paragraph, Heading, BulletList, OrderedList, BlockQuote, CodeBlock, ThematicBreak,
                 Table, RawBlock, Division, Figure, DefinitionList>;

enum class BlockKind {
  paragraph,
  heading,
  bullet_list,
  ordered_list,
  block_quote,
  code_block,
  thematic_break,
  table,
  raw,
  division,
  figure,
  definition_list
};

struct Block {
  BlockContent content;
  SourcePos pos{};

  template <class T>
  Block(T node, SourcePos where = {})  // NOLINT: implicit on purpose, for brevity
      : content(std::move(node)), pos(where) {}

  BlockKind kind() const { return static_cast<BlockKind>(content.index()); }
  template <class T>
  T* as() {
    return std::get_if<T>(&content);
  }
  template <class T>
  const T* as() const {
    return std::get_if<T>(&content);
  }
};

// ---------------------------------------------------------------------------------------------
// The interview.

struct Person {
  std::string name{};
  std::string role{};          // job title
  std::string unit{};          // department or division inside the organisation
  std::string organisation{};  // employer
  std::string country{};

  bool empty() const {
    return name.empty() && role.empty() && unit.empty() && organisation.empty() && country.empty();
  }
};

struct Metadata {
  std::string title{};
  std::string subtitle{};
  Person interviewee{};
  std::vector<std::string> authors{};  // the byline, in order
  std::string series{};                // e.g. "Women in GovTech Special Report 2020"
  std::string date{};                  // ISO 8601 where known, else as written
  std::string language{};              // BCP 47; empty means the input did not say
  // unspecified: the language's own (direction_of_language() in phrases.hpp); set by -M dir=
  // and front matter dir:.
  Direction direction = Direction::unspecified;
  std::string description{};
  std::string identifier{};
  std::vector<std::string> keywords{};
  std::string rights{};
  std::vector<std::pair<std::string, std::string>> extra{};  // other keys, in input order
};

struct QandA {
  Inlines question{};
  Blocks answer{};
  std::string question_speaker{};  // e.g. "Interviewer" or a name; empty when unlabelled
  std::string answer_speaker{};
  SourcePos pos{};  // where the question starts
};

// A file the input carried inside itself (a picture in a Word package): the document's images
// refer to it by `name` as their src, and writers take its bytes from here rather than from
// the file system. A reader adds each such file once, however many images show it; the
// writers' resource request (WriteContext::document_resource) answers a src that names one
// with its bytes before it looks for a file. A name is a relative reference without a scheme
// (so that writers treat it as a local file), unique within the document.
struct DocumentResource {
  std::string name{};        // the reference used in Image::src, e.g. "word/media/image1.png"
  std::string media_type{};  // e.g. "image/png", as the reader sniffed it
  std::string bytes{};
};

struct Document {
  Metadata meta{};
  Blocks intro{};
  std::vector<QandA> entries{};
  Blocks trailing{};
  std::vector<DocumentResource> resources{};

  bool is_interview() const { return !entries.empty(); }
};

// Many interviews made into one publication (a special report): the collection's own
// metadata, then each interview whole.
struct Collection {
  Metadata meta{};
  std::vector<Document> documents{};
};

// The resource of `doc` named `name` (the first, should two share it), or null.
GOVTECH_API const DocumentResource* find_resource(const Document& doc, std::string_view name);

// Applies `key=value` overrides (the CLI's -M) in order. Known keys: title, subtitle, author
// (repeatable: the overrides together replace the byline), interviewee (or interviewee.name),
// interviewee.role / .unit / .organisation (.organization) / .country, series, date,
// lang (or language), dir (rtl, ltr or auto), description, identifier, keywords
// (comma-separated), rights.
// Other keys go to `extra`, replacing an earlier value of the same key.
GOVTECH_API void apply_metadata_overrides(
    Metadata& meta, const std::vector<std::pair<std::string, std::string>>& overrides);

// A collection's language: its own (-M lang=) when given, else the one most of its documents
// share (the first of those tied), else empty.
GOVTECH_API std::string collection_language(const Collection& books);

// The plain text of inline content (alt text, titles, slugs): markup dropped, breaks as spaces.
GOVTECH_API std::string plain_text(const Inlines& inlines);

// The inlines inside a paragraph that is bold and nothing else (blank text and line breaks
// around the bold run allowed), or null: how readers tell a bold question.
GOVTECH_API const Inlines* wholly_strong(const Paragraph& paragraph);

}  // namespace govtech
