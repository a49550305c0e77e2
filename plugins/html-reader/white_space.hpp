// Inline content as a browser shows it: adjacent text joined, adjacent runs of the same
// formatting joined, white space collapsed (a run holding a line break is a soft break), the
// ends trimmed, and formatting left empty by all that left out.
#pragma once

#include "govtech/ast.hpp"

namespace html_reader {

void normalise(govtech::Inlines& inlines);

// Whether the content is nothing but white space and breaks.
bool blank_inlines(const govtech::Inlines& inlines);

}  // namespace html_reader
