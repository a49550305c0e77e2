// Files that are not Word documents, damaged ones and hostile ones: each gives an Error that
// says what is wrong, in bounded memory and time, and never a crash.
#include <catch2/catch.hpp>

#include "cli_runner.hpp"
#include "docx_builder.hpp"
#include "files.hpp"

using namespace govtech;
using namespace govtech::testing;

namespace {

bool mentions(const std::string& message, const std::string& what) {
  INFO(message);
  return message.find(what) != std::string::npos;
}

std::string replaced(std::string bytes, const std::string& from, const std::string& to) {
  for (std::size_t at = bytes.find(from); at != std::string::npos; at = bytes.find(from, at)) {
    bytes.replace(at, from.size(), to);
    at += to.size();
  }
  return bytes;
}

}  // namespace

TEST_CASE("not a ZIP archive, a Word 97-2003 file, an empty input") {
  CHECK(mentions(docx_error("plain words, not a document"), "not a ZIP archive"));
  CHECK(mentions(docx_error(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "rest"),
                 "Word 97-2003"));
  CHECK(mentions(docx_error(""), "empty"));
}

TEST_CASE("a ZIP archive that is not a Word document says what it is") {
  CHECK(mentions(docx_error(zip_files({{"readme.txt", "hello"}})), "no word/document.xml"));
  CHECK(mentions(docx_error(zip_files({{"mimetype", "application/vnd.oasis.opendocument.text"},
                                       {"content.xml", "<office:document-content/>"}})),
                 "OpenDocument"));
}

TEST_CASE("a truncated archive, malformed XML, a DOCTYPE, invalid UTF-8, a missing body") {
  const std::string whole = DocxBuilder().body(p("Some text.")).bytes();
  CHECK(mentions(docx_error(whole.substr(0, whole.size() / 2)), "ZIP archive"));

  Files files = DocxBuilder().body(p("Some text.")).files();
  auto with_document = [&](const std::string& xml) {
    Files changed = files;
    for (auto& [name, bytes] : changed) {
      if (name == "word/document.xml") bytes = xml;
    }
    return zip_files(changed);
  };
  CHECK(mentions(docx_error(with_document("<w:document><w:body><w:p>")), "malformed"));
  CHECK(mentions(docx_error(with_document("<!DOCTYPE x [<!ENTITY a \"aaaa\">]><w:document/>")),
                 "DOCTYPE"));
  CHECK(mentions(docx_error(with_document("<w:document><w:body>\xFF</w:body></w:document>")),
                 "not valid UTF-8"));
  CHECK(mentions(docx_error(with_document("<w:document/>")), "no w:document with a w:body"));
  CHECK(mentions(docx_error(with_document(
                     "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                     "2006/main\"><w:body/></w:document>")),
                 "empty"));
}

TEST_CASE("two entries of one name are refused") {
  Files files = DocxBuilder().body(p("Some text.")).files();
  files.emplace_back("word/documenX.xml", "<x/>");
  const std::string bytes =
      replaced(zip_files(files, true), "word/documenX.xml", "word/document.xml");
  CHECK(mentions(docx_error(bytes), "two entries named 'word/document.xml'"));
}

TEST_CASE("zip bombs: an entry that inflates far beyond its size, or beyond the limit") {
  const std::string zeros(40u << 20, '\0');
  std::string bytes = DocxBuilder()
                          .body(
                              "<w:p><w:r><w:drawing><a:blip r:embed=\"rIdI\"/></w:drawing>"
                              "</w:r></w:p>")
                          .relationship("rIdI", "image", "media/image1.png")
                          .file("word/media/image1.png", zeros)
                          .bytes();
  CHECK(bytes.size() < (1u << 20));
  CHECK(mentions(docx_error(bytes), "zip bomb"));

  const std::string big(3u << 20, 'a');
  bytes = DocxBuilder().body(p(big)).bytes();
  CHECK(mentions(docx_error(bytes, {{"docx-max-size", "2"}}), "more than 2 MiB"));
  CHECK(docx_error(bytes).empty());
}

