// The built-in stylesheet of standalone pages.
#pragma once

#include <string>
#include <string_view>

namespace html_writer {

// Readable on a phone, prints well, follows the reader's light or dark preference; every
// colour pair meets WCAG 2.1 AA contrast in both schemes.
const std::string& builtin_stylesheet();

}  // namespace html_writer
