// The ids and link targets of a document: one home for the ids every writer gives.
#include <catch2/catch.hpp>

#include "govtech/link_targets.hpp"
#include "govtech/outline.hpp"
#include "linked_article.hpp"

using namespace govtech;

namespace {

const Heading& heading_at(const Document& doc, std::size_t i) {
  return *doc.intro.at(i).as<Heading>();
}

}  // namespace

TEST_CASE("headings get the author's id, else one from their text; spans keep theirs") {
  const Document doc = govtech_test::linked_article();
  const LinkTargets targets = link_targets(doc);
  CHECK(targets.id_of(&heading_at(doc, 1)) == "method");
  CHECK(targets.id_of(&heading_at(doc, 3)) == "sampling");
  CHECK(targets.id_of(&heading_at(doc, 5)) == "results");
  CHECK(targets.id_of(&heading_at(doc, 7)) == "method-2");
  CHECK(targets.id_of(&doc.intro[0]) == "");  // a paragraph carries none

  const LinkTarget* season = targets.find("dry-season");
  REQUIRE(season);
  CHECK(season->id == "dry-season");
  CHECK(season->place == TargetPlace{.area = TargetPlace::Area::intro, .index = 4});
  CHECK(season->linked);
  CHECK(targets.find("nowhere") == nullptr);
  CHECK(targets.find("toc") == nullptr);

  const LinkTarget* method = targets.find("method");
  REQUIRE(method);
  CHECK(method->place.index == 1);
  CHECK(method->linked);
  CHECK(targets.target_of(&heading_at(doc, 3))->linked);  // "#sampling"
}

TEST_CASE("the table of contents and the links name the same ids") {
  const Document doc = govtech_test::linked_article();
  const LinkTargets targets = link_targets(doc);
  const std::vector<HeadingOutline> outline = heading_outline(doc, targets);
  REQUIRE(outline.size() == 3);
  CHECK(outline[0].id == "method");
  REQUIRE(outline[0].children.size() == 1);
  CHECK(outline[0].children[0].id == "sampling");
  CHECK(outline[2].id == "method-2");
  CHECK(top_heading_level(doc.intro) == 2);
  CHECK(top_heading_level(Blocks{}) == 0);
}

TEST_CASE("an author's id is kept even where a made-up one would have taken it") {
  Document doc;
  doc.intro.push_back(Block(Heading{.level = 1, .content = {Text{"Results"}}}));
  doc.intro.push_back(Block(Heading{
      .level = 1, .content = {Text{"Summary"}}, .attributes = Attributes{.id = "results"}}));
  const LinkTargets targets = link_targets(doc);
  CHECK(targets.id_of(&heading_at(doc, 1)) == "results");
  CHECK(targets.id_of(&heading_at(doc, 0)) == "results-2");
}

TEST_CASE("questions are targets too, placed in their entries") {
  Document doc;
  doc.entries.push_back({.question = {Text{"Why water?"}}});
  doc.entries.push_back(
      {.question = {Text{"Why now?"}},
       .answer = {Block(Paragraph{{Link{"#why-water", "", {Text{"as said"}}}}})}});
  const LinkTargets targets = link_targets(doc);
  CHECK(targets.question_ids() == std::vector<std::string>{"why-water", "why-now"});
  const LinkTarget* first = targets.find("why-water");
  REQUIRE(first);
  CHECK(first->place == TargetPlace{.area = TargetPlace::Area::entry, .index = 0});
  CHECK(first->linked);
  CHECK_FALSE(targets.find("why-now")->linked);
}

TEST_CASE("documents sharing ids stay unique together and link within themselves") {
  const Document first = govtech_test::linked_article();
  const Document second = govtech_test::linked_article();
  IdSet used;
  const LinkTargets a = link_targets(first, used);
  const LinkTargets b = link_targets(second, used);
  CHECK(a.find("method")->id == "method");
  CHECK(b.find("method")->id == "method-3");  // "method" and "method-2" are the first's
  CHECK(b.find("method-2")->id == "method-4");
  CHECK(b.find("results")->id != "results");
  CHECK(b.id_of(&heading_at(second, 5)) == b.find("results")->id);
}

TEST_CASE("only a link that starts with # and names something is internal") {
  CHECK(internal_fragment("#method") == "method");
  CHECK_FALSE(internal_fragment("#"));
  CHECK_FALSE(internal_fragment("page.html#method"));
  CHECK_FALSE(internal_fragment("https://example.org/#method"));
  CHECK_THAT(missing_target_warning("nowhere"), Catch::Contains("'#nowhere'"));
}
