// The installed plugin test helpers (<govtech/testing.hpp>) behave as the CLI does.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>

#include "govtech/testing.hpp"

using namespace govtech;

namespace {

// How deep the containers of a document go, as a writer that recurses would find out.
std::size_t depth(const Blocks& blocks) {
  std::size_t deepest = 0;
  for (const Block& block : blocks) {
    if (auto* quote = block.as<BlockQuote>()) deepest = std::max(deepest, 1 + depth(quote->blocks));
  }
  return deepest;
}

class DepthWriter final : public Writer {
 public:
  FormatInfo info() const override { return {.name = "depth"}; }
  void write(const Document& doc, WriteContext& ctx, Sink& out) const override {
    out.write(std::to_string(depth(doc.intro)) + " " + ctx.options.get("greeting"));
  }
};

class ResourceWriter final : public Writer {
 public:
  FormatInfo info() const override { return {.name = "resource"}; }
  void write(const Document&, WriteContext& ctx, Sink& out) const override {
    auto found = ctx.document_resource("picture.txt");
    out.write(found ? found->bytes : "missing");
  }
};

Document nested(std::size_t levels) {
  Block block = Paragraph{{Text{"deep"}}};
  for (std::size_t i = 0; i < levels; ++i) block = BlockQuote{{std::move(block)}};
  Document doc;
  doc.intro.push_back(std::move(block));
  return doc;
}

}  // namespace

TEST_CASE("load_writer loads a built plugin and write_to_string returns its bytes") {
  auto writer = testing::load_writer(FIXTURE_PLUGIN_DIR, "fixture");
  REQUIRE(writer);
  CHECK(writer.entry.plugin_path.ends_with("/fixture-writer.so"));
  Document doc;
  doc.meta.title = "T";
  doc.intro = {Paragraph{{Text{"one"}}}, Paragraph{{Text{"two"}}}};
  Options options;
  options.set("greeting", "hello");
  CHECK(testing::write_to_string(*writer.handler, doc, options) == "T|2|hello\n");
}

TEST_CASE("load_writer names the folder and why its files were skipped when none fits") {
  try {
    testing::load_writer(FIXTURE_PLUGIN_DIR, "no-such-format");
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::unavailable);
    CHECK_THAT(e.message(), Catch::Contains("writer of format 'no-such-format'"));
    CHECK_THAT(e.message(), Catch::Contains("wrong-api.so: built for plugin API version 999"));
  }
  CHECK_THROWS_WITH(testing::load_reader("/nonexistent/folder", "fixture"),
                    Catch::Contains("there is no such folder"));
}

TEST_CASE("read_from_string reports errors and warnings located in the test input") {
  auto reader = testing::load_reader(FIXTURE_PLUGIN_DIR, "fixture");
  ConversionSettings settings;
  settings.metadata = {{"title", "Overridden"}};
  Diagnostics diagnostics(testing::kTestInputName);
  Document doc = testing::read_from_string(*reader.handler, "a\nWARN\nb\n", settings, diagnostics);
  CHECK(doc.meta.title == "Overridden");
  CHECK(doc.intro.size() == 3);
  auto warnings = diagnostics.take();
  REQUIRE(warnings.size() == 1);
  CHECK(warnings[0].to_string() == "test-input:2:1: warning: a warning");

  CHECK_THROWS_WITH(testing::read_from_string(*reader.handler, "ok\nFAIL\n"),
                    "test-input:2:1: bad line");
}

TEST_CASE("a stray exception comes back as the plugin error a user would see") {
  auto writer = testing::load_writer(FIXTURE_PLUGIN_DIR, "explode");
  try {
    testing::write_to_string(*writer.handler, Document{});
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::plugin);
    CHECK_THAT(e.message(),
               Catch::Contains("explode-writer plugin failed") && Catch::Contains("kaboom"));
  }
}

TEST_CASE("write_to_string gives writers the pipeline's nesting limit, with a warning") {
  DepthWriter writer;
  Options options;
  options.set("greeting", "hi");
  CHECK(testing::write_to_string(writer, nested(10), options) == "10 hi");

  ConversionSettings settings;
  Diagnostics diagnostics(testing::kTestInputName);
  std::string out =
      testing::write_to_string(writer, nested(kMaxNesting + 50), settings, diagnostics);
  CHECK(std::stoul(out) <= kMaxNesting);
  CHECK(diagnostics.count() == 1);
}

TEST_CASE("write_to_string serves document resources from the given folder only") {
  ResourceWriter writer;
  CHECK(testing::write_to_string(writer, Document{}) == "missing");

  ConversionSettings settings;
  Diagnostics diagnostics(testing::kTestInputName);
  std::string folder = std::string(GOVTECH_BINARY_DIR) + "/tests/sdk/resources";
  std::filesystem::create_directories(folder);
  { std::ofstream(folder + "/picture.txt") << "pixels"; }
  CHECK(testing::write_to_string(writer, Document{}, settings, diagnostics, folder) == "pixels");
}
