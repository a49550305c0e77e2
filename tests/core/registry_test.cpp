#include <catch2/catch.hpp>

#include <algorithm>

#include "files.hpp"
#include "govtech/pipeline.hpp"
#include "govtech/registry.hpp"

using namespace govtech;
using govtech::testing::TempDir;

namespace {

// Not for a temporary list: the record returned points into it.
const PluginRecord* record_for(std::vector<PluginRecord>&& records,
                               const std::string& file) = delete;
const PluginRecord* record_for(const std::vector<PluginRecord>& records, const std::string& file) {
  for (const auto& r : records) {
    if (r.path.size() >= file.size() && r.path.ends_with("/" + file)) return &r;
  }
  return nullptr;
}

// An API version other than this one, as the fixtures of another version are built for.
const int kOtherApi = kPluginApiVersion > 1 ? kPluginApiVersion - 1 : kPluginApiVersion + 1;

std::string version_message(int built_for) {
  return "built for plugin API version " + std::to_string(built_for) +
         ", but this govtech-convert expects version " + std::to_string(kPluginApiVersion) +
         "; rebuild the plugin against it";
}

bool any_mentions(const std::vector<std::string>& lines, std::initializer_list<std::string> all) {
  return std::any_of(lines.begin(), lines.end(), [&](const std::string& line) {
    return std::all_of(all.begin(), all.end(),
                       [&](const std::string& part) { return line.find(part) != line.npos; });
  });
}

// A registry whose first folder holds a copy of `file` from `folder`, which comes second: a
// plugin replaced by a newer one of the same name.
struct Replaced {
  Replaced(const std::string& folder, const std::string& file)
      : original(folder + "/" + file), replacement((early / file).string()) {
    std::filesystem::copy_file(original, replacement);
    registry.add_folder(early.path().string());
    registry.add_folder(folder);
  }
  TempDir early;
  std::string original;
  std::string replacement;
  Registry registry;
};

}  // namespace

TEST_CASE("the registry skips every kind of bad plugin file with a reason, and loads the good") {
  Registry registry;
  registry.add_folder(FIXTURE_PLUGIN_DIR);
  registry.load_all();
  auto records = registry.plugins();
  auto warnings = registry.take_warnings();

  struct Expect {
    const char* file;
    bool loaded;
    const char* reason;
  };
  for (Expect e : {Expect{"fixture-writer.so", true, ""},
                   Expect{"empty.so", false, "not a loadable shared library"},
                   Expect{"text.so", false, "not a loadable shared library"},
                   Expect{"truncated.so", false, "not a loadable shared library"},
                   Expect{"ordinary.so", false, "no govtech_plugin_entry symbol"},
                   Expect{"wrong-api.so", false, "built for plugin API version 999"},
                   Expect{"throwing-registration.so", false, "cannot initialise"},
                   Expect{"zz-duplicate-format.so", false, "already provided"},
                   Expect{"zz-alias-shadow.so", true, ""}}) {
    INFO(e.file);
    const PluginRecord* r = record_for(records, e.file);
    REQUIRE(r != nullptr);
    CHECK(r->loaded == e.loaded);
    CHECK_THAT(r->reason, Catch::Contains(e.reason));
    if (!e.loaded) {
      bool warned = std::any_of(warnings.begin(), warnings.end(), [&](const std::string& w) {
        return w.find(e.file) != std::string::npos;
      });
      CHECK(warned);
    }
  }
  const PluginRecord* wrong = record_for(records, "wrong-api.so");
  CHECK_THAT(wrong->reason,
             Catch::Contains("expects version " + std::to_string(kPluginApiVersion)));

  auto writer = registry.writer("fixture");
  REQUIRE(writer);
  CHECK(writer.entry.plugin == "fixture");
  CHECK(registry.reader("FX"));  // aliases, any case
  CHECK(registry.reader("FX").entry.plugin == "fixture");
  CHECK_FALSE(registry.writer("never-registered"));
  CHECK_FALSE(registry.writer("no-such-format"));
}

TEST_CASE("the first folder in search order wins") {
  TempDir early;
  std::filesystem::copy_file(std::string(FIXTURE_PLUGIN_DIR) + "/zz-duplicate-format.so",
                             early / "zz-duplicate-format.so");
  Registry registry;
  registry.add_folder(early.path().string());
  registry.add_folder(FIXTURE_PLUGIN_DIR);
  auto writer = registry.writer("fixture");
  REQUIRE(writer);
  CHECK(writer.entry.plugin == "duplicate");
}

