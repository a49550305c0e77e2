// Smart punctuation for prose: straight quotes paired into Quoted nodes (whose marks the
// writers take from the language: “…” «…» „…“ 「…」), apostrophes curled, `--` and `---`
// made en and em dashes, `...` an ellipsis. Never inside code, raw HTML or a URL shown as
// its own text.
#pragma once

#include "govtech/ast.hpp"

namespace govtech::markdown {

void smarten(Blocks& blocks);
void smarten(Inlines& inlines);

}  // namespace govtech::markdown
