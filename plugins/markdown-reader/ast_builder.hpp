// Builds document blocks from md4c's parse events. No Markdown is parsed here: md4c decides the
// structure, this turns each event into AST nodes and works out where each block came from.
#pragma once

#include <string_view>

#include "govtech/ast.hpp"
#include "govtech/diagnostics.hpp"
#include "line_index.hpp"

namespace govtech::markdown {

enum class Dialect {
  markdown,    // CommonMark plus tables, strikethrough and task lists: every spec example holds
  gfm,         // the same plus bare-URL/www/email autolinks, as GitHub renders them
  commonmark,  // CommonMark 0.30 only
};

// Parses `body`, which must lie inside the text `lines` indexes (the body may start after front
// matter; block lines count from the start of that whole text). Containers nested deeper than
// kMaxNesting are flattened as they are built (their content is kept), so the tree never gets
// deep enough to strain the stack; a warning says so.
Blocks build_blocks(std::string_view body, const LineIndex& lines, std::size_t body_offset,
                    Dialect dialect, Diagnostics& diagnostics);

}  // namespace govtech::markdown
