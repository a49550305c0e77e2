// One image referenced many times, under names that differ but lead to the same file
// (img.png?N, img.png#N, ./img.png, sub/../img.png): the EPUB holds it once, and inlined HTML
// (--embed-resources) reads it once and stops inlining at 64 MiB, linking the rest. A single
// file over 32 MiB is not embedded at all. Before, 300 references to a 1 MB image made a
// 159 MB EPUB and a 419 MB page. Runs are bounded in memory and processor time.
#include <catch2/catch.hpp>
#include <cstdint>
#include <cstdio>

#include "hostile_support.hpp"
#include "output_checks.hpp"

using namespace govtech::hostile;
using govtech::testing::read_file;
using govtech::testing::write_file;

namespace {

// A PNG signature followed by `size` bytes that do not compress.
std::string image_bytes(std::size_t size) {
  std::string bytes = "\x89PNG\r\n\x1a\n";
  std::uint32_t state = 12345;
  for (std::size_t i = 0; i < size; ++i) {
    state = state * 1103515245u + 12345u;
    bytes += static_cast<char>(state >> 24);
  }
  return bytes;
}

std::string references(int count) {
  std::string text;
  const char* forms[] = {"img.png?%d", "img.png#p%d", "./img.png", "sub/../img.png"};
  for (int i = 0; i < count; ++i) {
    char src[64];
    std::snprintf(src, sizeof src, forms[i % 4], i);
    text += "![picture " + std::to_string(i) + "](" + src + ")\n\n";
  }
  return text + "LAST\n";
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1))
    ++n;
  return n;
}

}  // namespace

TEST_CASE("an image referenced 300 times under different names is embedded once") {
  require_formats();
  TempDir dir;
  write_file(dir / "img.png", image_bytes(1 << 20));
  fs::create_directory(dir / "sub");
  write_file(dir / "in.md", interview("markdown", "Images", references(300)));

  auto r = run_bounded(dir, {"in.md", "-t", "epub", "-o", "out.epub", "-M", "lang=en"});
  INFO(r.err.substr(0, 1000));
  REQUIRE(r.exit_code == 0);
  const std::string epub = read_file(dir / "out.epub");
  CHECK(govtech::checks::output_problem("epub", epub) == std::string());
  CHECK(epub.size() < (3u << 20) / 2);  // one copy of the image, stored
  CHECK(count(epub, "images/img-002") == 0);

  r = run_bounded(dir, {"in.md", "-t", "html", "--embed-resources", "-o", "out.html"});
  INFO(r.err.substr(0, 1000));
  REQUIRE(r.exit_code == 0);
  const std::string html = read_file(dir / "out.html");
  CHECK(govtech::checks::output_problem("html", html) == std::string());
  CHECK(html.size() < (66u << 20));
  CHECK_THAT(r.err, Catch::Contains("64 MiB") && Catch::Contains("linked instead"));
  CHECK(count(html, "data:image/png;base64,") == 47);  // 47 copies of 1.4 MB fit in 64 MiB
  CHECK_THAT(html, Catch::Contains("LAST"));
}

TEST_CASE("an image over 32 MiB is not embedded, with a warning") {
  require_formats();
  TempDir dir;
  write_file(dir / "img.png", image_bytes((32u << 20) + 1));
  fs::create_directory(dir / "sub");
  write_file(dir / "in.md", interview("markdown", "A large image", references(2)));
  for (const auto& [writer, extra] : std::vector<std::pair<std::string, std::string>>{
           {"epub", "--split"}, {"html", "--embed-resources"}}) {
    auto r = run_bounded(dir, {"in.md", "-t", writer, extra, "-o", "out", "-M", "lang=en"});
    INFO(writer << ": " << r.err.substr(0, 1000));
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.err, Catch::Contains("larger than 32 MiB"));
    CHECK(read_file(dir / "out").size() < (1u << 20));
  }
}
