// The block syntax of pandoc's Markdown that md4c reads as paragraphs and headings, recognised
// in what md4c built: heading attributes (`## Method {#method}`), figures (an image alone in
// its paragraph, with a title or a caption line), definition lists (a term, then lines
// starting `: `) and line blocks (lines starting `| `).
#pragma once

#include "govtech/ast.hpp"

namespace govtech::markdown {

struct BlockSyntax {
  bool heading_attributes = true;
  bool figures = true;
  bool definition_lists = true;
  bool line_blocks = true;
};

// Rewrites `blocks`, and the blocks inside them, in place.
void read_block_syntax(Blocks& blocks, const BlockSyntax& syntax);

}  // namespace govtech::markdown
