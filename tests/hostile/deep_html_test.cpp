// Web pages nested 100 000 deep: Gumbo's tree construction takes time quadratic in the
// depth (parsing 100 000 nested <div> alone took 28 s, 100 000 <b> 10 s), so the HTML reader
// leaves out the tags nested deeper than 10 000 before parsing and keeps their text (before:
// such a page was refused). Each page must
// convert within run_bounded's 1 GiB and 60 s of CPU, every word of it kept.
#include <catch2/catch.hpp>

#include "hostile_support.hpp"

using namespace govtech::hostile;
using govtech::testing::read_file;
using govtech::testing::write_file;

namespace {

// A sanitized build cannot run under an address-space limit (its shadow memory exceeds it).
CliResult run(const TempDir& dir, const std::vector<std::string>& args) {
#ifdef GOVTECH_SANITIZED
  govtech::testing::CliRun plain{args, {}, {}, dir.path().string()};
  return govtech::testing::run_cli(plain);
#else
  return run_bounded(dir, args);
#endif
}

// `depth` elements opened by `open` and closed by `close`, a numbered word inside each.
std::string nested(const std::string& open, const std::string& close, int depth) {
  std::string page = "<!doctype html><html lang=\"en\"><body><p>Outside.</p>";
  for (int i = 0; i < depth; ++i) page += open + "w" + std::to_string(i) + " ";
  page += "BOTTOM";
  for (int i = 0; i < depth; ++i) page += close;
  return page + "<p>After.</p></body></html>";
}

void check_converts(const std::string& name, const std::string& page, int depth) {
  TempDir dir;
  write_file(dir / "deep.html", page);
  const CliResult r = run(dir, {"deep.html", "-t", "json", "-o", "out.json"});
  INFO(name << ": " << r.err.substr(0, 2000));
  REQUIRE(r.exit_code == 0);
  CHECK_THAT(r.err, Catch::Contains("deeper than 10000") && Catch::Contains("text is kept"));
  const std::string out = read_file(dir / "out.json");
  // No word is a prefix of another: w0, w50000 and w99999 are each found once.
  for (const std::string& word :
       {std::string("Outside."), std::string("After."), std::string("BOTTOM"), std::string("w0"),
        "w" + std::to_string(depth / 2), "w" + std::to_string(depth - 1)})
    CHECK(out.find(word) != std::string::npos);
}

}  // namespace

TEST_CASE("an HTML page of 100 000 nested <div> converts, its text kept") {
  check_converts("div", nested("<div>", "</div>", 100'000), 100'000);
}

TEST_CASE("an HTML page of 100 000 nested <b> converts, its text kept") {
  check_converts("b", nested("<b>", "</b>", 100'000), 100'000);
}

TEST_CASE("an HTML page of 100 000 unclosed <span><b><i> converts, its text kept") {
  std::string page = "<!doctype html><p>Outside.</p><p>";
  for (int i = 0; i < 100'000; ++i) page += "<span><b><i>w" + std::to_string(i) + " ";
  page += "BOTTOM</p><p>After.</p>";
  check_converts("span-b-i", page, 100'000);
}
