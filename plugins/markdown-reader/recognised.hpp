// Markdown whose questions follow none of the Markdown conventions (labels, question headings,
// bold paragraphs): the core's recogniser reads them from the top-level blocks' wording.
#pragma once

#include <optional>

#include "govtech/ast.hpp"
#include "govtech/recognise.hpp"

namespace govtech::markdown {

// The document the recogniser finds in `blocks`, or nothing (and `blocks` untouched) when it
// finds no interview. `found` receives its findings either way. With `read_header`, the
// title, byline, interviewee line and credits above the first question fill `meta`.
std::optional<Document> recognised_document(Blocks& blocks, Metadata meta, bool read_header,
                                            Recognition& found);

}  // namespace govtech::markdown
