// Interviews in Word documents: bold questions, heading questions, Q:/A: labels and speaker
// turns become the entries the text and Markdown readers would make; other documents keep
// their headings. The texts are original, written for these tests.
#include <catch2/catch.hpp>

#include "docx_builder.hpp"

using namespace govtech;
using namespace govtech::testing;

namespace {

const std::string kStyles =
    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
    "</w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/>"
    "<w:basedOn w:val=\"Normal\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Subtitle\"><w:name w:val=\"Subtitle\"/></w:style>"
    "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/>"
    "<w:basedOn w:val=\"Normal\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>";

std::string bold_interview_body() {
  return styled_p("Title", "Rebuilding the permit counter") +
         styled_p("Subtitle", "How one city moved its forms online") + p("By Lena Marsh") +
         p("Noor Haddad spent four years turning paper permits into a web service.") +
         bold_p("What drew you to public service?") +
         p("I wanted my work to reach people who never think about software.") +
         p("The permit office was where that happened every day.") +
         bold_p("Where did you start?") +
         p("With the form people abandoned most often, the one for small renovations.") +
         bold_p("What would you tell a team starting now?") +
         p("Sit at the counter for a week before writing a line of code.") +
         p("This interview has been edited for length.");
}

}  // namespace

TEST_CASE("a bold-questions interview becomes entries with their questions and answers") {
  std::vector<std::string> warnings;
  Document doc =
      read_docx(DocxBuilder().styles(kStyles).body(bold_interview_body()).bytes(), &warnings);
  CHECK(doc.meta.title == "Rebuilding the permit counter");
  CHECK(doc.meta.subtitle == "How one city moved its forms online");
  REQUIRE(doc.meta.authors.size() == 1);
  CHECK(doc.meta.authors[0] == "Lena Marsh");
  REQUIRE(doc.entries.size() == 3);
  CHECK(show(doc.entries[0].question) == "What drew you to public service?");
  CHECK(show(doc.entries[1].question) == "Where did you start?");
  CHECK(show(doc.entries[2].question) == "What would you tell a team starting now?");
  REQUIRE(doc.entries[0].answer.size() == 2);
  CHECK(show(doc.entries[0].answer[1]) == "The permit office was where that happened every day.");
  REQUIRE(doc.intro.size() == 1);
  CHECK(show(doc.intro[0]).starts_with("Noor Haddad spent"));
  REQUIRE(doc.trailing.size() == 1);
  CHECK(show(doc.trailing[0]) == "This interview has been edited for length.");
  // The document gives no language: the pipeline detects it, and says so; nothing else.
  REQUIRE(warnings.size() == 1);
  CHECK_THAT(warnings[0], Catch::Contains("language not given; detected en (English"));
}

TEST_CASE("questions as headings, by outline level whatever the style is called") {
  const std::string styles =
      "<w:style w:type=\"paragraph\" w:styleId=\"berschrift2\"><w:name w:val=\"Frage\"/>"
      "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Frage\"><w:name w:val=\"Interview question\"/>"
      "<w:basedOn w:val=\"berschrift2\"/></w:style>";
  Document doc = read_docx(
      DocxBuilder()
          .styles(styles)
          .body(styled_p("Frage", "How did the project begin?") +
                p("A council member asked why renewing a licence took six weeks.") +
                styled_p("Frage", "What changed first?") +
                p("We published the waiting times, which embarrassed everyone into action.") +
                styled_p("Frage", "What is next for the team?") +
                p("Moving the last three services off the old mainframe."))
          .bytes());
  REQUIRE(doc.entries.size() == 3);
  CHECK(show(doc.entries[1].question) == "What changed first?");
  CHECK(show(doc.entries[2].answer[0]) == "Moving the last three services off the old mainframe.");
}

