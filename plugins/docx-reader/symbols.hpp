// w:sym: a character given by a symbol font and a code in it.
#pragma once

#include <optional>
#include <string_view>

namespace govtech::docx {

// The Unicode character for `code` in `font`: Symbol and Wingdings through the common part of
// their tables; other fonts' codes (outside the private-use area) as they are. Nothing when
// the character is not known.
std::optional<char32_t> symbol_character(std::string_view font, char32_t code);

}  // namespace govtech::docx
