// Raw HTML in a parsed Markdown body read into the tree (the safe default, without --unsafe):
// HTML blocks become blocks, a division's start and end tags standing as blocks of their own
// wrap the Markdown between them, and inline tags wrap the text between them. See raw_html.hpp
// for what each element becomes.
#pragma once

#include "govtech/ast.hpp"
#include "govtech/diagnostics.hpp"

namespace govtech::markdown {

void read_raw_html(Blocks& blocks, Diagnostics& diagnostics);

}  // namespace govtech::markdown
