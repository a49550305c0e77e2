// A long document.xml parsed in two halves at once. Parsing the main part was the longest
// stretch of a long document's conversion left on one core (55M of the 288-page document's
// instructions), and a body's elements follow one another with nothing between them that
// one needs of the other: cut between two of them, each half (the first closed after the cut,
// the second opened before it with the root's and the body's start tags) is a document of its
// own, and the two bodies' elements are the body's.
#pragma once

#include <memory>
#include <optional>
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

// The main part `name` parsed, in two halves on two cores when it is long (then the bodies
// are the first half's and the second's, in order), else whole. The errors are those of
// Package::read_xml: a part malformed anywhere is parsed whole again to say where. Null when
// the package has no such part.
std::vector<std::unique_ptr<XmlPart>> read_main_part(Package& package, std::string_view name);

}  // namespace govtech::docx
