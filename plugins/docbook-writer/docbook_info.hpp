// The <info> block: title, credits and bibliographic metadata of an article or a book.
#pragma once

#include <pugixml.hpp>

#include "docbook_tree.hpp"
#include "govtech/ast.hpp"

namespace govtech::docbook {

enum class TitleRule { required, optional };

// Appends <info> for `meta` to `parent`. An article must have a title: when `rule` is
// required and the metadata has none, an empty <title/> keeps the document valid and a
// warning says how to set one. With nothing to say and no title required, adds nothing.
void render_info(pugi::xml_node parent, const Metadata& meta, TitleRule rule, RenderState& state);

}  // namespace govtech::docbook
