// Walking a document without recursion.
//
// walk() visits every node in document order, calling enter() when it reaches a node and
// leave() when it is done with the node and everything inside it (leaf nodes get both, one
// after the other). It keeps its own stack, so any depth is safe. Override only the callbacks
// you need.
//
//   struct WordCounter : govtech::Visitor {
//     std::size_t words = 0;
//     void enter(const govtech::Inline& node) override {
//       if (auto* text = node.as<govtech::Text>()) words += count_words(text->text);
//     }
//   };
#pragma once

#include <cstddef>

#include "govtech/ast.hpp"
#include "govtech/diagnostics.hpp"
#include "govtech/export.hpp"

namespace govtech {

class GOVTECH_API Visitor {
 public:
  virtual ~Visitor();
  virtual void enter(const QandA&) {}
  virtual void leave(const QandA&) {}
  virtual void enter(const Block&) {}
  virtual void leave(const Block&) {}
  virtual void enter(const ListItem&) {}
  virtual void leave(const ListItem&) {}
  virtual void enter(const TableCell&) {}
  virtual void leave(const TableCell&) {}
  virtual void enter(const Inline&) {}
  virtual void leave(const Inline&) {}
};

// The whole document: intro, then each entry (its question inlines, then its answer blocks),
// then the trailing blocks. Metadata is not walked.
GOVTECH_API void walk(const Document& doc, Visitor& visitor);
GOVTECH_API void walk(const Blocks& blocks, Visitor& visitor);
GOVTECH_API void walk(const Inlines& inlines, Visitor& visitor);

// The inlines directly inside an inline container (an image's alt text), or null for a leaf
// (text, code, breaks) and for a note, whose content is blocks.
GOVTECH_API Inlines* child_inlines(Inline& node);
GOVTECH_API const Inlines* child_inlines(const Inline& node);

// The deepest nesting of containers (block quotes, lists, emphasis, links...) that writers
// will ever see. Deeper content is flattened into the container at this depth.
inline constexpr std::size_t kMaxNesting = 100;

// Flattens everything nested deeper than kMaxNesting, keeping all of its text, and warns once
// if it changed anything. The pipeline calls it between reader and writer.
GOVTECH_API void limit_nesting(Document& doc, Diagnostics& diagnostics);

}  // namespace govtech
