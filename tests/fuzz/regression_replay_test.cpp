// Replays every input kept in tests/fuzz/regressions/ (inputs that once crashed, hung or
// produced bad output) and every sample the fuzzers start from through every reader alone
// and every reader -> writer path of the normal build, with the same checks the fuzz targets
// apply. Each kept input must come with a "<name>.why" file saying what it once broke.
#include <catch2/catch.hpp>
#include <sstream>
#include <vector>

#include "conversion_checker.hpp"
#include "files.hpp"

using namespace govtech::testing;

namespace {

std::vector<std::string> split_list(const std::string& list) {
  std::vector<std::string> items;
  std::stringstream in(list);
  for (std::string item; std::getline(in, item, ',');) items.push_back(item);
  return items;
}

std::vector<fs::path> regression_inputs() {
  std::vector<fs::path> inputs;
  for (const auto& entry : fs::directory_iterator(source_path("tests/fuzz/regressions"))) {
    if (entry.is_regular_file() && entry.path().extension() != ".why" &&
        entry.path().filename() != "README.md") {
      inputs.push_back(entry.path());
    }
  }
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

// The kept inputs and the fuzzers' seeds from tests/fuzz/seeds and samples/.
std::vector<fs::path> replayed_inputs() {
  std::vector<fs::path> inputs = regression_inputs();
  for (const auto& entry : fs::directory_iterator(source_path("tests/fuzz/seeds"))) {
    if (entry.is_regular_file() && entry.path().extension() == ".md" &&
        entry.path().filename() != "README.md") {
      inputs.push_back(entry.path());
    }
  }
  for (const auto& entry : fs::directory_iterator(source_path("samples"))) {
    const auto ext = entry.path().extension();
    if (entry.is_regular_file() && (ext == ".txt" || ext == ".md")) inputs.push_back(entry.path());
  }
  return inputs;
}

}  // namespace

TEST_CASE("every kept fuzz input says why it exists") {
  const auto inputs = regression_inputs();
  for (const auto& input : inputs) {
    fs::path why = input;
    why += ".why";
    INFO(input);
    REQUIRE(fs::exists(why));
    CHECK(read_file(why).size() > 20);
  }
}

TEST_CASE("every kept fuzz input and sample converts or is refused cleanly on every path") {
  govtech::checks::ConversionChecker checker(GOVTECH_PLUGIN_DIR,
                                             source_path("tests/fuzz/resources").string());
  const auto readers = split_list(FUZZ_READERS);
  const auto writers = split_list(FUZZ_WRITERS);
  for (const auto& reader : readers) {
    for (const auto& writer : writers) {
      INFO(reader << " -> " << writer);
      REQUIRE(checker.available(reader, writer));  // a missing plugin fails, never skips
    }
  }
  const auto inputs = replayed_inputs();
  REQUIRE(inputs.size() > 4);
  for (const auto& input : inputs) {
    const std::string bytes = read_file(input);
    for (const auto& reader : readers) {
      for (const std::string& writer : [&] {
             auto all = writers;
             all.insert(all.begin(), "");
             return all;
           }()) {
        INFO(input.filename().string()
             << ": " << reader << " -> " << (writer.empty() ? "(read only)" : writer));
        CHECK(checker.check(reader, writer, bytes) == std::string());
      }
    }
  }
}
