// A long body is read in stretches on the machine's cores and put together again. Wrapping the
// same elements in one content control (w:sdt, whose content the reader takes as the body's
// own) leaves the body a single element, read in one piece: the two must convert to the same
// JSON with the same warnings, positions included, whatever falls at the seams between
// stretches, and wherever document.xml is cut into pieces parsed as they are read. On a
// machine of one core both are read in one piece and agree trivially; CI's machines have two.
#include <catch2/catch.hpp>
#include <random>

#include "cli_runner.hpp"
#include "docx_builder.hpp"
#include "files.hpp"

using namespace govtech::testing;

namespace {

std::string picture(const std::string& rid, const std::string& descr) {
  return "<w:p><w:r><w:drawing><wp:inline><wp:docPr id=\"1\" name=\"Picture\" descr=\"" + descr +
         "\"/><a:graphic><a:graphicData><pic:pic><pic:blipFill><a:blip r:embed=\"" + rid +
         "\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing>"
         "</w:r></w:p>";
}

std::string note_reference(bool endnote, int id) {
  return std::string("<w:r><w:") + (endnote ? "endnote" : "footnote") + "Reference w:id=\"" +
         std::to_string(id) + "\"/></w:r>";
}

struct Mix {
  unsigned seed = 1;
  bool pictures = false;  // pictures in the package, placed anywhere
  // Questions told by the blank lines around them alone (plain paragraphs, an empty one
  // before and after), one of them at each seam with its empty paragraph before the seam.
  bool spaced = false;
  // XML comments between the elements and "/>" in the text, which the cut's quick count of
  // tags miscounts: a piece is then malformed, and the part is parsed and read whole.
  bool comments = false;
};

// The body's elements: questions and answers with notes, tables, lists, links, tracked
// changes (late in the body), linked pictures without alternative text (a warning with a position),
// runs of empty paragraphs (some at the seams: the halves, quarters and pieces), and pictures in
// the package.
std::vector<std::string> elements(const Mix& mix, std::size_t count) {
  std::mt19937 random(mix.seed);
  auto chance = [&](int percent) { return static_cast<int>(random() % 100) < percent; };
  const std::size_t quarter = count / 4;
  std::vector<std::string> out;
  for (std::size_t i = 0; out.size() < count; ++i) {
    const std::size_t at = out.size();
    if (mix.comments && chance(3)) {
      out.push_back(chance(50) ? "<!-- <w:p> moved to the appendix -->"
                               : "<w:p><w:r><w:t>either/>or, and/>nor</w:t></w:r></w:p>");
      continue;
    }
    if (mix.spaced) {
      if (chance(8)) {
        out.push_back("<w:p/>");
        out.push_back(p("And what came of stretch " + std::to_string(i) + "?"));
        out.push_back("<w:p/>");
        continue;
      }
    } else if (at % quarter < 3 || at % quarter > quarter - 3 || chance(4)) {
      out.push_back(chance(50) ? "<w:p/>"
                               : "<w:p><w:r><w:t xml:space=\"preserve\"> </w:t></w:r></w:p>");
      continue;
    }
    const std::string n = std::to_string(i);
    switch (random() % 10) {
      case 0:
        if (mix.spaced) break;
        out.push_back(bold_p("What changed in year " + n + "?"));
        break;
      case 1:
        out.push_back("<w:tbl><w:tr><w:tc>" + p("Year") + "</w:tc><w:tc>" + p("Visits") +
                      "</w:tc></w:tr><w:tr><w:tc>" + p(n) + "</w:tc><w:tc><w:p><w:r><w:t>" + n +
                      "</w:t></w:r>" + note_reference(false, static_cast<int>(random() % 40) + 1) +
                      "</w:p></w:tc></w:tr></w:tbl>");
        break;
      case 2:
        out.push_back("<w:p><w:r><w:t xml:space=\"preserve\">Counted again in " + n +
                      " </w:t></w:r>" +
                      note_reference(chance(30), static_cast<int>(random() % 40) + 1) +
                      "<w:r><w:t xml:space=\"preserve\"> and </w:t></w:r><w:hyperlink "
                      "r:id=\"rIdL\"><w:r><w:t>published</w:t></w:r></w:hyperlink></w:p>");
        break;
      case 3:  // in the last quarter only, so that only a later stretch sees them
        if (at < 3 * quarter) break;
        out.push_back(
            "<w:p><w:r><w:t xml:space=\"preserve\">Revised </w:t></w:r><w:del "
            "w:id=\"1\"><w:r><w:delText>never</w:delText></w:r></w:del><w:ins "
            "w:id=\"2\"><w:r><w:t>twice</w:t></w:r></w:ins></w:p>");
        break;
      case 4:
        out.push_back(picture("rIdX", ""));  // linked, no alternative text: a warning
        break;
      case 5:
        if (mix.pictures && chance(20)) {
          out.push_back(picture(chance(50) ? "rIdP" : "rIdM", chance(50) ? "The counter" : ""));
          break;
        }
        [[fallthrough]];
      default:
        out.push_back(p("Answer " + n + ": the queue was shorter, and the forms fewer."));
    }
  }
  out.resize(count);
  for (std::size_t seam = quarter; mix.spaced && seam + 1 < count; seam += quarter) {
    out[seam - 1] = "<w:p/>";
    out[seam] = p("And what came at seam " + std::to_string(seam) + "?");
    out[seam + 1] = "<w:p/>";
  }
  return out;
}

DocxBuilder builder(const std::string& body) {
  std::string notes;
  for (int id = 1; id <= 40; id += 2) {  // the even ones are missing: warned, kept as [n]
    notes += "<w:footnote w:id=\"" + std::to_string(id) + "\">" + p("Note " + std::to_string(id)) +
             "</w:footnote>";
  }
  return DocxBuilder()
      .body(body)
      .footnotes(notes)
      .relationship("rIdL", "hyperlink", "https://example.org/report", true)
      .relationship("rIdX", "image", "https://example.org/chart.png", true)
      .relationship("rIdP", "image", "media/image1.gif")
      .relationship("rIdM", "image", "media/missing.gif")
      .file("word/media/image1.gif", one_pixel_gif());
}

std::string document_xml(const DocxBuilder& docx) {
  for (const auto& [name, bytes] : docx.files()) {
    if (name == "word/document.xml") return bytes;
  }
  return {};
}

CliResult convert(const TempDir& dir, const std::string& name, const std::string& body) {
  write_file(dir / name, builder(body).bytes());
  return run_cli({(dir / name).string(), "-t", "json", "-o", "-", "-v"});
}

std::string without(std::string text, const std::string& name) {
  for (std::size_t at; (at = text.find(name)) != std::string::npos;) text.erase(at, name.size());
  return text;
}

}  // namespace

