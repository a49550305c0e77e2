// Files for tests: temporary folders, reading and writing, golden comparisons.
#pragma once

#include <filesystem>
#include <string>

namespace govtech::testing {

namespace fs = std::filesystem;

// A fresh empty folder, removed with everything in it when the object goes.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

std::string read_file(const fs::path& path);
void write_file(const fs::path& path, const std::string& bytes);
fs::path source_path(const std::string& relative);  // beneath the source tree

// Compares `actual` with the golden file; with GOVTECH_UPDATE_GOLDEN=1 in the environment,
// rewrites the golden file instead. Returns an empty string when they match, else a message.
std::string check_golden(const fs::path& golden, const std::string& actual);

}  // namespace govtech::testing
