#include "input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "govtech/diagnostics.hpp"

namespace govtech::cli {

namespace {

[[noreturn]] void fail(const std::string& path, const std::string& why) {
  throw Error(ErrorKind::input, why, {path});
}

[[noreturn]] void too_large(const std::string& path, std::uint64_t limit) {
  fail(path, "the input is larger than " + size_text(limit) +
                 ", the most --max-input-size allows; raise the limit to convert it (e.g. "
                 "--max-input-size 1G, or 0 for none)");
}

std::string read_all(int fd, const std::string& path, std::size_t size_hint, std::uint64_t limit) {
  if (limit != 0 && size_hint > limit) too_large(path, limit);
  std::string bytes;
  bytes.reserve(size_hint + 1);
  char buffer[1 << 16];
  while (true) {
    ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n == 0) break;
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(path, std::string("cannot read: ") + std::strerror(errno));
    }
    if (limit != 0 && bytes.size() + static_cast<std::size_t>(n) > limit) too_large(path, limit);
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
  return bytes;
}

}  // namespace

std::string size_text(std::uint64_t bytes) {
  if (bytes != 0 && bytes % (std::uint64_t{1} << 30) == 0)
    return std::to_string(bytes >> 30) + " GiB";
  if (bytes != 0 && bytes % (std::uint64_t{1} << 20) == 0)
    return std::to_string(bytes >> 20) + " MiB";
  if (bytes != 0 && bytes % (std::uint64_t{1} << 10) == 0)
    return std::to_string(bytes >> 10) + " KiB";
  return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

std::string read_input(const std::string& path, std::uint64_t limit) {
  if (path == "-") return read_all(STDIN_FILENO, "<stdin>", 0, limit);
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) fail(path, "no such file");
    fail(path, std::string("cannot open: ") + std::strerror(errno));
  }
  struct stat info {};
  if (::fstat(fd, &info) != 0 || S_ISDIR(info.st_mode)) {
    ::close(fd);
    fail(path, "is a folder, not a file");
  }
  try {
    std::string bytes = read_all(fd, path, static_cast<std::size_t>(info.st_size), limit);
    ::close(fd);
    return bytes;
  } catch (...) {
    ::close(fd);
    throw;
  }
}

}  // namespace govtech::cli
