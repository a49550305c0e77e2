// What the Markdown builder reads ahead in the input to bound what md4c will hand it: the
// inlines left in a paragraph, and the cells md4c finds in a table row's line.
#pragma once

#include <cstddef>
#include <string_view>

namespace govtech::markdown {

// At most how many inlines the rest of a paragraph, from `rest` on, adds to the paragraph's
// own sequence (not to the spans inside it). Every inline other than a run of text starts at
// a line end or at markup: a pair of delimiter runs (* _ ~ `), a [ or a <; a run of text
// lies between two of them (adjacent text is merged). The paragraph ends at the next blank
// line at the latest. Permissive autolinks (www.…) have no mark and are not counted: a
// bound too small only means the vector grows again, as it would have anyway.
std::size_t inline_bound(std::string_view rest);

// How many cells md4c finds in a table row's line: the stretches of at least one character
// between the line's ends and the pipes that separate cells (not one escaped with a backslash
// or inside a code span). Container marks before the row (block quotes) count as part of the
// first stretch, which can only make the count larger; a count too large keeps a made-up cell,
// one too small is caught where the cell's content arrives (Builder::materialise_cell).
std::size_t count_row_cells(std::string_view line);

}  // namespace govtech::markdown
