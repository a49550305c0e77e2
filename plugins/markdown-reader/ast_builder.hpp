// Builds document blocks from md4c's parse events. No Markdown is parsed here: md4c decides the
// structure, this turns each event into AST nodes and works out where each block came from.
#pragma once

#include <string_view>

#include "govtech/ast.hpp"
#include "govtech/diagnostics.hpp"
#include "line_index.hpp"

namespace govtech::markdown {

enum class Dialect {
  markdown,    // CommonMark plus tables, strikethrough, task lists and pandoc's extensions
  gfm,         // CommonMark plus GitHub's extensions (bare-URL autolinks, footnotes)
  commonmark,  // CommonMark 0.30 only
};

// md4c parses `parsed`, which is `original` or a copy of it of the same length (with parts
// blanked or patched); every piece of text is taken from `original` at the same offset. Both
// must lie inside the text `lines` indexes, from `body_offset` (the body may start after front
// matter; block lines count from the start of that whole text). With `subscripts`, ~x~ is a
// subscript and ~~x~~ strikethrough. Containers nested deeper than kMaxNesting are flattened
// as they are built (their content is kept), so the tree never gets deep enough to strain the
// stack; a warning says so.
Blocks parse_blocks(std::string_view parsed, std::string_view original, const LineIndex& lines,
                    std::size_t body_offset, Dialect dialect, bool subscripts,
                    Diagnostics& diagnostics);

}  // namespace govtech::markdown
