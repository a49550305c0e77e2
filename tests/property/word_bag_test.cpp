// Property: a Markdown document made of any mix of the constructs the reader knows converts
// to HTML, DocBook, JSON and EPUB, and every word of its text is in every output. Hundreds
// of documents a run, from a fixed seed (GOVTECH_PROPERTY_SEED and GOVTECH_PROPERTY_COUNT
// choose others); a failure names the seed, the document and its construct mix.
#include <catch2/catch.hpp>

#include <cctype>
#include <set>

#include <nlohmann/json.hpp>

#include "cli_runner.hpp"
#include "documents.hpp"
#include "epub_support.hpp"
#include "files.hpp"

using namespace govtech::testing;
using govtech::property::GeneratedDocument;

namespace {

constexpr std::uint64_t kSeed = 20261202;
constexpr unsigned kCount = 200;

// The words of `text`: runs of ASCII letters, in lower case.
void add_words(const std::string& text, std::set<std::string>& bag) {
  std::string word;
  for (char c : text + " ") {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    } else if (!word.empty()) {
      bag.insert(word);
      word.clear();
    }
  }
}

// The text of markup, tags left out (attribute values are not text a reader sees).
void add_markup_words(const std::string& markup, std::set<std::string>& bag) {
  std::string text;
  bool in_tag = false;
  for (char c : markup) {
    if (c == '<') in_tag = true;
    if (!in_tag) text += c;
    if (c == '>') in_tag = false, text += ' ';
  }
  add_words(text, bag);
}

void add_json_words(const nlohmann::json& value, std::set<std::string>& bag) {
  if (value.is_string()) add_words(value.get<std::string>(), bag);
  if (value.is_structured()) {
    for (const auto& item : value) add_json_words(item, bag);
  }
}

std::set<std::string> output_words(const std::string& format, const fs::path& file) {
  std::set<std::string> bag;
  const std::string bytes = read_file(file);
  if (format == "json") {
    add_json_words(nlohmann::json::parse(bytes), bag);
  } else if (format == "epub") {
    for (const auto& item : epubtest::open_epub(bytes).items) {
      if (item.name.ends_with(".xhtml")) add_markup_words(item.bytes, bag);
    }
  } else {
    add_markup_words(bytes, bag);
  }
  return bag;
}

}  // namespace

TEST_CASE("every word of a generated Markdown document is in each of its outputs") {
  const std::uint64_t seed = govtech::property::seed_from_environment(kSeed);
  const unsigned count = govtech::property::count_from_environment(kCount);
  TempDir dir;
  const auto documents = govtech::property::write_documents(dir / "in", seed, count);
  std::vector<std::string> inputs;
  for (const auto& doc : documents) inputs.push_back((dir / "in" / doc.name).string());

  const std::vector<std::pair<std::string, std::string>> formats = {
      {"html", ".html"}, {"docbook", ".xml"}, {"json", ".json"}, {"epub", ".epub"}};
  for (const auto& [format, extension] : formats) {
    INFO("seed " << seed << ", " << count << " documents to " << format);
    std::vector<std::string> args = {"-q", "-t", format,        "-O", (dir / format).string(),
                                     "-j", "2",  "--keep-going"};
    args.insert(args.end(), inputs.begin(), inputs.end());
    const CliResult run = run_cli(args);
    INFO(run.err);
    REQUIRE(run.exit_code == 0);
    for (const GeneratedDocument& doc : documents) {
      const fs::path output = dir / format / (fs::path(doc.name).stem().string() + extension);
      INFO(govtech::property::describe(seed, doc) << "\n--- input ---\n" << doc.markdown);
      REQUIRE(fs::exists(output));
      const std::set<std::string> bag = output_words(format, output);
      std::string missing;
      for (const auto& word : doc.words) {
        if (!bag.contains(word)) missing += " " + word;
      }
      INFO("words missing from " << output.filename().string() << ":" << missing);
      CHECK(missing.empty());
    }
  }
}
