// Big inputs must read in linear time and memory. No timing assertions: a quadratic reader
// would simply not finish these within the test timeout.
#include <catch2/catch.hpp>

#include "text_reader_support.hpp"

using namespace govtech;
using namespace govtech::testing;

TEST_CASE("a 20 MB published interview is read whole") {
  std::string text = "Ana Lima, Analyst, Treasury\n\nBy Rui Costa\n\nSeries 2020.\n\n";
  const std::string answer(400, 'a');
  std::size_t pairs = 0;
  while (text.size() < 20u * 1024 * 1024) {
    text += "Question number " + std::to_string(++pairs) + "?\xC2\xA0\n\n\n";
    text += answer + " first paragraph.\n\n" + answer + " second paragraph?\n\xC2\xA0\n\n";
  }
  Document doc = read_text(text);
  REQUIRE(doc.entries.size() == pairs);
  CHECK(doc.entries.back().answer.size() == 2);
  CHECK(text_of(doc.entries.back().question) == "Question number " + std::to_string(pairs) + "?");
}

TEST_CASE("a 5 MB single line is one paragraph") {
  std::string line;
  line.reserve(5u * 1024 * 1024 + 16);
  while (line.size() < 5u * 1024 * 1024)
    line +=
        "word\xC2\xA0"
        "and\tmore: ";
  Document doc = read_text(line + "\n");
  CHECK(doc.entries.empty());
  REQUIRE(doc.intro.size() == 1);
  CHECK(text_of(doc.intro[0]).size() > 4u * 1024 * 1024);
}

TEST_CASE("20 MB of transcript turns on consecutive lines") {
  std::string text = "Host: Rui Costa\nGuest: Ana Lima\n\n";
  std::size_t turns = 0;
  while (text.size() < 20u * 1024 * 1024) {
    text += "RUI: Why is that, in your view?\nANA: Because of the rules, mostly.\n";
    ++turns;
  }
  Document doc = read_text(text);
  REQUIRE(doc.entries.size() == turns);
  CHECK(doc.entries[0].question_speaker == "RUI");
}
