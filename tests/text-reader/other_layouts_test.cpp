// Q:/A:, numbered and transcript interviews, and text that is no interview at all.
#include <catch2/catch.hpp>

#include "files.hpp"
#include "text_reader_support.hpp"

using namespace govtech;
using namespace govtech::testing;

namespace {

Document sample(const std::string& name) {
  return read_text(read_file(source_path("samples/" + name + ".txt")));
}

}  // namespace

TEST_CASE("qa: header block, colon in the title, unprefixed continuation paragraphs") {
  Document doc = sample("qa-digital-identity-interview");
  CHECK(doc.meta.title == "Digital identity: what Estonia taught a small island state");
  CHECK(doc.meta.interviewee.name == "Mereana Tui");
  CHECK(doc.meta.interviewee.role == "Director of Digital Identity");
  CHECK(doc.meta.interviewee.country == "Cook Islands");
  CHECK(doc.meta.authors == std::vector<std::string>{"Daniel Okafor"});
  CHECK(doc.meta.date == "2021-03-15");
  CHECK(doc.meta.series == "GovTech Voices");
  REQUIRE(doc.intro.size() == 1);
  REQUIRE(doc.entries.size() == 4);
  CHECK(text_of(doc.entries[2].question) == "What went wrong?");
  CHECK(doc.entries[2].pos.line == 19);
  CHECK(doc.entries[2].answer.size() == 2);
  CHECK(doc.entries[3].answer.size() == 2);
  for (const auto& entry : doc.entries) CHECK(entry.question_speaker.empty());
}

TEST_CASE("qa: a title line without a key, hard-wrapped questions, answers without A:") {
  Document doc = read_text(
      "Talking procurement: an interview\n\nQ: How long does a tender take,\n"
      "from start to finish?\nA: Too long.\n\nQ: Why?\n\nBecause every step is on paper.\n");
  CHECK(doc.meta.title == "Talking procurement: an interview");
  REQUIRE(doc.entries.size() == 2);
  CHECK(text_of(doc.entries[0].question) == "How long does a tender take,\nfrom start to finish?");
  CHECK(text_of(doc.entries[0].answer.at(0)) == "Too long.");
  CHECK(text_of(doc.entries[1].answer.at(0)) == "Because every step is on paper.");
}

TEST_CASE("numbered: title, Interview by line, both 1. and 1) forms") {
  Document doc = sample("numbered-open-data-interview");
  CHECK(doc.meta.title == "Open data in the districts: ten years on");
  CHECK(doc.meta.authors == std::vector<std::string>{"Priya Raman"});
  REQUIRE(doc.intro.size() == 1);
  REQUIRE(doc.entries.size() == 4);
  CHECK(text_of(doc.entries[0].question) == "How did the district pilot begin?");
  CHECK(text_of(doc.entries[2].question) == "Which tools did you use?");
  CHECK(text_of(doc.entries[3].question) ==
        "Write one piece of advice for a council starting today.");
  // The answer directly under question 2, with no blank line between.
  REQUIRE(doc.entries[1].answer.size() == 1);
  CHECK(doc.entries[1].answer[0].pos.line == 14);
  // A lead-in line and its bullet list.
  REQUIRE(doc.entries[2].answer.size() == 3);
  CHECK(doc.entries[2].answer[1].kind() == BlockKind::bullet_list);
  CHECK(doc.entries[2].answer[1].as<BulletList>()->items.size() == 3);
}

TEST_CASE("numbered: a list inside an answer is not taken for questions") {
  Document doc = read_text(
      "Interview by Rui Costa\n\n1. What are your priorities?\n\n"
      "1. Faster payments\n2. Fewer forms\n\n2. And after that?\n\nRest.\n");
  REQUIRE(doc.entries.size() == 2);
  REQUIRE(doc.entries[0].answer.size() == 1);
  CHECK(doc.entries[0].answer[0].kind() == BlockKind::ordered_list);
  CHECK(text_of(doc.entries[1].question) == "And after that?");
}

TEST_CASE("transcript: Host/Guest headers, speaker labels kept on the entries") {
  Document doc = sample("transcript-govtech-podcast");
  CHECK(doc.meta.authors == std::vector<std::string>{"Sipho Ndlovu"});
  CHECK(doc.meta.interviewee.name == "Elena Vasquez");
  CHECK(doc.meta.interviewee.organisation == "Department of Social Development");
  REQUIRE(doc.entries.size() == 4);
  for (const auto& entry : doc.entries) {
    CHECK(entry.question_speaker == "SIPHO");
    CHECK(entry.answer_speaker == "ELENA");
  }
  // The host's welcome and first question are one run of turns: one question.
  CHECK(text_of(doc.entries[0].question).find("what problem were you trying to solve?") !=
        std::string::npos);
  // A continuation paragraph without a label stays with the guest.
  CHECK(doc.entries[0].answer.size() == 2);
  // The host's closing thanks has no answer: it follows the entries.
  REQUIRE(doc.trailing.size() == 1);
  CHECK(text_of(doc.trailing[0]) == "**SIPHO:** Elena Vasquez, thank you for joining us.");
}

TEST_CASE("transcript: without headers, the speaker who asks is the interviewer") {
  Document doc = read_text(
      "MARTA: Thanks for having me.\n\nJON: Why did the project start?\n\n"
      "MARTA: Because the old system failed.\n\nJON: What did you learn?\n\n"
      "MARTA: To test early.\n");
  REQUIRE(doc.entries.size() == 2);
  CHECK(doc.entries[0].question_speaker == "JON");
  CHECK(doc.entries[0].answer_speaker == "MARTA");
  // The guest's words before any question are the introduction, with their label.
  REQUIRE(doc.intro.size() == 1);
  CHECK(text_of(doc.intro[0]) == "**MARTA:** Thanks for having me.");
}

TEST_CASE("plain text: no invented questions, every paragraph kept") {
  Document doc = sample("essay-not-an-interview");
  CHECK(doc.entries.empty());
  CHECK(doc.meta.title.empty());
  CHECK(doc.intro.size() == 7);
  CHECK(doc.intro[5].kind() == BlockKind::bullet_list);
  Document questions = read_text(
      "Some questions to ask yourself.\n\nIs the form needed?\n\nWho reads it?\n\nWhy?\n");
  CHECK(questions.entries.empty());
  CHECK(questions.intro.size() == 4);
}

TEST_CASE("the text-layout option forces a layout or explains why it does not fit") {
  Document doc = read_text(read_file(source_path("samples/qa-digital-identity-interview.txt")),
                           {{"text-layout", "plain"}});
  CHECK(doc.entries.empty());
  CHECK_THROWS_WITH(read_text("Just a sentence.\n", {{"text-layout", "qa"}}),
                    Catch::Contains("does not follow the 'qa' layout"));
  CHECK_THROWS_WITH(read_text("x\n", {{"text-layout", "poetry"}}),
                    Catch::Contains("unknown text layout"));
}
