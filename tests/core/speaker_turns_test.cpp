#include <catch2/catch.hpp>

#include "govtech/speaker_turns.hpp"

using namespace govtech;

namespace {

Block said(const std::string& name, const std::string& text) {
  return Paragraph{{Strong{{Text{name}}}, Text{": " + text}}};
}

}  // namespace

TEST_CASE("a leading label goes, inside formatting too, and nothing after it") {
  Inlines in{Strong{{Text{"Mara"}, Emphasis{{Text{" Lind:"}}}}}, Text{"  Why "},
             Strong{{Text{"now"}}}, Text{"?"}};
  drop_leading_text(in, std::string("Mara Lind:").size());
  CHECK(plain_text(in) == "Why now?");
  REQUIRE(in.size() == 3);
  CHECK(in[1].as<Strong>());

  Inlines link{Text{"A: "}, Link{"https://x", "", {Text{"here"}}}};
  drop_leading_text(link, 10);  // a label never reaches into a link
  CHECK(plain_text(link) == "here");
}

TEST_CASE("speaker turns: the one who asks is the interviewer, a third voice keeps its label") {
  Blocks blocks{Paragraph{{Text{"Notes from a recorded conversation."}}},
                said("Mara Lind", "Thanks for coming."),
                said("Mara Lind", "What did the old form look like?"),
                said("Tomas Reyes", "Forty pages."),
                Paragraph{{Text{"Nobody finished it."}}},
                said("Producer", "The line dropped here."),
                said("Tomas Reyes", "So we cut it."),
                said("Mara Lind", "Who pushed back?"),
                said("Tomas Reyes", "Nobody, in the end.")};
  auto doc = read_speaker_turns(blocks);
  REQUIRE(doc);
  REQUIRE(doc->intro.size() == 1);
  REQUIRE(doc->entries.size() == 2);
  const QandA& first = doc->entries[0];
  CHECK(plain_text(first.question) == "Thanks for coming. What did the old form look like?");
  CHECK(first.question_speaker == "Mara Lind");
  CHECK(first.answer_speaker == "Tomas Reyes");
  REQUIRE(first.answer.size() == 4);
  CHECK(plain_text(first.answer[0].as<Paragraph>()->content) == "Forty pages.");
  CHECK(plain_text(first.answer[1].as<Paragraph>()->content) == "Nobody finished it.");
  CHECK(plain_text(first.answer[2].as<Paragraph>()->content) == "Producer: The line dropped here.");
  CHECK(plain_text(first.answer[3].as<Paragraph>()->content) == "So we cut it.");
}

TEST_CASE("speaker turns are not read where nobody asks, or one voice speaks, or labels are rare") {
  Blocks statements{said("Ana Ruiz", "We opened the data."), said("Ben Cole", "We used it."),
                    said("Ana Ruiz", "It helped."), said("Ben Cole", "It did.")};
  CHECK_FALSE(read_speaker_turns(statements));

  Blocks one_voice{said("Ana Ruiz", "Why open data?"), said("Ana Ruiz", "Why now?"),
                   said("Ana Ruiz", "Who pays?"), said("Ana Ruiz", "Who gains?")};
  CHECK_FALSE(read_speaker_turns(one_voice));

  Blocks rare{said("Ana Ruiz", "Why open data?"), said("Ben Cole", "Because."),
              said("Ana Ruiz", "Why now?"), said("Ben Cole", "Because.")};
  for (int i = 0; i < 8; ++i) rare.push_back(Paragraph{{Text{"A paragraph of the article."}}});
  CHECK_FALSE(read_speaker_turns(rare));
  CHECK(rare.size() == 12);  // untouched
  CHECK(plain_text(rare[0].as<Paragraph>()->content) == "Ana Ruiz: Why open data?");

  Blocks labelled{said("Q", "Why open data?"), said("A", "Because."), said("Q", "Why now?"),
                  said("A", "Because.")};
  CHECK_FALSE(read_speaker_turns(labelled));  // the Q/A layouts read these
}
