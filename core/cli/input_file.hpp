// Reading an input whole, with errors that name the path.
#pragma once

#include <string>

namespace govtech::cli {

// The bytes of `path` ("-" reads standard input). Throws Error(input) naming the path when it
// is missing, a folder, unreadable or fails while reading.
std::string read_input(const std::string& path);

}  // namespace govtech::cli
