#include "file_identity.hpp"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>

namespace govtech::cli {

std::optional<FileKey> file_key(const std::string& path) {
  struct stat info {};
  if (path == "-") {
    if (::fstat(STDIN_FILENO, &info) == 0 && S_ISREG(info.st_mode)) {
      return FileKey{info.st_dev, info.st_ino, {}};
    }
    return std::nullopt;
  }
  if (::stat(path.c_str(), &info) == 0) {
    if (!S_ISREG(info.st_mode)) return std::nullopt;
    return FileKey{info.st_dev, info.st_ino, {}};
  }
  // Not there yet (or a dangling link, which the rename would replace): its folder and name.
  std::filesystem::path p(path);
  std::string folder = p.parent_path().empty() ? "." : p.parent_path().string();
  if (::stat(folder.c_str(), &info) == 0) {
    return FileKey{info.st_dev, info.st_ino, p.filename().string()};
  }
  return FileKey{0, 0, p.lexically_normal().string()};
}

}  // namespace govtech::cli