TEST_CASE("deep nesting: tables in tables and content controls in content controls") {
  std::string tables, controls;
  constexpr int kDepth = 20000;
  for (int i = 0; i < kDepth; ++i) tables += "<w:tbl><w:tr><w:tc>";
  tables += p("innermost");
  for (int i = 0; i < kDepth; ++i) tables += "</w:tc></w:tr></w:tbl>";
  for (int i = 0; i < kDepth; ++i) controls += "<w:sdt><w:sdtContent>";
  controls +=
      "<w:p><w:hyperlink><w:smartTag><w:r><w:t>deep</w:t></w:r></w:smartTag></w:hyperlink></w:p>";
  for (int i = 0; i < kDepth; ++i) controls += "</w:sdtContent></w:sdt>";
  Document doc = read_docx(DocxBuilder().body(tables + controls).bytes());
  REQUIRE(doc.intro.size() == 2);
  const Table* table = doc.intro[0].as<Table>();
  REQUIRE(table);
  CHECK(show(table->rows.at(0).at(0).content) == "innermost");
  CHECK(show(doc.intro[1]) == "deep");
}

TEST_CASE("probe: a .docx is told by its content, and by its extension") {
  const std::string bytes = DocxBuilder().body(p("Some text.")).bytes();
  CHECK(docx_reader().probe(std::string_view(bytes).substr(0, 4096)) >= 80);
  CHECK(docx_reader().probe("PK\x03\x04mimetypeapplication/epub+zip") == 0);
  CHECK(docx_reader().probe("Q: plain text") == 0);
  const auto extensions = docx_reader().info().extensions;
  CHECK(std::find(extensions.begin(), extensions.end(), "docx") != extensions.end());
}

TEST_CASE("the CLI converts a .docx found by its content alone") {
  TempDir dir;
  write_file(dir / "interview.bin",
             DocxBuilder()
                 .body(bold_p("What drew you to the work?") + p("The people at the counter.") +
                       bold_p("What comes next?") + p("Three more services this year.") +
                       bold_p("Any advice?") + p("Start small and publish early."))
                 .bytes());
  CliResult result = run_cli({(dir / "interview.bin").string(), "-t", "json", "-o", "-"});
  INFO(result.err);
  REQUIRE(result.exit_code == 0);
  CHECK(result.out.find("What comes next?") != std::string::npos);
  CHECK(result.out.find("\"entries\"") != std::string::npos);

  write_file(dir / "broken.docx", "not a document");
  result = run_cli({(dir / "broken.docx").string(), "-t", "json", "-o", "-"});
  CHECK(result.exit_code == 1);
  CHECK(result.err.find("broken.docx") != std::string::npos);
  CHECK(result.err.find("not a ZIP archive") != std::string::npos);
}

TEST_CASE("an encrypted entry is refused, naming it") {
  const Files files = DocxBuilder().body(p("Some text.")).files();
  CHECK(mentions(docx_error(zip_files(files, false, "word/document.xml")),
                 "'word/document.xml' is encrypted"));
}

TEST_CASE("a relationship whose target leaves the package is ignored") {
  std::vector<std::string> warnings;
  Document doc = read_docx(DocxBuilder()
                               .body("<w:p><w:r><w:t>Before</w:t></w:r><w:r><w:drawing>"
                                     "<a:blip r:embed=\"rIdX\"/></w:drawing></w:r></w:p>")
                               .relationship("rIdX", "image", "../../../etc/passwd")
                               .bytes(),
                           &warnings);
  REQUIRE(doc.intro.size() == 1);
  CHECK(show(doc.intro[0]) == "Before");
}

// Damaged copies of a valid document, byte by byte: each is read or refused with an Error of
// its own, never a failure of the plugin (which would be any other exception) or a crash.
TEST_CASE("damaged documents are read or refused, never a failure of the plugin") {
  const std::string body =
      bold_p("What drew you here?") + p("The people.") +
      "<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val=\"3\"/></w:tcPr>" + p("cell") +
      "</w:tc></w:tr></w:tbl><w:p><w:hyperlink r:id=\"rIdL\"><w:r><w:t>link</w:t></w:r>"
      "</w:hyperlink><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r></w:p>" +
      bold_p("What next?") + p("More of it.");
  const Files files = DocxBuilder()
                          .body(body)
                          .relationship("rIdL", "hyperlink", "https://example.org", true)
                          .files();
  std::string document;
  for (const auto& [name, bytes] : files) {
    if (name == "word/document.xml") document = bytes;
  }
  std::uint32_t seed = 12345;
  auto next = [&seed] {
    seed = seed * 1664525u + 1013904223u;
    return seed >> 8;
  };
  std::size_t plugin_failures = 0;
  for (int round = 0; round < 300; ++round) {
    Files damaged = files;
    std::string& xml = damaged[2].second;
    REQUIRE(damaged[2].first == "word/document.xml");
    xml = document;
    for (int k = 0; k < 3; ++k) {
      const std::size_t at = next() % xml.size();
      if (round % 3 == 0) {
        xml.erase(at, 1 + next() % 8);
      } else if (round % 3 == 1) {
        xml[at] = "<>/\"=&w:x"[next() % 9];
      } else {
        xml.insert(at, xml.substr(next() % xml.size(), 1 + next() % 40));
      }
    }
    std::string zip = zip_files(damaged);
    if (round % 2 == 0) zip[next() % zip.size()] ^= static_cast<char>(1 + next() % 255);
    try {
      read_docx(zip);
    } catch (const Error& e) {
      if (e.kind() == ErrorKind::plugin) {
        UNSCOPED_INFO(e.what());
        ++plugin_failures;
      }
    }
  }
  CHECK(plugin_failures == 0);
}

