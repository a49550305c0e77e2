// One interview entry that uses every node plugin API 2 added: a note (holding a note), a
// superscript and a subscript, spans and a division in another language and direction, a
// heading with its own id, a figure with a caption and a definition list. The writers' golden
// files and the validators' books include it, so each validator sees each construct.
#pragma once

#include "govtech/ast.hpp"

namespace govtech_test {

govtech::QandA entry_with_rich_nodes();

}  // namespace govtech_test