TEST_CASE("a long body read in stretches converts as the same body read in one piece") {
  for (const Mix mix :
       {Mix{1, false, false, false}, Mix{2, false, false, false}, Mix{3, true, false, false},
        Mix{4, true, false, false}, Mix{5, false, true, false}, Mix{6, false, false, true}}) {
    CAPTURE(mix.seed, mix.pictures, mix.spaced, mix.comments);
    const std::vector<std::string> parts = elements(mix, 9000);
    std::string body;
    for (const std::string& part : parts) body += part;
    // Long enough for its document.xml to be read in pieces, too.
    REQUIRE(document_xml(builder(body)).size() > (1u << 20));
    TempDir dir;
    const CliResult split = convert(dir, "split.docx", body);
    const CliResult whole =
        convert(dir, "whole.docx", "<w:sdt><w:sdtContent>" + body + "</w:sdtContent></w:sdt>");
    REQUIRE(split.exit_code == 0);
    REQUIRE(whole.exit_code == 0);
    CHECK(split.out.size() > 500000);
    CHECK(split.out == whole.out);
    // The warnings name their file, and give the same lines.
    CHECK(without(split.err, "split.docx") == without(whole.err, "whole.docx"));
    CHECK(split.err.find("split.docx:") != std::string::npos);
  }
}

TEST_CASE("a long document.xml malformed in a later piece is refused where it is malformed") {
  std::vector<std::string> parts = elements(Mix{7, false, false, false}, 9000);
  const std::string bad = "<w:p><w:r><w:t>unclosed</w:r></w:p>";
  parts.insert(parts.begin() + 8000, bad);
  std::string body;
  for (const std::string& part : parts) body += part;
  const DocxBuilder docx = builder(body);
  const std::string xml = document_xml(docx);
  REQUIRE(xml.size() > (1u << 20));
  // Where the whole part says so (not where its piece does): at the name of the end
  // tag that does not match.
  const std::size_t offset = xml.find(bad) + bad.find("</w:r>") + 2;
  const std::string message = docx_error(docx.bytes());
  CHECK(message.find("'word/document.xml' is malformed") != std::string::npos);
  CAPTURE(message, offset);
  CHECK(message.find("at byte offset " + std::to_string(offset)) != std::string::npos);
}

TEST_CASE("a long document.xml malformed late in it is refused before its text is warned about") {
  // A document.xml read in pieces meets the malformed one only while its body is read: what
  // was read before it is not warned about, and its error comes before another part's.
  std::vector<std::string> parts = elements(Mix{8, false, false, false}, 9000);
  std::string healthy;
  for (const std::string& part : parts) healthy += part;
  const std::string bad = "<w:p><w:r><w:t>unclosed</w:r></w:p>";
  parts.insert(parts.end() - 200, bad);
  std::string body;
  for (const std::string& part : parts) body += part;
  REQUIRE(document_xml(builder(body)).size() > (1u << 20));
  TempDir dir;
  // The same text well-formed is warned about (notes that are not in the package).
  const CliResult fine = convert(dir, "fine.docx", healthy);
  REQUIRE(fine.exit_code == 0);
  REQUIRE(fine.err.find("warning:") != std::string::npos);

  const CliResult refused = convert(dir, "refused.docx", body);
  CHECK(refused.exit_code != 0);
  CHECK(refused.err.find("'word/document.xml' is malformed") != std::string::npos);
  CHECK(refused.err.find("warning:") == std::string::npos);

  write_file(dir / "both.docx", builder(body).styles("<w:style w:styleId=\"Open\">").bytes());
  const CliResult both = run_cli({(dir / "both.docx").string(), "-t", "json", "-o", "-"});
  CHECK(both.exit_code != 0);
  CHECK(both.err.find("'word/document.xml' is malformed") != std::string::npos);
  CHECK(both.err.find("styles.xml") == std::string::npos);

  // With the body well-formed, the styles' error, while the second core parses ahead.
  write_file(dir / "styles.docx", builder(healthy).styles("<w:style w:styleId=\"Open\">").bytes());
  const CliResult styles = run_cli({(dir / "styles.docx").string(), "-t", "json", "-o", "-"});
  CHECK(styles.exit_code != 0);
  CHECK(styles.err.find("'word/styles.xml' is malformed") != std::string::npos);
}
