// Writing the OCF zip container with libzip, reproducibly: entries in the order given, each
// deflated beforehand (entry_compression.hpp; a long book's on several threads), every
// timestamp the same fixed instant, no extra fields, fixed permissions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace govtech::epub {

struct ZipEntry {
  std::string name;  // path inside the container, e.g. "EPUB/package.opf"
  std::string bytes;
  bool compress = true;  // false: stored as is (the mimetype entry must be)
};

// The container's bytes. `unix_time` is the modification time of every entry (as UTC; zip
// timestamps hold 1980 to 2107, later or earlier instants are clamped). `level` is the deflate
// level 1-9, or 0 to store every entry uncompressed. Throws Error(output) if libzip fails.
std::string build_zip(const std::vector<ZipEntry>& entries, std::int64_t unix_time, int level);

// The MS-DOS date and time fields for `unix_time` taken as UTC (never the machine's zone).
struct DosTime {
  std::uint16_t time = 0;
  std::uint16_t date = 0;
};
DosTime dos_time_utc(std::int64_t unix_time);

}  // namespace govtech::epub
