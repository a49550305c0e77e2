#include "documents.hpp"

#include "rich_nodes.hpp"

namespace html_test {

using namespace govtech;

namespace {

Block para(Inlines content, std::uint32_t line = 0) {
  return Block(Paragraph{std::move(content)}, {line, 1});
}

ListItem item(std::string text, std::optional<bool> task = std::nullopt) {
  return ListItem{{para({Text{std::move(text)}})}, task};
}

}  // namespace

Document kitchen_sink_interview() {
  Document doc;
  doc.meta.title = "Building services people trust";
  doc.meta.subtitle = "A conversation about public digital services";
  doc.meta.interviewee = {.name = "Amara Osei",
                          .role = "Head of Digital Services",
                          .unit = "Service Design Unit",
                          .organisation = "Ministry of Communications",
                          .country = "Ghana"};
  doc.meta.authors = {"Kofi Mensah", "Lena Park"};
  doc.meta.series = "Women in GovTech Special Report 2020";
  doc.meta.date = "2020-03-08";
  doc.meta.language = "en-GB";
  doc.meta.keywords = {"digital government", "service design"};
  doc.meta.rights = "\u00a9 2020 The Editors";
  doc.intro.push_back(
      para({Text{"An introduction with "}, Emphasis{{Text{"emphasis"}}}, Text{", "},
            Strong{{Text{"strong text"}}}, Text{" and "}, Code{"inline <code>"}, Text{"."}},
           5));

  QandA first;
  first.question = {Text{"How did you start?"}};
  first.question_speaker = "Interviewer";
  first.answer_speaker = "Amara Osei";
  first.pos = {8, 1};
  first.answer.push_back(para(
      {Text{"I trained as an engineer"}, SoftBreak{}, Text{"and moved to "},
       Link{"https://example.org/a b?x=1&y=2", "Example & co", {Text{"digital work"}}}, Text{"."},
       HardBreak{}, Text{"Then "}, Strikethrough{{Text{"slowly"}}}, Text{" quickly."}},
      9));
  first.answer.push_back(Block(Heading{1, {Text{"A heading inside the answer"}}}, {11, 1}));
  first.answer.push_back(Block(Heading{3, {Text{"A deeper heading"}}}, {13, 1}));
  first.answer.push_back(Block(BulletList{true, {item("tight one"), item("tight two")}}, {15, 1}));
  first.answer.push_back(
      Block(OrderedList{3, false, {item("loose three"), item("loose four")}}, {18, 1}));
  first.answer.push_back(Block(BlockQuote{{para({Text{"A quoted line."}})}}, {22, 1}));
  first.answer.push_back(Block(CodeBlock{"python extra words", "print(\"<hello>\")\n"}, {24, 1}));
  first.answer.push_back(Block(ThematicBreak{}, {28, 1}));
  doc.entries.push_back(first);

  QandA second;
  second.question = {Text{"What does your team use?"}};
  second.pos = {30, 1};
  Table table;
  table.alignments = {Alignment::left, Alignment::center, Alignment::right, Alignment::none};
  table.header = {{{Text{"Tool"}}}, {{Text{"Users"}}}, {{Text{"Cost"}}}, {{Text{"Notes"}}}};
  table.rows = {
      {{{Text{"Forms"}}}, {{Text{"1200"}}}, {{Text{"$0"}}}, {{Emphasis{{Text{"open source"}}}}}},
      {{{Text{"Maps"}}}, {{Text{"80"}}}, {{Text{"$20"}}}, {{Code{"v2"}}}}};
  second.answer.push_back(Block(table, {31, 1}));
  second.answer.push_back(
      Block(BulletList{true, {item("done task", true), item("open task", false)}}, {36, 1}));
  second.answer.push_back(para({Image{"images/team photo.png",
                                      "Our team",
                                      {Text{"The team at the "}, Emphasis{{Text{"launch"}}}}}},
                               39));
  doc.entries.push_back(second);

  QandA third;
  third.question = {Text{"How did you start?"}};  // a repeated question still gets its own id
  third.pos = {41, 1};
  third.answer_speaker = "Amara Osei";
  third.answer.push_back(
      Block(BulletList{true, {item("an answer that starts with a list")}}, {42, 1}));
  doc.entries.push_back(third);

  doc.entries.push_back(govtech_test::entry_with_rich_nodes());

  doc.trailing.push_back(para({Text{"Amara Osei spoke to us in March."}}, 44));
  return doc;
}

Document hostile_interview() {
  Document doc;
  doc.meta.title = "Risky </title> & \"quoted\" <script>alert('t')</script>";
  doc.meta.interviewee = {.name = "Eve </script><script>alert(1)</script>",
                          .role = "Tester & <b>bold</b>",
                          .unit = "",
                          .organisation = "Org \"Q\"",
                          .country = ""};
  doc.meta.authors = {"Mallory <img src=x onerror=alert(2)>"};
  doc.meta.date = "not a date <b>";
  doc.meta.language = "en";
  doc.meta.description = "</script><!-- breaks -->";
  QandA q;
  q.question = {Text{"Is <script>alert(3)</script> safe?"}};
  q.pos = {3, 1};
  q.answer.push_back(Block(RawBlock{"html", "<script>alert(4)</script>\n"}, {4, 1}));
  q.answer.push_back(
      para({Text{"Text "}, RawInline{"html", "<img src=x onerror=alert(5)>"}, Text{" and "},
            RawInline{"html", "<iframe src=\"https://evil.example\"></iframe>"}, Text{" and "},
            Link{"javascript:alert(6)", "", {Text{"a script link"}}}, Text{" and "},
            Link{" JaVaScRiPt:alert(7)", "", {Text{"a hidden one"}}}, Text{" and "},
            Link{"data:text/html,<script>alert(8)</script>", "", {Text{"data"}}}, Text{" and "},
            Image{"javascript:alert(9)", "", {Text{"bad image"}}},
            Text{" and <img src=x onerror=alert(10)> as text."}},
           6));
  q.answer.push_back(
      Block(RawBlock{"html", "<iframe src=\"https://evil.example\"></iframe>\n"}, {8, 1}));
  q.answer.push_back(para({Text{"Forbidden \x01 control \x7f characters."}}, 10));
  doc.entries.push_back(q);
  return doc;
}

Document plain_article() {
  Document doc;
  doc.meta.title = "Notes on open data";
  doc.meta.language = "en";
  doc.intro.push_back(Block(Heading{1, {Text{"Notes on open data"}}}, {1, 1}));
  doc.intro.push_back(para({Text{"Open data is a habit, not a project."}}, 3));
  doc.intro.push_back(Block(Heading{4, {Text{"A heading that skips levels"}}}, {5, 1}));
  doc.intro.push_back(para({Text{"Its level is brought into line on a page."}}, 7));
  doc.intro.push_back(Block(Heading{2, {Text{"Back to two"}}}, {9, 1}));
  doc.intro.push_back(Block(OrderedList{1, true, {item("first"), item("second")}}, {11, 1}));
  return doc;
}

Document french_interview() {
  Document doc;
  doc.meta.title = "Entretien avec Lucía Fernández";
  doc.meta.interviewee = {.name = "Lucía Fernández",
                          .role = "Directrice",
                          .unit = "",
                          .organisation = "Agence du numérique",
                          .country = "France"};
  doc.meta.authors = {"Jeanne Martin", "Paul Durand", "Inès Roux"};
  doc.meta.language = "fr";
  doc.meta.date = "2020-11";
  QandA q;
  q.question = {Text{"Qu'est-ce qui vous a attirée ?"}};
  q.answer.push_back(para({Text{"Le service public."}}));
  doc.entries.push_back(q);
  QandA q2;
  q2.question = {Text{"Et demain ?"}};
  q2.answer.push_back(para({Text{"Plus de services ouverts."}}));
  doc.entries.push_back(q2);
  return doc;
}

}  // namespace html_test