TEST_CASE("one picture placed many times is held once, within the bound on image data") {
  std::string picture = "\x89PNG\r\n\x1a\n";
  picture += std::string(300000, 'x');
  std::string body;
  for (int i = 0; i < 20; ++i) {
    body +=
        "<w:p><w:r><w:drawing><wp:docPr descr=\"A chart\"/><a:blip r:embed=\"rIdI\"/>"
        "</w:drawing></w:r></w:p>";
  }
  std::vector<std::string> warnings;
  Document doc = read_docx(DocxBuilder()
                               .body(body)
                               .relationship("rIdI", "image", "media/image1.png")
                               .file("word/media/image1.png", picture)
                               .bytes(),
                           &warnings, {{"docx-max-size", "2"}});
  // Twenty placements of 300 kB would be 6 MB of copies; the document holds the bytes once.
  CHECK(doc.intro.size() == 20);
  REQUIRE(doc.resources.size() == 1);
  CHECK(doc.resources[0].bytes == picture);
  CHECK(warnings.empty());
}

TEST_CASE("a part in UTF-16 is read; one that is not valid UTF-16 is refused") {
  auto utf16 = [](const std::string& ascii, bool valid) {
    std::string out = "\xFF\xFE";
    for (char c : ascii) {
      out += c;
      out += '\0';
    }
    if (!valid) out += std::string("\x00\xD8", 2);  // a lone high surrogate
    return out;
  };
  auto with_document = [](const std::string& bytes) {
    Files files = DocxBuilder().files();
    for (auto& [name, content] : files) {
      if (name == "word/document.xml") content = bytes;
    }
    return zip_files(files);
  };
  const std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-16\"?><w:document "
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
      "<w:p><w:r><w:t>Sixteen bits</w:t></w:r></w:p></w:body></w:document>";
  Document doc = read_docx(with_document(utf16(xml, true)));
  REQUIRE(doc.intro.size() == 1);
  CHECK(show(doc.intro[0]) == "Sixteen bits");
  CHECK(mentions(docx_error(with_document(utf16(xml, false))), "not valid UTF-16"));
}

TEST_CASE("an entry whose CRC-32 or size is not what the archive declares") {
  const std::string text = "The services we built reach people where they are. ";
  std::string whole;
  for (int i = 0; i < 200; ++i) whole += text;
  const std::string zip = DocxBuilder().body(p(whole)).bytes();
  // The local header holds the CRC-32 at 14 bytes and the uncompressed size at 22, the
  // central directory's at 16 and 24; each is followed by the name at 30 and 46.
  auto patched = [&](std::size_t local_at, std::size_t central_at, std::uint32_t value) {
    std::string bytes = zip;
    const std::string name = "word/document.xml";
    for (std::size_t at = bytes.find(name); at != std::string::npos;
         at = bytes.find(name, at + 1)) {
      const bool central = at >= 46 && bytes.compare(at - 46, 4, "PK\x01\x02") == 0;
      const bool local = at >= 30 && bytes.compare(at - 30, 4, "PK\x03\x04") == 0;
      if (!central && !local) continue;
      const std::size_t field = at - (central ? 46 - central_at : 30 - local_at);
      for (int k = 0; k < 4; ++k) bytes[field + k] = static_cast<char>(value >> (8 * k));
    }
    return bytes;
  };
  CHECK(mentions(docx_error(patched(14, 16, 0x12345678u)),
                 "the ZIP entry 'word/document.xml' is damaged"));
  // A size that understates the entry: read through libzip's stream, within the bounds.
  const std::string understated = patched(22, 24, 100);
  const std::string error = docx_error(understated);
  if (error.empty()) {
    CHECK(read_docx(understated).intro.size() == 1);
  } else {
    CHECK(mentions(error, "word/document.xml"));
  }
}
