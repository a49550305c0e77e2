// The published layout: header line, byline, series line, then questions and answers separated
// by two blank lines, with the quirks real pasted pages have.
#include <catch2/catch.hpp>

#include "cli_runner.hpp"
#include "files.hpp"
#include "text_reader_support.hpp"

using namespace govtech;
using namespace govtech::testing;

namespace {

const std::string kNbsp = "\xC2\xA0";

Document amara() {
  return read_text(read_file(source_path("samples/women-in-govtech-amara-osei.txt")));
}

// A small interview in the published layout under `header`.
std::string interview_under(const std::string& header) {
  return header + "\n\nBy Ama Boateng\n\nGovTech Profiles 2021.\n\n" +
         "What do you do?\n\n\nI run the service desk.\n\n\nWhat is next?\n\n\nA new portal.\n";
}

}  // namespace

TEST_CASE("published: header line, byline and series line become metadata") {
  Document doc = amara();
  CHECK(doc.meta.title ==
        "Amara Osei, Head of Digital Services, Service Design Unit, Ministry of Communications and "
        "Digitalisation, Ghana");
  CHECK(doc.meta.interviewee.name == "Amara Osei");
  CHECK(doc.meta.interviewee.role == "Head of Digital Services");
  CHECK(doc.meta.interviewee.unit == "Service Design Unit");
  CHECK(doc.meta.interviewee.organisation == "Ministry of Communications and Digitalisation");
  CHECK(doc.meta.interviewee.country == "Ghana");
  CHECK(doc.meta.authors == std::vector<std::string>{"Kofi Mensah"});
  CHECK(doc.meta.series == "Women in GovTech Special Report 2020");
  CHECK(doc.intro.empty());
}

TEST_CASE("published: questions are found by blank lines, not punctuation") {
  Document doc = amara();
  REQUIRE(doc.entries.size() == 6);
  // Two sentences, trailing spaces dropped.
  CHECK(text_of(doc.entries[0].question) ==
        "How did you come to work in digital government? Tell us about your role.");
  // No question mark, trailing no-break space dropped.
  CHECK(text_of(doc.entries[5].question) == "Write a message for your future self.");
  // A trailing tab is white space too.
  CHECK(text_of(doc.entries[2].question) == "What does a good day at work look like for you?");
  CHECK(doc.entries[0].pos.line == 7);
  CHECK(doc.entries[5].pos.line == 47);
}

TEST_CASE("published: answer paragraphs split on single blank lines, NBSP lines included") {
  Document doc = amara();
  REQUIRE(doc.entries.size() == 6);
  std::vector<std::size_t> paragraphs;
  for (const auto& entry : doc.entries) paragraphs.push_back(entry.answer.size());
  CHECK(paragraphs == std::vector<std::size_t>{2, 3, 2, 2, 1, 1});
  // An answer paragraph that ends with '?' stays in the answer.
  CHECK(text_of(doc.entries[2].answer[1]) ==
        "Isn't that the whole reason to keep listening after a service goes live?");
  CHECK(doc.entries[1].answer[0].pos.line == 18);
  for (const auto& entry : doc.entries) {
    for (const auto& block : entry.answer) {
      CHECK(block.pos.line > 0);
      CHECK(text_of(block).find(kNbsp) == std::string::npos);
    }
  }
}

TEST_CASE("published: a question followed by an NBSP line and one blank") {
  std::string text =
      "Ana Lima, Analyst\n\nBy Rui Costa\n\nSeries 2020.\n\n"
      "First question?" +
      kNbsp + "\n" + kNbsp + "\n\nOne answer.\n" + kNbsp +
      "  \n\nSecond question?\n \t\n\nSecond answer.\n";
  Document doc = read_text(text);
  REQUIRE(doc.entries.size() == 2);
  CHECK(text_of(doc.entries[0].question) == "First question?");
  REQUIRE(doc.entries[0].answer.size() == 1);
  CHECK(text_of(doc.entries[0].answer[0]) == "One answer.");
  CHECK(text_of(doc.entries[1].answer[0]) == "Second answer.");
}

