#include "rich_nodes.hpp"

#include <utility>

namespace govtech_test {

using namespace govtech;

namespace {

Block paragraph(Inlines content) {
  return Block(Paragraph{std::move(content)});
}

}  // namespace

QandA entry_with_rich_nodes() {
  QandA entry;
  entry.question = {
      Text{"What changed in the second year"},
      Note{{paragraph({Text{"Asked "}, Emphasis{{Text{"after"}}}, Text{" the launch."}})}},
      Text{"?"}};
  entry.pos = {50, 1};

  const Note inner{{paragraph({Text{"Figures from the annual report."}})}};
  entry.answer.push_back(paragraph(
      {Text{"Water use fell to 10"}, Superscript{{Text{"3"}}}, Text{" litres of H"},
       Subscript{{Text{"2"}}}, Text{"O a day"},
       Note{{paragraph({Text{"Measured at the treatment plant"}, inner, Text{"."}}),
             paragraph({Text{"A second paragraph of the same note."}})}},
       Text{", and the team called it "},
       Quoted{QuoteKind::double_quote,
              {Text{"a "}, Quoted{QuoteKind::single_quote, {Text{"quiet"}}}, Text{" success"}}},
       Text{"; the Korean team said "},
       Span{Attributes{.language = "ko"},
            {Text{"\xEC\x95\x88\xEB\x85\x95\xED\x95\x98\xEC\x84\xB8\xEC\x9A\x94"}}},
       Text{" while the Arabic name "},
       Span{Attributes{.language = "ar", .direction = Direction::rtl},
            {Text{"\xD9\x88\xD8\xB2\xD8\xA7\xD8\xB1\xD8\xA9"}}},
       Text{" stayed on the sign. See "}, Link{"#method", "", {Text{"the method"}}}, Text{"."}}));
  entry.answer.push_back(Block(Heading{
      .level = 3, .content = {Text{"The method"}}, .attributes = Attributes{.id = "method"}}));
  // A paragraph in Korean: "We measured every district."
  entry.answer.push_back(Block(Division{
      Attributes{.classes = {"translated"}, .language = "ko"},
      {paragraph({Text{"\xEC\x9A\xB0\xEB\xA6\xAC\xEB\x8A\x94 \xEB\xAA\xA8\xEB\x93\xA0 "
                       "\xEC\xA7\x80\xEC\x97\xAD\xEC\x9D\x84 \xEC\xB8\xA1\xEC\xA0\x95\xED\x96\x88"
                       "\xEC\x8A\xB5\xEB\x8B\x88\xEB\x8B\xA4."}})}}));
  entry.answer.push_back(Block(Figure{
      .content = {Image{"chart.png", "", {Text{"Water use by year, falling from 2019 to 2021"}}}},
      .caption = {Text{"Water use, 2019\xE2\x80\x93"
                       "2021"}},
      .attributes = Attributes{.id = "water-chart"}}));
  DefinitionList terms;
  terms.items.push_back({.term = {Text{"District"}},
                         .definitions = {{paragraph({Text{"An area with its own plant."}})}}});
  terms.items.push_back({.term = {Strong{{Text{"Plant"}}}},
                         .definitions = {{paragraph({Text{"Where water is treated."}})},
                                         {paragraph({Text{"Also a living thing."}}),
                                          paragraph({Text{"Not meant here."}})}}});
  entry.answer.push_back(Block(std::move(terms)));
  return entry;
}

}  // namespace govtech_test
