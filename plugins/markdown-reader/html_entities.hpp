// Decoding HTML character references (`&amp;`, `&#35;`, `&#x22;`), as CommonMark requires for
// entities in text, link destinations, titles and info strings.
#pragma once

#include <string>
#include <string_view>

namespace govtech::markdown {

// Appends what `reference` (the whole `&...;`) stands for to `out`. A numeric reference to
// U+0000, a surrogate or a code point beyond U+10FFFF becomes U+FFFD. A name HTML does not
// define is not a reference at all: it is appended as written.
void append_decoded_entity(std::string_view reference, std::string& out);

}  // namespace govtech::markdown