TEST_CASE("Q: and A: labels in any formatting") {
  const std::string body =
      p("Notes from a call in March.") +
      "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">Q: </w:t></w:r>"
      "<w:r><w:t>Why open the data at all</w:t></w:r></w:p>" +
      p("A: Because people were already scraping it, badly.") +
      p("And the scrapers broke every time we changed the page.") +
      "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Q:</w:t></w:r><w:r><w:rPr><w:b/></w:rPr>"
      "<w:t xml:space=\"preserve\"> Who uses it now?</w:t></w:r></w:p>" +
      p("A: Bus apps, mostly, and two newspapers.");
  Document doc = read_docx(DocxBuilder().body(body).bytes());
  REQUIRE(doc.entries.size() == 2);
  CHECK(show(doc.entries[0].question) == "Why open the data at all");
  REQUIRE(doc.entries[0].answer.size() == 2);
  CHECK(show(doc.entries[0].answer[0]) == "Because people were already scraping it, badly.");
  CHECK(show(doc.entries[1].question) == "Who uses it now?");
  CHECK(show(doc.entries[1].answer[0]) == "Bus apps, mostly, and two newspapers.");
  REQUIRE(doc.intro.size() == 1);
}

// As pandoc writes a Markdown "Q: …" line followed by an "A: …" line: one paragraph.
TEST_CASE("Q: and A: joined in one paragraph are a question and its answer") {
  const std::string body = p("Q: Where did it start? A: In the permit office, in 2019.") +
                           p("It took a year.") + p("Q: And now? Answer: Every counter uses it.") +
                           p("Q: Is Q.E.D. a label? No, and neither is A-level.");
  Document doc = read_docx(DocxBuilder().body(body).bytes());
  REQUIRE(doc.entries.size() == 3);
  CHECK(show(doc.entries[0].question) == "Where did it start?");
  REQUIRE(doc.entries[0].answer.size() == 2);
  CHECK(show(doc.entries[0].answer[0]) == "In the permit office, in 2019.");
  CHECK(show(doc.entries[1].question) == "And now?");
  CHECK(show(doc.entries[1].answer[0]) == "Every counter uses it.");
  CHECK(show(doc.entries[2].question) == "Is Q.E.D. a label? No, and neither is A-level.");
}

TEST_CASE("speaker turns: the speaker who asks gives the questions") {
  auto turn = [](const std::string& name, const std::string& text) {
    return "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>" + name +
           ":</w:t></w:r><w:r><w:t xml:space=\"preserve\"> " + text + "</w:t></w:r></w:p>";
  };
  const std::string body = turn("Priya", "How long did the pilot run?") +
                           turn("Tomas Berg", "Nine months, across three districts.") +
                           turn("Priya", "What surprised you?") +
                           turn("Tomas Berg", "How many people used the phone line instead.") +
                           p("We had to double the call staff in the second month.") +
                           turn("Priya", "Would you do it again?") +
                           turn("Tomas Berg", "Yes, with the phone line planned from day one.");
  Document doc = read_docx(DocxBuilder().body(body).bytes());
  REQUIRE(doc.entries.size() == 3);
  CHECK(doc.entries[0].question_speaker == "Priya");
  CHECK(doc.entries[0].answer_speaker == "Tomas Berg");
  CHECK(show(doc.entries[1].question) == "What surprised you?");
  REQUIRE(doc.entries[1].answer.size() == 2);
  CHECK(show(doc.entries[1].answer[0]) == "How many people used the phone line instead.");
}

TEST_CASE("a document that is not an interview keeps its headings") {
  Document doc = read_docx(
      DocxBuilder()
          .styles(kStyles)
          .body(styled_p("Title", "Annual report") + styled_p("Heading2", "Budget") +
                p("Spending stayed within the plan for the third year running.") +
                styled_p("Heading2", "Staff") + p("The team grew from twelve to fifteen people."))
          .bytes());
  CHECK_FALSE(doc.is_interview());
  CHECK(doc.meta.title == "Annual report");
  REQUIRE(doc.intro.size() == 4);
  CHECK(show(doc.intro[0]) == "## Budget");
  CHECK(show(doc.intro[2]) == "## Staff");
}

