// Which file a path names, by device and inode, so that an output is never also an input, the
// report or another output, whatever symbolic links or spellings lead to it.
#pragma once

#include <sys/types.h>

#include <compare>
#include <optional>
#include <string>

namespace govtech::cli {

struct FileKey {
  dev_t device = 0;
  ino_t inode = 0;
  std::string name;  // for a file not yet made: its name in the folder `device`/`inode`
  auto operator<=>(const FileKey&) const = default;
};

// The file `path` names: an existing regular file by its own device and inode, a file still to
// be made by its folder's and its name (a path through a missing folder by its spelling).
// Nothing for a device, pipe or folder, which outputs may share. "-" is standard input, when
// that is a regular file.
std::optional<FileKey> file_key(const std::string& path);

}  // namespace govtech::cli
