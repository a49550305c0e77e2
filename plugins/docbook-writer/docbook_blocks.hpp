// Block content: paragraphs, lists, quotes, code, tables and headings, as DocBook blocks
// that are valid wherever DocBook accepts blocks (an article, an answer, a list item).
#pragma once

#include <pugixml.hpp>

#include <string_view>

#include "docbook_tree.hpp"
#include "govtech/ast.hpp"

namespace govtech::docbook {

// Appends one DocBook block per AST block (raw HTML is left out with a warning).
void render_blocks(pugi::xml_node parent, const Blocks& blocks, RenderState& state);
void render_block(pugi::xml_node parent, const Block& block, RenderState& state);

// Inline content that stands as a block: <para>, or <literallayout> when it holds hard line
// breaks, or a <mediaobject> when it is one image alone.
void render_inline_block(pugi::xml_node parent, const Inlines& content, RenderState& state);

// True if `node` has at least one element child. Containers the schema requires to hold a
// block (list items, answers, the article) are checked with it after rendering, since every
// block they were given may have been raw HTML that was left out.
// `except` names an element that does not count (a title, a label).
bool has_element_child(pugi::xml_node node, std::string_view except = {});

}  // namespace govtech::docbook
