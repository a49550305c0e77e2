// How well the language detector does on short texts: each of tests/languages/detection/
// cut to 20, 50, 100 and 200 characters. docs/languages.md shows the table this prints with
// GOVTECH_PRINT_DETECTION_TABLE=1.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <iostream>
#include <map>

#include "files.hpp"
#include "govtech/language_detection.hpp"

using namespace govtech::testing;

namespace {

constexpr const char* kLanguages[] = {"ko", "ja", "zh", "ar", "he", "hi",
                                      "id", "th", "fr", "es", "ru"};
constexpr std::size_t kLengths[] = {20, 50, 100, 200};

// The first `n` code points of `text`.
std::string prefix(const std::string& text, std::size_t n) {
  std::size_t i = 0;
  for (; i < text.size() && n > 0; --n) {
    ++i;
    while (i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) ++i;
  }
  return text.substr(0, i);
}

// "ko" when right, "(none)" when the detector would not say, "wrong: xx" otherwise.
std::string outcome(const std::string& language, std::size_t length) {
  std::string text = read_file(source_path("tests/languages/detection/" + language + ".txt"));
  const auto found = govtech::detect_language(prefix(text, length));
  if (!found) return "(none)";
  if (found->tag == language) return "✓ " + std::to_string(found->percent) + " %";
  return "✗ " + found->tag;
}

}  // namespace

TEST_CASE("detection is right at 100 characters and more, and silent rather than wrong below") {
  std::map<std::pair<std::string, std::size_t>, std::string> table;
  for (const char* language : kLanguages)
    for (std::size_t length : kLengths) table[{language, length}] = outcome(language, length);
  if (std::getenv("GOVTECH_PRINT_DETECTION_TABLE")) {
    std::cout << "| language |";
    for (std::size_t length : kLengths) std::cout << " " << length << " chars |";
    std::cout << "\n|---|";
    for (std::size_t i = 0; i < std::size(kLengths); ++i) std::cout << "---|";
    std::cout << "\n";
    for (const char* language : kLanguages) {
      std::cout << "| " << language << " |";
      for (std::size_t length : kLengths) std::cout << " " << table[{language, length}] << " |";
      std::cout << "\n";
    }
  }
  for (const char* language : kLanguages) {
    INFO(language);
    for (std::size_t length : kLengths) {
      INFO(length);
      const std::string& got = table[{language, length}];
      CHECK(got.rfind("✗", 0) != 0);  // never a wrong language
      if (length >= 100) CHECK(got.rfind("✓", 0) == 0);
    }
  }
}
