// The recogniser's cues and its decisions on small sequences of units.
#include <catch2/catch.hpp>

#include "govtech/recognise.hpp"

using namespace govtech;

TEST_CASE("question marks of every script are questions", "[recognition]") {
  CHECK(asks_question("What drew you here?"));
  CHECK(asks_question("Pourquoi maintenant\xC2\xA0?"));  // no-break space before ?
  CHECK(
      asks_question("\xC2\xBF"
                    "Qu\xC3\xA9 sigue?"));  // ¿Qué sigue?
  CHECK(asks_question("\xE4\xBD\x95\xE3\x81\xA7\xE3\x81\x99\xE3\x81\x8B\xEF\xBC\x9F"));  // ？
  CHECK(asks_question("\xD9\x83\xD9\x8A\xD9\x81\xD8\x9F"));                              // كيف؟
  CHECK(asks_question("\xCE\xA0\xCF\x8E\xCF\x82;"));                         // Πώς; (semicolon)
  CHECK(asks_question("\xCE\xA0\xCF\x8E\xCF\x82\xCD\xBE"));                  // Πώς; (U+037E)
  CHECK(asks_question("\xE1\x8A\xA5\xE1\x8D\xA7"));                          // Ethiopic ፧
  CHECK(asks_question("\xD5\x89\xD5\xAB\xD5\xB6\xD5\x9E\xD5\xB8\xD6\x82"));  // Armenian ՞
  CHECK(asks_question("\"Why not?\""));
  CHECK(asks_question("**What next?**"));
  CHECK_FALSE(asks_question("We shipped it; then we measured;"));  // Latin before ';'
  CHECK_FALSE(asks_question("Tell us about your role."));
  CHECK_FALSE(asks_question(""));
}

namespace {

std::vector<Unit> units_of(const std::vector<std::string>& lines, std::uint32_t blanks = 1) {
  std::vector<Unit> units;
  std::uint32_t n = 1;
  for (const auto& line : lines) {
    units.push_back(
        {.text = line, .pos = {n++, 1}, .blanks_before = blanks, .blanks_after = blanks});
  }
  return units;
}

}  // namespace

TEST_CASE("an article that asks rhetorically holds no interview", "[recognition]") {
  const std::vector<std::string> lines = {
      "Open data portals often go quiet after their launch, and the reasons are rarely technical. "
      "They are built centrally while the data belongs to departments that gain little.",
      "What goes wrong? Mostly ownership, and the incentives that come with it in every office.",
      "Some cities publish only what their own staff use each week, which keeps files fresh and "
      "makes an outdated dataset visible to colleagues before the public notices it.",
      "Is that enough?",
      "Probably not on its own, but it turns publishing into a habit, and habits last longer "
      "than launches do in any organisation."};
  const std::vector<Unit> units = units_of(lines);
  const Recognition r = recognise_interview(units);
  CHECK(r.layout.empty());
  CHECK(r.questions == 0);
  for (UnitRole role : r.roles) CHECK(role == UnitRole::body);
}

TEST_CASE("questions told by their wording alone, one per line", "[recognition]") {
  const std::vector<std::string> lines = {
      "How did you start?",
      "By accident: I answered an advertisement nobody else read, and the council hired me.",
      "Tell us about the team.",
      "There are nine of us, designers and developers, and two researchers in the field.",
      "What would you change?",
      "The procurement rules, which still buy software as if it were a bridge."};
  const std::vector<Unit> units = units_of(lines, 0);
  const Recognition r = recognise_interview(units);
  CHECK(r.layout == "unlabelled");
  CHECK(r.questions == 3);
  CHECK(r.roles[2] == UnitRole::question);
  CHECK(r.roles[3] == UnitRole::answer);
}

TEST_CASE("bold questions win over a rhetorical question in an answer", "[recognition]") {
  const std::vector<std::string> lines = {"What drew you to this work?",
                                          "Curiosity, mostly, and a very patient manager.",
                                          "Was it hard?",
                                          "Could it have been easier? Yes, but it was worth it.",
                                          "Isn't that true of every job?",
                                          "What comes next?",
                                          "A second service, built the same way, for the schools."};
  std::vector<Unit> units = units_of(lines);
  for (std::size_t i : {0, 2, 5}) units[i].bold = true;
  const Recognition r = recognise_interview(units);
  CHECK(r.layout == "bold");
  CHECK(r.questions == 3);
  CHECK(r.roles[4] == UnitRole::answer);
}

TEST_CASE("units inside lists and quotes are never questions", "[recognition]") {
  const std::vector<std::string> lines = {"Why now?", "Because the law changed this year.",
                                          "Who asked for it?", "Residents, for a decade."};
  std::vector<Unit> units = units_of(lines);
  units[2].nested = true;
  const Recognition r = recognise_interview(units);
  CHECK(r.roles[2] != UnitRole::question);
}

TEST_CASE("question and answer labels come in every language DocBook translates them into",
          "[recognition]") {
  // The core's own list, case-folded by the caller.
  CHECK(qa_label_kind("q") == QaLabel::question);
  CHECK(qa_label_kind("q12") == QaLabel::question);
  CHECK(qa_label_kind("antwort") == QaLabel::answer);
  // From the phrase table, in any case.
  CHECK(qa_label_kind("Вопрос") == QaLabel::question);
  CHECK(qa_label_kind("вопрос") == QaLabel::question);
  CHECK(qa_label_kind("Ответ") == QaLabel::answer);
  CHECK(qa_label_kind("ถาม") == QaLabel::question);
  CHECK(qa_label_kind("ตอบ") == QaLabel::answer);
  CHECK(qa_label_kind("ש") == QaLabel::question);
  CHECK(qa_label_kind("ת") == QaLabel::answer);
  CHECK(qa_label_kind("soru") == QaLabel::question);
  CHECK(qa_label_kind("cevap") == QaLabel::answer);
  CHECK(qa_label_kind("问") == QaLabel::question);
  CHECK(qa_label_kind("") == QaLabel::none);
  CHECK(qa_label_kind("hello") == QaLabel::none);
  CHECK(qa_label_kind("notes") == QaLabel::none);
}
