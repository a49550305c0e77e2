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

std::string read_all(int fd, const std::string& path, std::size_t size_hint) {
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
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
  return bytes;
}

}  // namespace

std::string read_input(const std::string& path) {
  if (path == "-") return read_all(STDIN_FILENO, "<stdin>", 0);
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
    std::string bytes = read_all(fd, path, static_cast<std::size_t>(info.st_size));
    ::close(fd);
    return bytes;
  } catch (...) {
    ::close(fd);
    throw;
  }
}

}  // namespace govtech::cli
