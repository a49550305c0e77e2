// Escaping for XML and HTML output, shared by every markup writer.
#pragma once

#include <string>
#include <string_view>

#include "govtech/export.hpp"

namespace govtech {

// Appends `text` escaped for element content (& < >) or, with `attribute`, for a double-quoted
// attribute value (also "). Characters that XML 1.0 forbids (C0 controls other than tab and
// line feed, U+FFFE, U+FFFF) are dropped, so the output is always well-formed.
GOVTECH_API void append_xml_escaped(std::string& out, std::string_view text,
                                    bool attribute = false);
GOVTECH_API std::string xml_escaped(std::string_view text, bool attribute = false);

// Removes the characters XML 1.0 forbids, leaving everything else as it is.
GOVTECH_API std::string xml_safe(std::string_view text);

// True for a URL whose scheme can run code or reach the reader's own files: javascript:,
// vbscript:, file:, and data: unless it is an image (data:image/png, gif, jpeg, webp).
// Leading white space, control characters and letter case do not hide a scheme.
GOVTECH_API bool is_unsafe_url(std::string_view url);

}  // namespace govtech
