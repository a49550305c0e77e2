// Images are read beneath the input's folder from the descriptor that was checked. Before, the
// path was checked and then opened again by name, so a folder on it swapped for a symbolic
// link in between (here, by a thread all the while) got a file from outside embedded. A file with
// more than one hard link may be another name of any file, and is refused.
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <atomic>
#include <catch2/catch.hpp>
#include <thread>

#include "hostile_support.hpp"

using namespace govtech::hostile;
using govtech::testing::read_file;
using govtech::testing::write_file;

namespace {

std::string png(const std::string& marker) {
  return std::string("\x89PNG\r\n\x1a\n", 8) + marker + std::string(64, 'x');
}

}  // namespace

TEST_CASE("a folder swapped for a link during a conversion never gets an outside file in") {
  require_formats();
  TempDir outside;
  write_file(outside / "image.png", png("OUTSIDE-SECRET"));
  TempDir dir;
  fs::create_directories(dir / "book" / "sub");
  write_file(dir / "book" / "sub" / "image.png", png("INSIDE-IMAGE"));
  fs::create_directory_symlink(outside.path(), dir / "book" / "swap");
  std::string answer;
  for (int i = 0; i < 50; ++i) answer += "![i](sub/image.png?" + std::to_string(i) + ") ";
  write_file(dir / "book" / "in.md", interview("markdown", "Links", answer));

  // Exchanges book/sub (a folder) and book/swap (a link to the outside folder) atomically, as
  // fast as it can: the path checked and the path read may differ.
  std::atomic<bool> done{false};
  std::thread flipper([&] {
    const std::string sub = (dir / "book" / "sub").string(),
                      swap = (dir / "book" / "swap").string();
    while (!done) {
      ::syscall(SYS_renameat2, AT_FDCWD, sub.c_str(), AT_FDCWD, swap.c_str(), RENAME_EXCHANGE);
    }
  });
  int converted = 0;
  for (int run = 0; run < 40; ++run) {
    auto r =
        run_bounded(dir, {"book/in.md", "-t", "html", "--embed-resources", "-o", "out.html", "-q"});
    if (r.exit_code != 0) continue;
    ++converted;
    // The outside file's first bytes in base64: the PNG signature, then "OUTSIDE-SECRET".
    CHECK(read_file(dir / "out.html").find("iVBORw0KGgpPVVRTSURFLVNFQ1JFV") == std::string::npos);
  }
  done = true;
  flipper.join();
  CHECK(converted > 0);
}

TEST_CASE("a file with more than one hard link is not embedded") {
  require_formats();
  TempDir dir;
  write_file(dir / "image.png", png("LINKED"));
  fs::create_hard_link(dir / "image.png", dir / "other-name.png");
  write_file(dir / "in.md", interview("markdown", "Hard links", "![i](image.png)"));
  auto r = run_bounded(dir, {"in.md", "-t", "epub", "-o", "out.epub", "-M", "lang=en"});
  INFO(r.err);
  CHECK(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("it has 2 hard links"));
  CHECK(read_file(dir / "out.epub").find("images/img-001") == std::string::npos);
}
