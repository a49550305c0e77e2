#include "documents.hpp"

#include "rich_nodes.hpp"

#include <string>
#include <utility>

namespace govtech::testing {

namespace {

Inlines text(std::string s) {
  return {Text{std::move(s)}};
}
Block para(Inlines content) {
  return Paragraph{std::move(content)};
}
Block para(std::string s) {
  return Paragraph{text(std::move(s))};
}
ListItem item(Blocks blocks) {
  return ListItem{.blocks = std::move(blocks)};
}
TableCell cell(Inlines content) {
  return TableCell{std::move(content)};
}

Metadata full_metadata() {
  Metadata meta;
  meta.title = "Building a Digital Ministry";
  meta.subtitle = "How a small team rebuilt public services";
  meta.interviewee = {.name = "Amara Okafor",
                      .role = "Chief Digital Officer",
                      .unit = "Digital Services Unit",
                      .organisation = "Ministry of Public Works",
                      .country = "Nigeria"};
  meta.authors = {"Jane Doe", "Lars Holm"};
  meta.series = "Women in GovTech Special Report 2020";
  meta.date = "2020-03-08";
  meta.language = "en-GB";
  meta.description = "A conversation about rebuilding services around citizens.";
  meta.identifier = "urn:uuid:0e8a3c52-7d4f-4c1e-9a1b-5f6d2e3c4b5a";
  meta.keywords = {"digital government", "public services", " "};
  meta.rights = "Copyright 2020 The Interviewers. Licensed CC BY 4.0.";
  meta.extra = {{"source", "Special report, page 12"}};
  return meta;
}

}  // namespace

Document full_interview() {
  Document doc;
  doc.meta = full_metadata();
  doc.intro.push_back(para("Amara Okafor leads a team of forty."));
  doc.intro.push_back(Heading{.level = 2, .content = text("Background")});

  QandA first;
  first.question_speaker = "Interviewer";
  first.answer_speaker = "Amara Okafor";
  first.question = {Text{"What drew you to "}, Emphasis{text("public")}, Text{" service?"}};
  first.answer.push_back(
      para({Text{"It was "}, Strong{text("the scale")}, Text{" of it."}, SoftBreak{}, Text{"Also "},
            Strikethrough{text("money")}, Text{" impact, and "}, Code{"git log"}, Text{"."}}));
  first.answer.push_back(
      para({Text{"See "},
            Link{.url = "https://example.org/report?id=1&x=2",
                 .title = "The report",
                 .children = text("the report")},
            Text{" and "}, Link{.url = "mailto:press@example.org"}, Text{" or this icon "},
            Image{.src = "icons/star.png", .alt = text("a star")}, Text{"."}}));
  first.answer.push_back(
      para({Text{"Roses are red"}, HardBreak{}, Emphasis{text("violets")}, Text{" are blue"}}));
  doc.entries.push_back(std::move(first));

  QandA second;
  second.question = text("What did you change first?");
  second.answer.push_back(Heading{.level = 3, .content = text("Three steps")});
  OrderedList steps{.start = 3, .tight = true};
  steps.items.push_back(item({para("Listen to users.")}));
  steps.items.push_back(
      item({para("Ship small."),
            BulletList{.tight = false,
                       .items = {item({para("weekly")}), item({para("in the open")})}}}));
  second.answer.push_back(std::move(steps));
  BulletList tasks;
  tasks.items.push_back(ListItem{.blocks = {para("Publish the code")}, .task = true});
  tasks.items.push_back(ListItem{.blocks = {para("Retire the fax")}, .task = false});
  second.answer.push_back(std::move(tasks));
  second.answer.push_back(
      BlockQuote{{para("Services should be simple."), BlockQuote{{para("Nested quote.")}}}});
  second.answer.push_back(
      CodeBlock{.info = "python  linenums", .text = "def serve():\n    pass\n"});
  second.answer.push_back(ThematicBreak{});
  Table table{.alignments = {Alignment::left, Alignment::center, Alignment::right},
              .header = {cell(text("Year")), cell(text("Services")), cell(text("Users"))}};
  table.rows.push_back({cell(text("2018")), cell(text("4")), cell({Strong{text("1,200")}})});
  table.rows.push_back(
      {cell(text("2019")), cell({Text{"12"}, HardBreak{}, Text{"(3 new)"}}), cell(text("56,000"))});
  second.answer.push_back(std::move(table));
  second.answer.push_back(para({Image{.src = "photos/team photo.jpg",
                                      .title = "The team in 2019",
                                      .alt = text("Twelve people in front of a ministry")}}));
  second.answer.push_back(RawBlock{.format = "html", .text = "<div>dropped</div>"});
  second.answer.push_back(para({Text{"Inline "}, RawInline{"html", "<b>raw</b>"}, Text{" gone."}}));
  doc.entries.push_back(std::move(second));
  doc.entries.push_back(govtech_test::entry_with_rich_nodes());

  doc.trailing.push_back(para("This interview was edited for length."));
  return doc;
}

Document plain_article() {
  Document doc;
  doc.meta.authors = {"A. Writer"};
  doc.intro.push_back(Heading{.level = 1, .content = text("Notes")});
  doc.intro.push_back(para("A plain document with no questions."));
  doc.intro.push_back(Heading{.level = 6, .content = {Text{"Deep"}, HardBreak{}, Text{"heading"}}});
  doc.intro.push_back(para("The end."));
  return doc;
}

Document hostile_document() {
  Document doc;
  const std::string controls = std::string("nul[") + '\0' + "] soh[\x01] vt[\x0B] ff[\x0C]" +
                               " nonchar[\xEF\xBF\xBE\xEF\xBF\xBF] tab[\t]";
  doc.meta.title = "A </title> & \"quoted\" <b>title</b> ]]> " + controls;
  doc.meta.subtitle = "<![CDATA[ not cdata ]]>";
  doc.meta.language = "de";
  doc.meta.interviewee = {.unit = "Unit <1>", .organisation = "Org & Co", .country = "\x01"};
  doc.meta.authors = {"", "Eve <eve@example.org>"};
  doc.meta.keywords = {"", " "};
  doc.meta.extra = {{"weird key \"x\"", "value ]]> \x02"}};

  doc.intro.push_back(para("Text with ]]> and <script>alert('x')</script> and &amp; " + controls));
  doc.intro.push_back(
      para({Link{.url = "javascript:alert(1)", .children = text("click me")}, Text{" "},
            Link{.url = "http://x/a b/[c]/%zz/{d}|e\"f<g>",
                 .title = "t\x01itle",
                 .children = text("odd url")},
            Text{" "}, Link{.url = "::not-a-scheme", .children = text("colon")}, Text{" "},
            Link{.url = "http://[::1]:8080/ok", .children = text("ipv6")}, Text{" "},
            Image{.src = "javascript:evil()", .alt = text("evil image")}, Text{" "},
            Image{.src = "data:image/png;base64,iVBORw0KGgo="}}));
  doc.intro.push_back(RawBlock{.format = "html", .text = "<script>alert(1)</script>"});
  doc.intro.push_back(BulletList{});
  doc.intro.push_back(BulletList{.items = {item({}), item({RawBlock{.format = "html"}})}});
  doc.intro.push_back(BlockQuote{});
  doc.intro.push_back(Table{});
  doc.intro.push_back(Table{.header = {cell(text("only")), cell(text("header"))}});
  Table ragged;
  ragged.rows = {{cell(text("a"))}, {}, {cell(text("b")), cell(text("c")), cell(text("d"))}};
  doc.intro.push_back(std::move(ragged));
  doc.intro.push_back(CodeBlock{.text = "if (a < b && c > d) { x = \"]]>\"; }\n\x01\n"});

  // Nesting as deep as the pipeline ever lets a writer see: quotes and lists alternating.
  Block nested = para("bottom");
  for (int depth = 0; depth < 90; ++depth) {
    if (depth % 2 == 0) {
      nested = BlockQuote{{std::move(nested)}};
    } else {
      nested = OrderedList{.start = depth, .items = {item({std::move(nested)})}};
    }
  }
  doc.intro.push_back(std::move(nested));
  Inlines deep_inline = text("deep");
  for (int depth = 0; depth < 90; ++depth) deep_inline = {Emphasis{std::move(deep_inline)}};
  doc.intro.push_back(para(std::move(deep_inline)));

  QandA empty_entry;
  empty_entry.question_speaker = "Q\x01";
  doc.entries.push_back(std::move(empty_entry));
  QandA raw_answer;
  raw_answer.question = {Text{"Line one"}, HardBreak{}, Text{"line two </question>"}};
  raw_answer.answer_speaker = "A";
  raw_answer.answer.push_back(RawBlock{.format = "html", .text = "<p>x</p>"});
  doc.entries.push_back(std::move(raw_answer));
  QandA unlabelled;
  unlabelled.question = text("Only raw?");
  unlabelled.answer.push_back(RawBlock{.format = "html", .text = "<p>y</p>"});
  doc.entries.push_back(std::move(unlabelled));
  return doc;
}

Collection two_interview_collection() {
  Collection collection;
  collection.meta.title = "Women in GovTech";
  collection.meta.subtitle = "Special Report 2020";
  collection.meta.authors = {"The Editors"};
  collection.meta.date = "2020";

  Document first = full_interview();
  collection.documents.push_back(std::move(first));

  Document second;
  second.meta.title = "Entrevista";
  second.meta.language = "es";
  second.meta.interviewee = {.name = "Lucía Pérez", .country = "Chile"};
  QandA entry;
  entry.question = text("¿Por qué?");
  entry.answer.push_back(para("Porque sí."));
  second.entries.push_back(std::move(entry));
  collection.documents.push_back(std::move(second));
  return collection;
}

}  // namespace govtech::testing
