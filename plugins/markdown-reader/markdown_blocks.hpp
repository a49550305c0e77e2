// The blocks of a Markdown body: md4c's parse, with the syntax md4c does not know read around
// it (footnotes, pandoc's extensions, smart punctuation) as the dialect asks.
#pragma once

#include <string_view>

#include "ast_builder.hpp"
#include "govtech/ast.hpp"
#include "govtech/diagnostics.hpp"
#include "line_index.hpp"

namespace govtech::markdown {

// What each dialect reads beyond CommonMark (see the dialect table in README.md).
struct Extensions {
  bool footnotes = false;  // [^label] and `[^label]: text`
  // pandoc's: heading and span attributes, figures, definition lists, line blocks, ^sup^,
  // ~sub~, inline notes ^[…]
  bool pandoc = false;
  bool smart = false;  // quotes, apostrophes, dashes, ellipses
  // Raw HTML read into the tree (the safe default); false with --unsafe, which keeps it raw.
  bool read_html = true;
};

Extensions extensions_of(Dialect dialect);

Blocks build_blocks(std::string_view body, const LineIndex& lines, std::size_t body_offset,
                    Dialect dialect, const Extensions& extensions, Diagnostics& diagnostics);

}  // namespace govtech::markdown