TEST_CASE("the registry loads only what a lookup needs") {
  Registry registry;
  registry.add_folder(FIXTURE_PLUGIN_DIR);
  REQUIRE(registry.writer("fixture"));
  // fixture-writer.so is named after the format and role, so it is the only file opened.
  auto records = registry.plugins();
  REQUIRE(records.size() == 1);
  CHECK(records[0].path.ends_with("fixture-writer.so"));
  CHECK(registry.reader_for_extension("FIXTURE"));
  CHECK(registry.reader_by_probe("FIXTURE\nline"));
  CHECK_FALSE(registry.reader_by_probe("something else"));
}

TEST_CASE("objects from a plugin keep it loaded after the registry is gone") {
  Provided<Writer> writer;
  {
    Registry registry;
    registry.add_folder(FIXTURE_PLUGIN_DIR);
    writer = registry.writer("fixture");
  }
  REQUIRE(writer);
  Document doc;
  doc.meta.title = "kept";
  Options options;
  Diagnostics diagnostics;
  WriteContext ctx{"x", options, diagnostics, {}, {}};
  StringSink sink;
  writer.handler->write(doc, ctx, sink);
  CHECK(sink.str() == "kept|0|\n");
}

TEST_CASE("exceptions from a plugin become errors that name the plugin") {
  Registry registry;
  registry.add_folder(FIXTURE_PLUGIN_DIR);
  Document doc;
  ConversionSettings settings;
  Diagnostics diagnostics("in.txt");
  StringSink sink;
  auto explode = registry.writer("explode");
  REQUIRE(explode);
  try {
    write_document(explode, doc, "in.txt", ".", settings, diagnostics, sink);
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::plugin);
    CHECK_THAT(e.what(), Catch::Contains("in.txt") && Catch::Contains("misbehaving") &&
                             Catch::Contains("kaboom"));
  }
  CHECK_THROWS_WITH(write_document(registry.writer("explode-oddly"), doc, "in.txt", ".", settings,
                                   diagnostics, sink),
                    Catch::Contains("unknown type"));
}

TEST_CASE("the search path puts --plugin-dir first, then the environment") {
  setenv("GOVTECH_CONVERT_PLUGIN_PATH", "/env/one::/env/two", 1);
  auto path = plugin_search_path({"/cli/dir"}, "/opt/gc/bin/govtech-convert");
  unsetenv("GOVTECH_CONVERT_PLUGIN_PATH");
  REQUIRE(path.size() >= 4);
  CHECK(path[0] == "/cli/dir");
  CHECK(path[1] == "/env/one");
  CHECK(path[2] == "/env/two");
  CHECK(path.back().rfind("/opt/gc/", 0) == 0);
  CHECK(path.back().ends_with("govtech-convert/plugins"));
}

TEST_CASE("a plugin of another API version is refused with the version message, unloaded") {
  // Both link libgovtech-convert.so.<other>, which dlopen() could not find here: the message
  // comes from the file itself. The second's entry even claims this version.
  Registry registry;
  registry.add_folder(FIXTURE_PLUGIN_DIR);
  CHECK_FALSE(registry.writer("other-api"));
  CHECK_FALSE(registry.writer("other-core"));
  auto records = registry.plugins();
  for (const char* file : {"other-api-writer.so", "other-core-writer.so"}) {
    INFO(file);
    const PluginRecord* r = record_for(records, file);
    REQUIRE(r != nullptr);
    CHECK_FALSE(r->loaded);
    CHECK(r->reason == version_message(kOtherApi));
    CHECK(r->api_version == kOtherApi);
  }
  CHECK(any_mentions(registry.take_warnings(),
                     {"skipped plugin ", "other-api-writer.so: ", version_message(kOtherApi)}));
}

TEST_CASE("a format or alias that another plugin has already is announced, naming both") {
  Registry registry;
  registry.add_folder(FIXTURE_PLUGIN_DIR);
  registry.load_all();
  const std::string first = std::string(FIXTURE_PLUGIN_DIR) + "/fixture-writer.so";
  auto warnings = registry.take_warnings();
  // The same format name: the later plugin's writer is left out.
  CHECK(any_mentions(warnings, {"zz-duplicate-format.so",
                                "the writer 'fixture' is already "
                                "provided by " +
                                    first + ", which wins: it was found first"}));
  // The same alias: the later plugin loads, the alias stays with the first.
  CHECK(any_mentions(warnings, {"plugin ",
                                "zz-alias-shadow.so loaded, but its reader "
                                "'fixture-alias' answers to 'fx', as does the reader "
                                "'fixture' of " +
                                    first + ", which wins: it was found first"}));
  const std::vector<PluginRecord> records = registry.plugins();  // held: record_for points into it
  const PluginRecord* alias = record_for(records, "zz-alias-shadow.so");
  REQUIRE(alias != nullptr);
  REQUIRE(alias->shadowing.size() == 1);
  CHECK(registry.reader("fx").entry.plugin == "fixture");
  CHECK(registry.reader("fixture-alias").entry.plugin == "alias-shadow");
  // Each clash is told once.
  registry.load_all();
  CHECK(registry.take_warnings().empty());
}

