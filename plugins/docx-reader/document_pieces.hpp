// A long document.xml read in pieces. Parsing the main part was the longest stretch of a long
// document's conversion left on one core, and its tree, five or six times the text, was most
// of the conversion's memory and page faults. A body's elements follow one another with
// nothing between them that one needs of the other: cut between two of them, each piece (the
// first closed after its cut, the others opened before it with the root's and the body's
// start tags) is a document of its own, and the pieces' bodies' elements are the body's. The
// pieces are parsed as they are read, on two cores, each freed before the next is parsed.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "package.hpp"

namespace govtech::docx {

// Where a part's text can be cut: before a start tag of a w:body's child, past `from`.
struct Cut {
  std::size_t at = 0;
  std::string_view root_tag, body_tag;    // the start tags, whole
  std::string_view root_name, body_name;  // with their prefixes
};
// Nothing when there is no such place past `from` (or the text is not what a main part looks
// like: a DOCTYPE, a root without a body).
std::optional<Cut> find_cut(std::string_view text, std::size_t from);

// After `previous`, the next place past `from` where the text can be cut, or nothing.
std::optional<Cut> find_next_cut(std::string_view text, const Cut& previous, std::size_t from);

// A main part's text, checked (xml_text), cut into pieces of about `piece_bytes`.
class MainPieces {
 public:
  // Nothing when there is no place to cut; `text` is then left as it was.
  static std::optional<MainPieces> cut(std::string& text, std::size_t piece_bytes);

  std::size_t size() const { return starts_.size() + 1; }
  // Where piece k starts in the part's text (its size for k == size()).
  std::size_t start(std::size_t k) const;
  // Piece k parsed, or null when it is malformed (or holds a DOCTYPE): then the part is to be
  // parsed whole, to say what and where.
  std::unique_ptr<XmlPart> parse(std::size_t k) const;

 private:
  std::string text_;
  std::string opening_, closing_;    // the root's and the body's start tags; their end tags
  std::vector<std::size_t> starts_;  // of the pieces after the first
};

// The main part as read_docx reads it: parsed whole, or cut into pieces when it is long and
// there are two cores, the first of them parsed.
struct MainPart {
  std::unique_ptr<XmlPart> first;  // null when the package has no such part
  std::optional<MainPieces> pieces;
};
// The errors are those of Package::read_xml, for the whole part or the first piece; a later
// piece found malformed is for the reader of the body to report (MainPieces::parse).
MainPart read_main_part(Package& package, std::string_view name);

}  // namespace govtech::docx