TEST_CASE("published: header fields by count") {
  auto person = [](const std::string& header) {
    return read_text(interview_under(header)).meta.interviewee;
  };
  Person two = person("Ana Lima, Analyst");
  CHECK((two.name == "Ana Lima" && two.role == "Analyst" && two.organisation.empty()));
  Person three = person("Ana Lima, Analyst, Treasury");
  CHECK((three.role == "Analyst" && three.organisation == "Treasury" && three.country.empty()));
  Person four = person("Ana Lima, Analyst, Treasury, Brazil");
  CHECK((four.organisation == "Treasury" && four.country == "Brazil" && four.unit.empty()));
  Person five = person("Ana Lima, Analyst, Data Unit, Treasury, Brazil");
  CHECK((five.unit == "Data Unit" && five.organisation == "Treasury" && five.country == "Brazil"));
  Person six = person("Ana Lima, Analyst, Data Unit, Payments Division, Treasury, Brazil");
  CHECK(six.unit == "Data Unit, Payments Division");
  CHECK(six.organisation == "Treasury");
  CHECK(six.country == "Brazil");
}

TEST_CASE("published: the title is the header line unless -M title= is given") {
  std::string path = source_path("samples/women-in-govtech-lucia-fernandez.txt").string();
  CliResult plain = run_cli({path, "-t", "json", "-o", "-"});
  REQUIRE(plain.exit_code == 0);
  CHECK_THAT(plain.out, Catch::Contains("\"title\": \"Lucía Fernández, Chief Data Officer, "
                                        "Agency for Digital Government, Uruguay\""));
  CliResult titled = run_cli({path, "-t", "json", "-o", "-", "-M", "title=Data in the open"});
  REQUIRE(titled.exit_code == 0);
  CHECK_THAT(titled.out, Catch::Contains("\"title\": \"Data in the open\""));
  CHECK_THAT(titled.out, Catch::Contains("\"name\": \"Lucía Fernández\""));
}

TEST_CASE("published: a closing note after the last answer is trailing, not a question") {
  Document doc = read_text(read_file(source_path("samples/women-in-govtech-lucia-fernandez.txt")));
  REQUIRE(doc.entries.size() == 3);
  CHECK(doc.meta.authors == std::vector<std::string>{"Ingrid Solberg", "Tomás Rivera"});
  REQUIRE(doc.trailing.size() == 1);
  CHECK(text_of(doc.trailing[0]) == "This interview has been edited for length and clarity.");
}

TEST_CASE("published: a stray double blank inside an answer does not shift the questions") {
  std::string text =
      "Ana Lima, Analyst\n\nBy Rui Costa\n\nSeries 2020.\n\nFirst question?\n\n\n"
      "Answer one, paragraph one.\n\n\nAnd it was short.\n\n\nSecond question?\n\n\n"
      "Answer two.\n";
  Document doc = read_text(text);
  REQUIRE(doc.entries.size() == 2);
  CHECK(doc.entries[0].answer.size() == 2);
  CHECK(text_of(doc.entries[1].question) == "Second question?");
}

TEST_CASE("published: double-spaced prose is not taken for an interview") {
  std::string text =
      "A walk through the archive\n\nBy Rui Costa\n\n"
      "The archive opened in 1931 and has moved three times since then, each time to a larger "
      "building further from the centre of the city, and each time with fewer visitors.\n\n\n"
      "Its newest building is a converted warehouse by the port, where the reading room looks "
      "out over the cranes and the container ships that come and go every day.\n\n\n"
      "The staff say that the move was the best thing that happened to the collection.\n";
  Document doc = read_text(text);
  CHECK(doc.entries.empty());
  CHECK(doc.intro.size() == 5);
}
