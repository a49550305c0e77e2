// Fast Unicode white-space handling for whole files: the core's trim() decodes every
// character, which is fine for a title but not for every line of a 100 MB input. These skip
// ASCII text byte by byte and decode only the few lead bytes a Unicode space can start with.
#pragma once

#include <string>
#include <string_view>

namespace govtech::text_reader {

// `text` without the Unicode white space at either end. Touches only the white space itself.
std::string_view trim_spaces(std::string_view text);

// Tabs and runs of white space become one plain space; a single space character is kept as
// written (a no-break space may be deliberate). Expects a trimmed line.
std::string normalise_spaces(std::string_view line);

}  // namespace govtech::text_reader
