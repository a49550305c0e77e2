// Recognising an interview in a Markdown document's blocks.
#pragma once

#include "govtech/ast.hpp"
#include "govtech/diagnostics.hpp"

namespace govtech::markdown {

// Turns the document's top-level blocks into a Document: Q&A entries when the blocks follow
// one of the interview conventions consistently (see interview.cpp for the exact rule),
// otherwise everything in the intro. `meta` is the metadata from front matter; without front
// matter (`has_front_matter` false) an interview's leading `# Title` and `*By Name*` line fill
// in the title and byline.
// When no convention applies, the core's recogniser is asked (see recognised.hpp). Says which
// layout was read through `diagnostics` (a note, and the "layout" fact for --report).
Document assemble_document(Blocks blocks, Metadata meta, bool has_front_matter,
                           Diagnostics& diagnostics);

}  // namespace govtech::markdown