TEST_CASE("a plugin that replaces one of the same name in a later folder is announced") {
  Replaced replaced(FIXTURE_PLUGIN_DIR, "fixture-writer.so");
  auto writer = replaced.registry.writer("fixture");
  REQUIRE(writer);
  CHECK(writer.entry.plugin_path == replaced.replacement);
  CHECK(any_mentions(
      replaced.registry.take_warnings(),
      {replaced.original, "already provided by " + replaced.replacement, "which wins"}));
  // Only the two files of that name were opened.
  CHECK(replaced.registry.plugins().size() == 2);
}

TEST_CASE("a conversion from .txt to json loads the text reader and the json writer only") {
  Registry registry;
  registry.add_folder(GOVTECH_PLUGIN_DIR);
  REQUIRE(registry.writer("json"));
  auto reader = registry.reader_for_extension("txt");
  REQUIRE(reader);
  CHECK(reader.entry.info.name == "text");
  std::vector<std::string> opened;
  for (const auto& r : registry.plugins()) {
    opened.push_back(std::filesystem::path(r.path).filename().string());
  }
  std::sort(opened.begin(), opened.end());
  CHECK(opened == std::vector<std::string>{"json-writer.so", "text-reader.so"});
  // The guess by name is only an order: .md still finds the Markdown reader.
  CHECK(registry.reader_for_extension("md").entry.info.name == "markdown");
}

TEST_CASE("an output file name finds the writer that claims its extension") {
  Registry registry;
  registry.add_folder(GOVTECH_PLUGIN_DIR);
  REQUIRE(registry.writer_for_file_name("Book.EPUB"));
  CHECK(registry.writer_for_file_name("Book.EPUB").entry.info.name == "epub");
  // Named after the extension's format: the only plugin opened.
  REQUIRE(registry.plugins().size() == 1);
  CHECK(registry.writer_for_file_name("a.b.json").entry.info.name == "json");
  CHECK(registry.writer_for_file_name("page.htm").entry.info.name == "html");
  CHECK(registry.writer_for_file_name("article.dbk").entry.info.name == "docbook");
  CHECK(registry.writer_for_file_name("article.xml").entry.info.name == "docbook");
  CHECK_FALSE(registry.writer_for_file_name(".epub"));  // a hidden file, no extension
  CHECK_FALSE(registry.writer_for_file_name("epub"));
  CHECK_FALSE(registry.writer_for_file_name("notes.md"));  // only readers claim it

  // An extension of two parts is matched whole.
  Registry fixtures;
  fixtures.add_folder(FIXTURE_PLUGIN_DIR);
  CHECK(fixtures.writer_for_file_name("out.fx.txt").entry.info.name == "fixture");
}

TEST_CASE("an alias finds its plugin by the letters of its name, loading no other") {
  for (auto [alias, file] : {std::pair{"md", "markdown-reader.so"}, {"txt", "text-reader.so"}}) {
    INFO(alias);
    Registry registry;
    registry.add_folder(GOVTECH_PLUGIN_DIR);
    REQUIRE(registry.reader(alias));
    auto records = registry.plugins();
    REQUIRE(records.size() == 1);
    CHECK(records[0].path.ends_with(std::string("/") + file));
  }
}

TEST_CASE("a replacement that another lookup happens to load is announced as well") {
  // The json writer is looked for in the earlier folder first, which loads its Markdown
  // reader: the bundled one it replaces must be named then, not only when Markdown is read.
  Replaced replaced(GOVTECH_PLUGIN_DIR, "markdown-reader.so");
  REQUIRE(replaced.registry.writer("json"));
  CHECK(any_mentions(
      replaced.registry.take_warnings(),
      {replaced.original, "the reader 'markdown' is already provided by " + replaced.replacement,
       "which wins"}));
}
