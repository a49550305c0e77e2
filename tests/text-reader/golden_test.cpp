// Every sample interview, converted by the real CLI to the json dump and compared with the
// expected structure (checked by hand: question count, answer paragraphs, header fields).
#include <catch2/catch.hpp>

#include "cli_runner.hpp"
#include "files.hpp"

using namespace govtech::testing;

namespace {

void check_sample(const std::string& name) {
  INFO("sample " << name);
  CliResult r =
      run_cli({source_path("samples/" + name + ".txt").string(), "-t", "json", "-o", "-"});
  INFO(r.err);
  REQUIRE(r.exit_code == 0);
  std::string diff =
      check_golden(source_path("tests/text-reader/expected/" + name + ".json"), r.out);
  INFO(diff);
  CHECK(diff.empty());
}

}  // namespace

TEST_CASE("published layout with every quirk matches its expected json") {
  check_sample("women-in-govtech-amara-osei");
}

TEST_CASE("published layout with a two-author byline and a closing note matches") {
  check_sample("women-in-govtech-lucia-fernandez");
}

TEST_CASE("Q:/A: interview under a header block matches its expected json") {
  check_sample("qa-digital-identity-interview");
}

TEST_CASE("numbered interview matches its expected json") {
  check_sample("numbered-open-data-interview");
}

TEST_CASE("speaker-label transcript matches its expected json") {
  check_sample("transcript-govtech-podcast");
}

TEST_CASE("an essay is no interview: expected json has no entries") {
  check_sample("essay-not-an-interview");
}
