// Small helpers shared by the parts of the DocBook writer: building pugixml nodes from UTF-8
// that may hold characters XML forbids, the per-conversion state, and serialisation.
#pragma once

#include <pugixml.hpp>

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "govtech/diagnostics.hpp"
#include "govtech/link_targets.hpp"
#include "govtech/plugin.hpp"
#include "govtech/text.hpp"

namespace govtech::docbook {

inline constexpr const char* kDocBookNamespace = "http://docbook.org/ns/docbook";
inline constexpr const char* kXLinkNamespace = "http://www.w3.org/1999/xlink";

// What one conversion carries while it builds the tree. Lives on the writer's stack.
struct RenderState {
  Diagnostics& diagnostics;
  bool unsafe = false;          // --unsafe: keep links whose scheme can run code
  std::size_t raw_dropped = 0;  // raw HTML nodes left out, reported once at the end
  IdSet ids{};                  // the xml:ids given so far: unique in the whole output
  int in_footnote = 0;          // DocBook forbids a footnote inside a footnote
  // The ids of the document being rendered and where its internal links lead (made with
  // `ids`, so unique in the whole output).
  const LinkTargets* targets = nullptr;
  SourcePos pos{};  // the block being rendered, for warnings about its inlines
  // The fileref of a picture the documents carry inside themselves (a data: URI), or nothing
  // for an image that names a file. Unset: every image keeps its src.
  std::function<std::optional<std::string>(std::string_view src)> carried_fileref{};
};

// Sets xml:lang and dir from an author's attributes, the classes as a role, and the xml:id
// that state.targets gives `owner` (the AST node the element stands for; null for none).
void set_attributes(pugi::xml_node node, const Attributes& attributes, RenderState& state,
                    const void* owner);

// A new child element.
pugi::xml_node add_element(pugi::xml_node parent, const char* name);

// Appends character data, minus the characters XML 1.0 forbids, merging with a text node
// that ends the parent already. pugixml escapes markup (&, <, >, so also "]]>") on output.
void add_text(pugi::xml_node parent, std::string_view text);

// A new child element holding only `text`.
pugi::xml_node add_text_element(pugi::xml_node parent, const char* name, std::string_view text);

// Sets an attribute to `value` minus the characters XML 1.0 forbids.
void set_attribute(pugi::xml_node node, const char* name, std::string_view value);

// Adds line breaks and indentation inside elements whose content is elements only (lists,
// the info block, the Q&A set...), where the schema ignores white space. Mixed content
// (paragraphs, verbatim text) is left byte for byte as built.
void indent_structure(pugi::xml_node root);

// Writes the XML declaration and the tree, then a final newline.
void save(const pugi::xml_document& document, Sink& out);

}  // namespace govtech::docbook
