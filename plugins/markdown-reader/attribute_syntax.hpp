// The attribute syntax of pandoc's Markdown (also markdown-it's): `{#id .class lang=ko dir=rtl}`
// after a heading, a bracketed span or a figure's image.
#pragma once

#include <optional>
#include <string_view>

#include "govtech/ast.hpp"

namespace govtech::markdown {

// The attributes `braced` gives, `braced` being the whole `{…}`; nothing when it is not an
// attribute block (the braces then stay text). Keys other than lang and dir, which the
// document has nowhere to keep, are accepted and left out.
std::optional<Attributes> parse_attribute_block(std::string_view braced);

// Where a trailing attribute block starts in `text` (after the white space before it), or
// npos: `Method {#method}` gives 6 (the space), `a {b` gives npos.
std::size_t trailing_attribute_block(std::string_view text);

}  // namespace govtech::markdown
