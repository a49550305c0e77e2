#include <catch2/catch.hpp>

#include "govtech/ast.hpp"

using namespace govtech;

TEST_CASE("blocks and inlines report their kind") {
  Block para = Paragraph{{Text{"Hello "}, Emphasis{{Text{"world"}}}}};
  REQUIRE(para.kind() == BlockKind::paragraph);
  REQUIRE(para.as<Paragraph>()->content.size() == 2);
  CHECK(para.as<Paragraph>()->content[1].kind() == InlineKind::emphasis);
  CHECK(para.as<Heading>() == nullptr);
  Block rule = ThematicBreak{};
  CHECK(rule.kind() == BlockKind::thematic_break);
}

TEST_CASE("plain_text drops markup and turns breaks into spaces") {
  Inlines in{Text{"What "},
             Strong{{Text{"drew"}}},
             SoftBreak{},
             Code{"you"},
             HardBreak{},
             Link{"https://x", "", {Text{"here"}}},
             RawInline{"html", "<b>"}};
  CHECK(plain_text(in) == "What drew you here");
}

TEST_CASE("metadata overrides set known fields and keep others as extra") {
  Metadata m;
  m.authors = {"Original Author"};
  apply_metadata_overrides(m, {{"title", "T"},
                               {"author", "A"},
                               {"author", "B"},
                               {"interviewee.role", "CTO"},
                               {"interviewee.organization", "Agency"},
                               {"lang", "en-GB"},
                               {"keywords", "open data,  digital ,"},
                               {"publisher", "P1"},
                               {"publisher", "P2"}});
  CHECK(m.title == "T");
  CHECK(m.authors == std::vector<std::string>{"A", "B"});
  CHECK(m.interviewee.role == "CTO");
  CHECK(m.interviewee.organisation == "Agency");
  CHECK(m.language == "en-GB");
  CHECK(m.keywords == std::vector<std::string>{"open data", "digital"});
  REQUIRE(m.extra.size() == 1);
  CHECK(m.extra[0] == std::pair<std::string, std::string>{"publisher", "P2"});
}
