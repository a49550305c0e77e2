#include "epub_support.hpp"

#include <zip.h>

#include <cstdlib>
#include <memory>
#include <stdexcept>

#include "govtech/pipeline.hpp"
#include "govtech/registry.hpp"

namespace epubtest {

using namespace govtech;

bool Epub::has(const std::string& name) const {
  for (const ZipItem& item : items) {
    if (item.name == name) return true;
  }
  return false;
}

const std::string& Epub::text(const std::string& name) const {
  for (const ZipItem& item : items) {
    if (item.name == name) return item.bytes;
  }
  throw std::runtime_error("no entry '" + name + "' in the EPUB");
}

std::vector<std::string> Epub::names() const {
  std::vector<std::string> names;
  for (const ZipItem& item : items) names.push_back(item.name);
  return names;
}

Epub open_epub(const std::string& bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!source) throw std::runtime_error("libzip: cannot make a source");
  zip_t* archive = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (!archive) {
    zip_source_free(source);
    throw std::runtime_error(std::string("libzip cannot open the EPUB: ") +
                             zip_error_strerror(&error));
  }
  std::unique_ptr<zip_t, decltype(&zip_discard)> guard(archive, zip_discard);
  Epub epub;
  zip_int64_t count = zip_get_num_entries(archive, 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    zip_stat_t st;
    zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st);
    ZipItem item{st.name, st.comp_method, {}};
    zip_file_t* file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
    if (!file) throw std::runtime_error("libzip cannot open entry " + item.name);
    item.bytes.resize(st.size);
    zip_int64_t got = zip_fread(file, item.bytes.data(), st.size);
    zip_fclose(file);  // checks the CRC
    if (got != static_cast<zip_int64_t>(st.size)) {
      throw std::runtime_error("short read or bad CRC in " + item.name);
    }
    epub.items.push_back(std::move(item));
  }
  return epub;
}

namespace {

Provided<Writer> epub_writer() {
  static Registry registry;
  static Provided<Writer> writer = [] {
    registry.add_folder(GOVTECH_PLUGIN_DIR);
    Provided<Writer> w = registry.writer("epub");
    if (!w) throw std::runtime_error("the epub writer plugin was not found");
    return w;
  }();
  return writer;
}

std::vector<std::string> messages(Diagnostics& diagnostics) {
  std::vector<std::string> out;
  for (const Diagnostic& d : diagnostics.take()) out.push_back(d.message);
  return out;
}

}  // namespace

Written write_epub(const Document& doc, const WriteSettings& settings) {
  ConversionSettings conversion{settings.options, {}, settings.resource_paths};
  Diagnostics diagnostics("test.md");
  StringSink sink;
  write_document(epub_writer(), doc, "test.md", settings.input_folder, conversion, diagnostics,
                 sink);
  return {sink.take(), messages(diagnostics)};
}

Written write_epub(const Collection& books, const WriteSettings& settings) {
  ConversionSettings conversion{settings.options, {}, settings.resource_paths};
  Diagnostics diagnostics("report");
  StringSink sink;
  write_collection(epub_writer(), books, settings.input_folder, conversion, diagnostics, sink);
  return {sink.take(), messages(diagnostics)};
}

Paragraph paragraph(const std::string& text) {
  return Paragraph{{Text{text}}};
}

Image image(const std::string& src, const std::string& alt) {
  Image img;
  img.src = src;
  if (!alt.empty()) img.alt.push_back(Text{alt});
  return img;
}

Document essay_with_headings() {
  Document doc;
  doc.meta.title = "Notes on open data";
  doc.meta.language = "en";
  auto heading = [](int level, const std::string& text) { return Heading{level, {Text{text}}}; };
  doc.intro = {heading(1, "Notes on open data"),
               paragraph("Open data is a habit."),
               heading(2, "Why publish"),
               paragraph("Because it is asked for."),
               heading(3, "Costs"),
               paragraph("Lower than feared."),
               heading(2, "How"),
               paragraph("One data set at a time."),
               heading(4, "Too deep for the table"),
               paragraph("Still rendered.")};
  return doc;
}

