// A whole interview through the CLI into the JSON dump, compared with a golden file
// (GOVTECH_UPDATE_GOLDEN=1 rewrites it): the header, bold questions, a list and a table in
// the answers, a picture, a footnote, the trailing note. The .docx is made at test time; the
// text is original.
#include <catch2/catch.hpp>

#include <algorithm>

#include "cli_runner.hpp"
#include "docx_builder.hpp"
#include "files.hpp"

using namespace govtech::testing;

namespace {

std::string interview() {
  const std::string numbering =
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/>"
      "</w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>";
  auto bullet = [](const std::string& text) {
    return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr>"
           "<w:r><w:t>" +
           text + "</w:t></w:r></w:p>";
  };
  const std::string picture =
      "<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"Picture 1\" "
      "descr=\"Efua Asante at the service desk\"/><a:graphic><a:graphicData><pic:pic>"
      "<pic:blipFill><a:blip r:embed=\"rIdP\"/></pic:blipFill></pic:pic></a:graphicData>"
      "</a:graphic></wp:inline></w:drawing></w:r></w:p>";
  const std::string table = "<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc>" + p("Year") +
                            "</w:tc><w:tc>" + p("Services online") + "</w:tc></w:tr><w:tr><w:tc>" +
                            p("2021") + "</w:tc><w:tc>" + p("4") + "</w:tc></w:tr><w:tr><w:tc>" +
                            p("2024") + "</w:tc><w:tc>" + p("31") + "</w:tc></w:tr></w:tbl>";
  const std::string body =
      p("Efua Asante, Director of Digital Services, Ministry of Lands, Ghana") +
      p("By Daniel Okoro | 4 June 2024") + p("Women in GovTech Special Report 2024.") + picture +
      bold_p("How did you come to lead digital services?") +
      "<w:p><w:r><w:t xml:space=\"preserve\">By accident. I was a surveyor who kept writing "
      "scripts to fix the land records</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r>"
      "<w:r><w:t>.</w:t></w:r></w:p>" +
      bold_p("What did the first year look like?") + p("Three things took most of it:") +
      bullet("finding out which records were wrong") + bullet("fixing the search") +
      bullet("training the counter staff") + bold_p("How do you measure progress?") +
      p("By what people can do without visiting us.") + table +
      bold_p("What would you tell someone starting out?") +
      "<w:p><w:r><w:t xml:space=\"preserve\">Read the complaints. </w:t></w:r><w:r><w:rPr><w:i/>"
      "</w:rPr><w:t>All</w:t></w:r><w:r><w:t xml:space=\"preserve\"> of them, and early; see </w:t>"
      "</w:r><w:hyperlink r:id=\"rIdL\"><w:r><w:t>our guide</w:t></w:r></w:hyperlink><w:r>"
      "<w:t>.</w:t></w:r></w:p>" +
      p("This interview has been edited for length and clarity.");
  return DocxBuilder()
      .numbering(numbering)
      .footnotes(
          "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r><w:r>"
          "<w:t xml:space=\"preserve\"> The national land register, started in 1962."
          "</w:t></w:r></w:p></w:footnote>")
      .relationship("rIdP", "image", "media/image1.gif")
      .relationship("rIdL", "hyperlink", "https://example.org/guide", true)
      .file("word/media/image1.gif", one_pixel_gif())
      .body(body)
      .bytes();
}

}  // namespace

TEST_CASE("a whole interview, dumped as JSON, matches its golden file") {
  TempDir dir;
  write_file(dir / "efua-asante.docx", interview());
  CliResult result = run_cli({(dir / "efua-asante.docx").string(), "-t", "json", "-o", "-"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  // The document gives no language: the only warning says which was detected.
  CHECK_THAT(result.err, Catch::StartsWith((dir / "efua-asante.docx").string() +
                                           ": warning: language not given; detected en ("));
  CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
  const std::string problem =
      check_golden(source_path("tests/docx-reader/expected/efua-asante.json"), result.out);
  INFO(problem);
  CHECK(problem.empty());
}
