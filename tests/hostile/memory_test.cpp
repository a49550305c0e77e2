// Memory: an input of many tiny tokens (lines of one letter) makes a large document tree. The
// JSON writer used to build a second tree of its own, three times the document's size, and
// died of std::bad_alloc with exit 134 and a temporary left behind. It now streams, so what
// fits in memory converts into every writer; what does not is an error naming the file, exit
// 1, nothing left. Each run gets 1 GiB of address space (run_bounded).
#include <catch2/catch.hpp>

#include "hostile_support.hpp"

using namespace govtech::hostile;
using govtech::testing::read_file;
using govtech::testing::write_file;

namespace {

std::string letters(std::size_t lines) {
  std::string text;
  text.reserve(2 * lines + 64);
  text += "---\ntitle: Letters\nlang: en\n---\n\n";
  for (std::size_t i = 0; i < lines; ++i) text += "a\n";
  return text + "LAST\n";
}

}  // namespace

// Both cases measure memory against an address-space limit, which a sanitized build cannot
// run under (its shadow memory alone exceeds it): they run in the plain build only.
#ifdef GOVTECH_SANITIZED
constexpr bool kMemoryBounded = false;
#else
constexpr bool kMemoryBounded = true;
#endif

TEST_CASE("1.5 million one-letter lines convert into every writer within 1 GiB") {
  if (!kMemoryBounded) return;
  require_formats();
  TempDir dir;
  write_file(dir / "in.md", letters(1'500'000));  // the JSON writer's tree took 1.6 GB
  for (const auto& writer : writers()) {
    auto r = run_bounded(dir, {"in.md", "-t", writer, "-o", "out." + writer});
    INFO(writer << ": " << r.err.substr(0, 1000));
    CHECK(r.exit_code == 0);
    if (writer == "json")
      CHECK_THAT(read_file(dir / "out.json"),
                 Catch::EndsWith("  \"trailing\": [],\n  \"resources\": []\n}\n"));
    CHECK(files_in(dir.path()) == std::vector<std::string>{"in.md", "out." + writer});
    fs::remove(dir / ("out." + writer));
  }
}

// The readers build a paragraph's inlines once: the Markdown reader reserves them ahead to a
// bound read from the input, the text reader to its count of lines. Grown by doubling and
// copied to shrink, 3 million lines took 1.2 GB (Markdown) and 1.0 GB (text) at the peak;
// now about 0.6 GB, two inlines of 96 bytes a line.
TEST_CASE("3 million one-letter lines, as Markdown and as text, read within 1 GiB") {
  if (!kMemoryBounded) return;
  require_formats();
  TempDir dir;
  const std::string text = letters(3'000'000);
  write_file(dir / "in.md", text);
  write_file(dir / "in.txt", text.substr(text.find("\n---\n") + 5));
  for (const char* input : {"in.md", "in.txt"}) {
    auto r = run_bounded(dir, {input, "-t", "html", "-M", "lang=en", "-o", "out.html"});
    INFO(input << ": " << r.err.substr(0, 1000));
    CHECK(r.exit_code == 0);
    CHECK_THAT(read_file(dir / "out.html"), Catch::Contains("LAST"));
    fs::remove(dir / "out.html");
  }
}

TEST_CASE("running out of memory is an error naming the file, and leaves nothing behind") {
  if (!kMemoryBounded) return;
  require_formats();
  TempDir dir;
  write_file(dir / "in.md", letters(8'000'000));  // a tree of about 1.5 GB
  for (const auto& writer : writers()) {
    auto r = run_bounded(dir, {"in.md", "-t", writer, "-o", "out." + writer});
    INFO(writer << ": " << r.err.substr(0, 1000));
    CHECK(r.exit_code == 1);
    CHECK_THAT(r.err, Catch::Contains("in.md: out of memory"));
    CHECK(files_in(dir.path()) == std::vector<std::string>{"in.md"});
  }
  auto r = run_bounded(dir, {"in.md", "in.md", "-t", "epub", "--combine", "-o", "all.epub"});
  CHECK(r.exit_code == 1);
  CHECK_THAT(r.err, Catch::Contains("in.md") && Catch::Contains("out of memory"));
  CHECK(files_in(dir.path()) == std::vector<std::string>{"in.md"});
}
