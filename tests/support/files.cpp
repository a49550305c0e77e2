#include "files.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace govtech::testing {

TempDir::TempDir() {
  std::string pattern = (fs::temp_directory_path() / "govtech-test-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::permissions(path_, fs::perms::owner_all, fs::perm_options::add, ec);
  fs::remove_all(path_, ec);
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return std::move(bytes).str();
}

void write_file(const fs::path& path, const std::string& bytes) {
  if (path.has_parent_path()) fs::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  if (!out) throw std::runtime_error("cannot write " + path.string());
}

fs::path source_path(const std::string& relative) {
  return fs::path(GOVTECH_SOURCE_DIR) / relative;
}

std::string check_golden(const fs::path& golden, const std::string& actual) {
  const char* update = std::getenv("GOVTECH_UPDATE_GOLDEN");
  if (update && std::string(update) == "1") {
    write_file(golden, actual);
    return {};
  }
  if (!fs::exists(golden)) {
    return "golden file " + golden.string() +
           " is missing; run with GOVTECH_UPDATE_GOLDEN=1 to create it";
  }
  std::string expected = read_file(golden);
  if (expected == actual) return {};
  std::size_t at = 0;
  while (at < expected.size() && at < actual.size() && expected[at] == actual[at]) ++at;
  std::size_t line = 1;
  for (std::size_t i = 0; i < at; ++i) line += expected[i] == '\n';
  auto excerpt = [&](const std::string& s) {
    std::size_t from = at > 80 ? at - 80 : 0;
    return s.substr(from, 240);
  };
  return "output differs from " + golden.string() + " at line " + std::to_string(line) +
         "\n--- expected ---\n" + excerpt(expected) + "\n--- actual ---\n" + excerpt(actual) +
         "\n(run with GOVTECH_UPDATE_GOLDEN=1 to accept the new output)";
}

}  // namespace govtech::testing
