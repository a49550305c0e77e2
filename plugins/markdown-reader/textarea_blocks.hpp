// A workaround for md4c 0.4.8, which predates CommonMark 0.30's addition of <textarea> to the
// raw HTML blocks that run until their closing tag (spec section 4.6, start condition 1).
// md4c treats such a block as an ordinary tag line that ends at the first blank line and parses
// Markdown inside it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "govtech/ast.hpp"
#include "line_index.hpp"

namespace govtech::markdown {

// When a top-level line opens a <textarea> block that md4c parsed as a paragraph or as a
// shorter HTML block (judged from `top_level`, the blocks of a first parse), returns a copy of
// `body` in which each such opening `<textarea` reads `<pre xxxx` and its closing
// `</textarea>` reads `xxxxx</pre>`: the same length, and an HTML block md4c knows to run to
// that line. The reader parses the copy but takes every piece of text from `body` at the same
// offsets, so the substitution never shows. Returns nothing when no block needs it.
std::optional<std::string> patch_textarea_blocks(std::string_view body, std::size_t body_offset,
                                                 const LineIndex& lines, const Blocks& top_level);

}  // namespace govtech::markdown
