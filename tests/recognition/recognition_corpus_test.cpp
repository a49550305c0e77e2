// The recognition rate over a corpus of original interviews that reproduce real published
// layouts. Each `NAME.txt` (or `.md`, `.html`) has a `NAME.expected` beside it:
//
//   layout: published            the layout the reader must report ("article": no interview)
//   title: ...                   metadata that must be read (any of title, subtitle, authors,
//   interviewee: N | R | U | O | C   date, series; authors separated by "; ")
//   Q: question text             every question, in order, as plain text
//
// The test prints files exact, questions found and false questions, and fails below 100 %.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "govtech/testing.hpp"

namespace fs = std::filesystem;
using namespace govtech;

namespace {

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

struct Expected {
  std::map<std::string, std::string> fields;
  std::vector<std::string> questions;
};

Expected parse_expected(const std::string& text) {
  Expected e;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const std::size_t colon = line.find(": ");
    REQUIRE(colon != std::string::npos);
    std::string key = line.substr(0, colon);
    std::string value = line.substr(colon + 2);
    if (key == "Q") {
      e.questions.push_back(value);
    } else {
      e.fields[key] = value;
    }
  }
  return e;
}

std::string joined(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? sep : "") + parts[i];
  return out;
}

std::string field_of(const Document& doc, const std::string& key,
                     const std::vector<std::pair<std::string, std::string>>& facts) {
  const Metadata& m = doc.meta;
  if (key == "layout") {
    for (const auto& [k, v] : facts) {
      if (k == "layout") return v;
    }
    return "";
  }
  if (key == "title") return m.title;
  if (key == "subtitle") return m.subtitle;
  if (key == "authors") return joined(m.authors, "; ");
  if (key == "date") return m.date;
  if (key == "series") return m.series;
  if (key == "interviewee name") return m.interviewee.name;
  if (key == "speakers") {
    // The question and answer speakers of each entry: "Host>Guest; Host>Guest".
    std::vector<std::string> pairs;
    for (const QandA& e : doc.entries) pairs.push_back(e.question_speaker + ">" + e.answer_speaker);
    return joined(pairs, "; ");
  }
  if (key == "first answer") {
    return doc.entries.empty() || doc.entries[0].answer.empty() ||
                   !doc.entries[0].answer[0].as<Paragraph>()
               ? ""
               : plain_text(doc.entries[0].answer[0].as<Paragraph>()->content);
  }
  if (key == "interviewee") {
    const Person& p = m.interviewee;
    return p.name + " | " + p.role + " | " + p.unit + " | " + p.organisation + " | " + p.country;
  }
  FAIL("unknown key in an expected file: " << key);
  return "";
}

}  // namespace

TEST_CASE("every interview of the corpus is recognised, header and questions", "[recognition]") {
  const fs::path corpus = fs::path(GOVTECH_SOURCE_DIR) / "tests/recognition/corpus";
  std::map<std::string, Provided<Reader>> readers;
  std::size_t files = 0, exact = 0, expected_questions = 0, found = 0, false_questions = 0;
  std::vector<fs::path> inputs;
  std::ostringstream report;  // what differs, file by file
  for (const auto& entry : fs::directory_iterator(corpus)) {
    if (entry.path().extension() != ".expected") inputs.push_back(entry.path());
  }
  std::sort(inputs.begin(), inputs.end());
  REQUIRE(inputs.size() >= 10);
  for (const fs::path& input : inputs) {
    const std::string format = input.extension() == ".md"     ? "markdown"
                               : input.extension() == ".html" ? "html"
                                                              : "text";
    if (!readers.count(format)) {
      readers.emplace(format, testing::load_reader(GOVTECH_PLUGIN_DIR, format));
    }
    fs::path expected_path = input;
    expected_path.replace_extension(".expected");
    INFO(input.filename().string());
    REQUIRE(fs::exists(expected_path));
    const Expected expected = parse_expected(slurp(expected_path));
    ConversionSettings settings;
    Diagnostics diagnostics(input.filename().string());
    const Document doc =
        testing::read_from_string(*readers.at(format).handler, slurp(input), settings, diagnostics);
    const auto facts = diagnostics.facts();
    ++files;
    bool ok = true;
    for (const auto& [key, value] : expected.fields) {
      const std::string actual = field_of(doc, key, facts);
      if (actual != value) {
        ok = false;
        report << input.filename().string() << ": " << key << " is '" << actual << "', expected '"
               << value << "'\n";
      }
    }
    std::vector<std::string> actual;
    for (const QandA& e : doc.entries) actual.push_back(plain_text(e.question));
    expected_questions += expected.questions.size();
    for (const std::string& q : actual) {
      if (std::find(expected.questions.begin(), expected.questions.end(), q) !=
          expected.questions.end()) {
        ++found;
      } else {
        ++false_questions;
        ok = false;
        report << input.filename().string() << ": false question '" << q << "'\n";
      }
    }
    if (actual != expected.questions) {
      ok = false;
      report << input.filename().string() << ": questions were\n  " << joined(actual, "\n  ")
             << "\n";
    }
    exact += ok;
  }
  std::cout << report.str();
  std::cout << "recognition corpus: " << exact << "/" << files << " files exact, " << found << "/"
            << expected_questions << " questions found, " << false_questions
            << " false questions\n";
  CHECK(exact == files);
  CHECK(found == expected_questions);
  CHECK(false_questions == 0);
}