Document sample_interview() {
  Document doc;
  doc.meta.title = "Building services people can finish";
  doc.meta.subtitle = "A conversation about digital government";
  doc.meta.interviewee = {"Amara Osei", "Head of Digital Services", "Service Design Unit",
                          "Ministry of Communications", "Ghana"};
  doc.meta.authors = {"Kofi Mensah", "Efua Owusu"};
  doc.meta.series = "Women in GovTech Special Report 2020";
  doc.meta.date = "2020-03-12";
  doc.meta.language = "en-GB";
  doc.intro.push_back(paragraph("Amara Osei leads a team of twenty-two."));

  QandA first;
  first.question = {Text{"How did you come to work in digital government?"}};
  first.answer.push_back(paragraph("I trained as a civil engineer."));
  first.answer.push_back(Heading{1, {Text{"Early years"}}});
  first.answer.push_back(BulletList{
      true, {ListItem{{paragraph("Drainage")}, {}}, ListItem{{paragraph("Permits")}, {}}}});
  doc.entries.push_back(std::move(first));

  QandA second;
  second.question = {Text{"What was the hardest problem "}, Emphasis{{Text{"this"}}},
                     Text{" year?"}};
  second.answer.push_back(BlockQuote{{paragraph("Birth registration.")}});
  Table table;
  table.alignments = {Alignment::left, Alignment::right};
  table.header = {TableCell{{Text{"Year"}}}, TableCell{{Text{"Registrations"}}}};
  table.rows = {{TableCell{{Text{"2019"}}}, TableCell{{Text{"51%"}}}},
                {TableCell{{Text{"2020"}}}, TableCell{{Text{"83%"}}}}};
  second.answer.push_back(std::move(table));
  doc.entries.push_back(std::move(second));

  QandA third;
  third.question = {Text{"What does a good day look like?"}};
  third.answer.push_back(
      Paragraph{{Text{"One where we "}, Strong{{Text{"learn"}}}, Text{" something: "},
                 Link{"https://example.org/report", "", {Text{"the report"}}}, Text{"."}}});
  third.answer.push_back(CodeBlock{"text", "print view\n"});
  doc.entries.push_back(std::move(third));

  doc.trailing.push_back(paragraph("This interview was edited for length."));
  return doc;
}

std::string tiny_font(const std::string& signature) {
  auto be32 = [](std::uint32_t n) {
    return std::string{static_cast<char>(n >> 24), static_cast<char>(n >> 16),
                       static_cast<char>(n >> 8), static_cast<char>(n)};
  };
  if (signature == "wOF2" || signature == "wOFF") {
    // The WOFF header: signature, flavour (TrueType), length, then counts and sizes, all 0 but
    // the length and the size of the empty font it would unpack to (its 12-byte sfnt header).
    const std::size_t header = signature == "wOF2" ? 48 : 44;
    std::string font = signature + be32(0x00010000) + be32(static_cast<std::uint32_t>(header));
    font += std::string(4, '\0');  // numTables, reserved
    font += be32(12);              // totalSfntSize
    font.resize(header, '\0');
    return font;
  }
  // An sfnt header: the version, then no tables (numTables, searchRange, entrySelector,
  // rangeShift all 0).
  return signature + std::string(8, '\0');
}

ScopedEnv::ScopedEnv(const char* name, std::optional<std::string> value) : name_(name) {
  if (const char* old = std::getenv(name)) old_ = old;
  if (value) {
    setenv(name, value->c_str(), 1);
  } else {
    unsetenv(name);
  }
}

ScopedEnv::~ScopedEnv() {
  if (old_) {
    setenv(name_.c_str(), old_->c_str(), 1);
  } else {
    unsetenv(name_.c_str());
  }
}

std::vector<std::string> meta_values(const std::string& opf, const std::string& property) {
  std::vector<std::string> values;
  std::string needle = "property=\"" + property + "\"";
  for (std::size_t at = opf.find(needle); at != std::string::npos; at = opf.find(needle, at + 1)) {
    std::size_t open_end = opf.find('>', at);
    std::size_t close = opf.find("</meta>", open_end);
    values.push_back(opf.substr(open_end + 1, close - open_end - 1));
  }
  return values;
}

}  // namespace epubtest
