// Reading a WordprocessingML body (the document's, or a footnote's) into paragraphs with their
// inline content and the properties that matter to the document's structure, and tables.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "govtech/ast.hpp"
#include "govtech/diagnostics.hpp"
#include "numbering.hpp"
#include "ooxml.hpp"
#include "package.hpp"
#include "styles.hpp"

namespace govtech::docx {

struct Para {
  Inlines content{};
  std::string text{};  // the plain text, trimmed (what the recogniser reads)
  ParaKind kind = ParaKind::normal;
  int heading = 0;    // 1..6, 0 when not a heading
  bool bold = false;  // every visible character is bold
  std::optional<ListLevel> list{};
  int num_id = 0;
  int ilvl = 0;
  // Set when the paragraph runs otherwise than the document: w:bidi in a left-to-right
  // document, or w:bidi switched off (an English paragraph) in a right-to-left one.
  Direction direction = Direction::unspecified;
  SourcePos pos{};
};

// A paragraph, or a table (already a block).
struct Item {
  Para para{};
  std::optional<Block> table{};
  std::string table_text{};         // a table's text, shortened, for the recogniser
  std::uint32_t blanks_before = 1;  // empty paragraphs before it, plus one
};

// A footnote or endnote referenced from the text, numbered in the order of reference.
struct NoteRef {
  bool endnote = false;
  std::string id{};
};

// What reading a part needs and collects, for one conversion.
struct Reading {
  Package& package;
  const Names& names;
  const StyleSheet& styles;
  const Numbering& numbering;
  Diagnostics& diagnostics;
  std::string part;           // the part being read ("word/document.xml")
  const Relationships& rels;  // its relationships
  // The document's language (its properties', else the styles' default): runs in it need no
  // span, whichever of w:lang's three attributes says it.
  std::string language{};
  // The document runs right to left (its default paragraph style's w:bidi, or its language):
  // its w:bidi paragraphs need not say so.
  bool rtl = false;
  // The default paragraph style's w:bidi, when it has one. A paragraph that switches w:bidi
  // off in a right-to-left document runs left to right, unless every paragraph does so by
  // default (a document right to left by its language alone).
  std::optional<bool> default_bidi{};
  std::vector<NoteRef> notes{};  // in order of first reference
  std::map<std::pair<bool, std::string>, std::size_t> note_numbers{};  // (endnote, id) -> n
  // The pictures the text shows, each package entry once however often it is placed: they
  // become the document's resources, named by their part name, which the images' src holds.
  std::vector<DocumentResource> resources{};
  std::map<std::string, bool> images{};          // part name -> kept (a resource), or left out
  std::uint64_t image_bytes = 0;                 // of the resources kept so far,
  std::uint64_t max_image_bytes = 256ull << 20;  // which may not pass this
  std::uint32_t paragraphs = 0;                  // counted for positions
  bool too_many_images = false;
  bool tracked_changes = false;
  bool comments = false;
  bool text_boxes = false;
  bool unknown_symbols = false;
  bool embedded_documents = false;
  // Read apart from the text before it (body_in_parallel.cpp): positions and note numbers
  // count from the stretch's start, to be shifted once the stretches are put together, and a
  // picture in the package, whose place in the image budget and among the resources depends
  // on what came before, stops the read with NeedsOrder.
  bool detached = false;
  // Whether a run in each of the first few language strings met is in another language than
  // the document's (body.cpp): runs name one language or a few, over and over.
  std::vector<std::pair<std::string, bool>> language_changes{};
};

// Thrown by a detached reading that met what only a reading in order can decide.
struct NeedsOrder {};

// Drops white space and line breaks at the end of a paragraph (inline_text.cpp).
void trim_back(Inlines& inlines);

// One paragraph (w:p) read: its inlines, plain text, style and list level.
Para read_paragraph(pugi::xml_node p, Reading& reading);
// Shows nothing: no text, no picture, no link.
bool is_empty(const Para& para);
// Elements whose children the body reads as its own: content controls, custom XML, insertions.
bool container(pugi::xml_node node, const Names& n);
// A table (w:tbl) as an item (tables.cpp).
Item read_table(pugi::xml_node tbl, Reading& reading);

// The items of a body (w:body, a w:footnote, ...) in order. Empty paragraphs are not items:
// they raise the next item's blanks_before.
std::vector<Item> read_body(pugi::xml_node body, Reading& reading);
// The same for the sibling elements from `first` up to `end` (null: to the last), appended to
// `items`; `blanks` carries the empty paragraphs not yet given to an item (1 + their count).
void read_body_elements(pugi::xml_node first, pugi::xml_node end, Reading& reading,
                        std::vector<Item>& items, std::uint32_t& blanks);
// read_body for a long w:body: stretches read on the machine's cores and put together into
// what read_body gives (body_in_parallel.cpp).
std::vector<Item> read_long_body(pugi::xml_node body, Reading& reading);
// read_body for a main part read in pieces (document_pieces.hpp): two stretches of pieces on
// two cores, each piece parsed as its stretch comes to it. Made before the package's other
// parts are read, so that the second core parses its first pieces meanwhile.
class PieceReading {
 public:
  explicit PieceReading(const class MainPieces& pieces);
  ~PieceReading();  // stops the second core when read() was not called
  PieceReading(const PieceReading&) = delete;
  PieceReading& operator=(const PieceReading&) = delete;

  // The items, `first` the first piece parsed; once. Nothing when a piece is malformed: the
  // part is then to be parsed, and read, whole.
  std::optional<std::vector<Item>> read(std::unique_ptr<XmlPart> first, Reading& reading);

 private:
  struct Second;
  std::unique_ptr<Second> second_;
};

// The plain text of inline content as the reader counts it: text and code, breaks as one space,
// images as nothing. strip_front() removes that many bytes of it from the front.
std::string flat_text(const Inlines& inlines);
void strip_front(Inlines& inlines, std::size_t bytes);
// A paragraph's content for a place that holds inlines (a question, a table cell): a
// right-to-left paragraph's (Para::rtl) in a span that says so.
Inlines directed_content(Para& para);
// Unwraps a Strong that holds all the content (a bold question needs no bold).
void unwrap_strong(Inlines& inlines);

}  // namespace govtech::docx