TEST_CASE("the package's properties fill in the metadata the text does not give") {
  const std::string styles =
      "<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault>"
      "</w:docDefaults>";
  Document doc =
      read_docx(DocxBuilder()
                    .styles(styles)
                    .core("<dc:title>Digital permits</dc:title><dc:creator>Lena Marsh</dc:creator>"
                          "<dc:description>An interview about permits.</dc:description>"
                          "<cp:keywords>permits, services; cities</cp:keywords>"
                          "<dcterms:created>2024-03-12T09:00:00Z</dcterms:created>")
                    .body(p("A short text."))
                    .bytes());
  CHECK(doc.meta.title == "Digital permits");
  REQUIRE(doc.meta.authors.size() == 1);
  CHECK(doc.meta.authors[0] == "Lena Marsh");
  CHECK(doc.meta.description == "An interview about permits.");
  CHECK(doc.meta.keywords == std::vector<std::string>{"permits", "services", "cities"});
  CHECK(doc.meta.date == "2024-03-12");
  CHECK(doc.meta.language == "en-GB");
}

TEST_CASE("the authors of Word's Author field, separated by semicolons, are authors") {
  Document doc =
      read_docx(DocxBuilder()
                    .core("<dc:creator>Tom\xC3\xA1s Reyes; Hana Kobayashi ;</dc:creator>")
                    .body(p("A short text."))
                    .bytes());
  CHECK(doc.meta.authors == std::vector<std::string>{"Tom\xC3\xA1s Reyes", "Hana Kobayashi"});
}

TEST_CASE("a second answering speaker keeps their name on their paragraphs") {
  auto turn = [](const std::string& name, const std::string& text) {
    return p(name + ": " + text);
  };
  Document doc = read_docx(
      DocxBuilder()
          .body(turn("Host", "Who built the first version?") +
                turn("Ines", "Two of us, in a month.") + turn("Marc", "And a lot of coffee.") +
                turn("Host", "Did it work?") + turn("Ines", "Mostly, after the second try.") +
                turn("Host", "And now?") + turn("Ines", "It handles every licence in the region."))
          .bytes());
  REQUIRE(doc.entries.size() == 3);
  CHECK(doc.entries[0].answer_speaker == "Ines");
  REQUIRE(doc.entries[0].answer.size() == 2);
  CHECK(show(doc.entries[0].answer[1]) == "**Marc:** And a lot of coffee.");
}

TEST_CASE("strict OOXML, other prefixes, and alternate content read once") {
  const std::string document =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
      "<x:document xmlns:x=\"http://purl.oclc.org/ooxml/wordprocessingml/main\" "
      "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><x:body>"
      "<x:p><x:r><x:rPr><x:b/></x:rPr><x:t>What changed?</x:t></x:r></x:p>"
      "<x:p><x:r><x:t xml:space=\"preserve\">Everything </x:t></x:r><mc:AlternateContent>"
      "<mc:Choice Requires=\"wps\"><x:r><x:t>once</x:t></x:r></mc:Choice><mc:Fallback><x:r>"
      "<x:t>twice</x:t></x:r></mc:Fallback></mc:AlternateContent></x:p>"
      "<x:p><x:r><x:rPr><x:b/></x:rPr><x:t>And then?</x:t></x:r></x:p>"
      "<x:p><x:r><x:t>We measured it for a year.</x:t></x:r></x:p>"
      "<x:p><x:r><x:rPr><x:b/></x:rPr><x:t>What would you change?</x:t></x:r></x:p>"
      "<x:p><x:r><x:t>Start measuring on the first day.</x:t></x:r></x:p>"
      "</x:body></x:document>";
  Files files = DocxBuilder().files();
  for (auto& [name, bytes] : files) {
    if (name == "word/document.xml") bytes = document;
  }
  Document doc = read_docx(zip_files(files));
  REQUIRE(doc.entries.size() == 3);
  CHECK(show(doc.entries[0].question) == "What changed?");
  CHECK(show(doc.entries[0].answer.at(0)) == "Everything once");
}

