// A bound on how deep an HTML block's elements nest, applied before Gumbo sees the block.
//
// Gumbo's tree construction takes time quadratic in the depth of its stack of open elements
// (it scans the stack at each tag), so 100 000 nested <div>s would take minutes. The walk
// over the tree keeps content below kMaxNesting as plain text anyway, so the tags below a
// far deeper bound can go before parsing: the words between them stay where they were.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace govtech::markdown {

// When `html` opens elements more than `limit` deep, a copy in which every start and end tag
// below that depth is a space (or the line breaks it held, so that lines still count the
// same), else nothing. The depth is judged from the tags alone, erring deep: an end tag closes
// only an element it matches, elements whose end tag may be left out (p, li, td, ...) and void
// ones count for nothing, and formatting elements (b, i, a, ...) count until their own end
// tag, as the HTML parser reopens them. Comments and the content of raw-text elements
// (script, style, textarea, ...) are passed over and kept as they are.
std::optional<std::string> cap_nesting(std::string_view html, std::size_t limit);

}  // namespace govtech::markdown
