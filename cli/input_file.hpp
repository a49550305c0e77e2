// Reading an input whole, with errors that name the path.
#pragma once

#include <cstdint>
#include <string>

namespace govtech::cli {

// The default of --max-input-size: far above any interview, far below what would exhaust a
// machine's memory (the document tree takes several times its input).
inline constexpr std::uint64_t kDefaultMaxInputSize = std::uint64_t{256} << 20;

// The bytes of `path` ("-" reads standard input). Throws Error(input) naming the path when it
// is missing, a folder, unreadable, fails while reading, or holds more than `limit` bytes
// (0: no limit), which is checked as it is read, so an endless pipe stops there too.
std::string read_input(const std::string& path, std::uint64_t limit = kDefaultMaxInputSize);

// "256 MiB", "1500 bytes": a size for messages.
std::string size_text(std::uint64_t bytes);

}  // namespace govtech::cli