TEST_CASE("bold questions numbered by Word's own list numbering") {
  const std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
      "<w:numFmt w:val=\"decimal\"/></w:lvl></w:abstractNum>"
      "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  auto question = [](const std::string& text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
           "<w:r><w:rPr><w:b/></w:rPr><w:t>" +
           text + "</w:t></w:r></w:p>";
  };
  Document doc =
      read_docx(DocxBuilder()
                    .numbering(numbering)
                    .body(question("What does your unit do?") +
                          p("We run the national address register and the services built on it.") +
                          question("How many people use it?") +
                          p("Every delivery company in the country, and most of the ministries.") +
                          question("What keeps you up at night?") +
                          p("Addresses that exist on paper and nowhere on the ground."))
                    .bytes());
  REQUIRE(doc.entries.size() == 3);
  CHECK(show(doc.entries[1].question) == "How many people use it?");
  CHECK(show(doc.entries[2].answer.at(0)) ==
        "Addresses that exist on paper and nowhere on the ground.");
}

TEST_CASE("under a styled title, the interviewee line and byline are still read") {
  Document doc = read_docx(
      DocxBuilder()
          .styles(kStyles)
          .body(styled_p("Title", "Why would anyone want the old forms back?") +
                p("Grace Mwangi, Chief Digital Officer, County of Kiambu, Kenya") +
                p("By Lena Marsh") + bold_p("Who asked for the old forms?") +
                p("Nobody, in the end, once the new ones were printed too.") +
                bold_p("What did the printing cost?") +
                p("Less than the calls about the website did.") + bold_p("What would you change?") +
                p("We would have printed them sooner."))
          .bytes());
  CHECK(doc.meta.title == "Why would anyone want the old forms back?");
  CHECK(doc.meta.interviewee.name == "Grace Mwangi");
  CHECK(doc.meta.interviewee.country == "Kenya");
  REQUIRE(doc.meta.authors.size() == 1);
  CHECK(doc.meta.authors[0] == "Lena Marsh");
  REQUIRE(doc.entries.size() == 3);
  CHECK(show(doc.entries[0].question) == "Who asked for the old forms?");
  CHECK(doc.intro.empty());
}

TEST_CASE("-V docx-layout forces a layout, and says when the document does not follow it") {
  const std::string bytes = DocxBuilder().styles(kStyles).body(bold_interview_body()).bytes();
  CHECK_FALSE(read_docx(bytes, nullptr, {{"docx-layout", "article"}}).is_interview());
  CHECK(read_docx(bytes, nullptr, {{"docx-layout", "recognised"}}).entries.size() == 3);
  CHECK(docx_error(bytes, {{"docx-layout", "qa"}}).find("does not follow the 'qa' layout") !=
        std::string::npos);
  CHECK(docx_error(bytes, {{"docx-layout", "sideways"}}).find("unknown docx layout") !=
        std::string::npos);
}

TEST_CASE("question and answer labels in other forms and languages") {
  // "P." is no label: a full stop labels only Q and A, since an initial opens many sentences.
  Document doc = read_docx(DocxBuilder()
                               .body(p("P: ¿Cómo empezó el proyecto?") +
                                     p("R: Con una queja de un vecino sobre los permisos.") +
                                     p("P. Ruiz lo cuenta de otra manera.") +
                                     p("R - Casi todo cambió, poco a poco.") +
                                     p("P – ¿Qué sigue?") + p("R: Los pagos en línea."))
                               .bytes());
  REQUIRE(doc.entries.size() == 2);
  CHECK(show(doc.entries[0].question) == "¿Cómo empezó el proyecto?");
  REQUIRE(doc.entries[0].answer.size() == 3);
  CHECK(show(doc.entries[0].answer[1]) == "P. Ruiz lo cuenta de otra manera.");
  CHECK(show(doc.entries[0].answer[2]) == "Casi todo cambió, poco a poco.");
  CHECK(show(doc.entries[1].question) == "¿Qué sigue?");
  CHECK(show(doc.entries[1].answer.at(0)) == "Los pagos en línea.");
}
