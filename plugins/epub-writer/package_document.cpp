#include "package_document.hpp"

#include "govtech/xml.hpp"
#include "publication_info.hpp"

namespace govtech::epub {

namespace {

class OpfMetadata {
 public:
  explicit OpfMetadata(std::string& out) : out_(out) {}

  // <dc:NAME id="ID">value</dc:NAME>; the id only when refinements follow.
  void dc(const std::string& name, const std::string& value, const std::string& id = {}) {
    out_ += "    <dc:" + name;
    if (!id.empty()) out_ += " id=\"" + id + "\"";
    out_ += ">";
    append_xml_escaped(out_, value);
    out_ += "</dc:" + name + ">\n";
  }

  void meta(const std::string& property, const std::string& value, const std::string& refines = {},
            const std::string& attributes = {}) {
    out_ += "    <meta";
    if (!refines.empty()) out_ += " refines=\"#" + refines + "\"";
    out_ += " property=\"" + property + "\"" + attributes + ">";
    append_xml_escaped(out_, value);
    out_ += "</meta>\n";
  }

 private:
  std::string& out_;
};

// "Jane Doe, Director of Digital, Ministry of Things" style display is for the page; the
// package names people by name alone.
void people(OpfMetadata& opf, const Book& book) {
  int n = 0;
  for (const std::string& author : book.meta.authors) {
    std::string id = "creator-" + std::to_string(++n);
    opf.dc("creator", author, id);
    opf.meta("role", "aut", id, " scheme=\"marc:relators\"");
  }
  n = 0;
  for (const Person& person : book.contributors) {
    if (person.name.empty()) continue;
    std::string id = "contributor-" + std::to_string(++n);
    opf.dc("contributor", person.name, id);
    opf.meta("role", "ive", id, " scheme=\"marc:relators\"");  // MARC relator: interviewee
  }
}

void accessibility(OpfMetadata& opf, const AccessibilityMetadata& a11y, std::string& out) {
  for (const auto& mode : a11y.access_modes) opf.meta("schema:accessMode", mode);
  for (const auto& set : a11y.access_modes_sufficient) {
    opf.meta("schema:accessModeSufficient", set);
  }
  for (const auto& feature : a11y.features) opf.meta("schema:accessibilityFeature", feature);
  for (const auto& hazard : a11y.hazards) opf.meta("schema:accessibilityHazard", hazard);
  out += "    <meta property=\"schema:accessibilitySummary\" xml:lang=\"" +
         xml_escaped(a11y.summary_language, true) + "\">";
  append_xml_escaped(out, a11y.summary);
  out += "</meta>\n";
  if (a11y.conforms) {
    opf.meta("dcterms:conformsTo", kConformsTo);
    opf.meta("a11y:certifiedBy", kCertifiedBy);
  }
}

}  // namespace

std::string package_document(const Book& book, const AccessibilityMetadata& a11y) {
  const Metadata& meta = book.meta;
  std::string out;
  out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out +=
      "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" "
      "unique-identifier=\"pub-id\" xml:lang=\"" +
      xml_escaped(book.language, true) + "\">\n";
  out += "  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n";
  OpfMetadata opf(out);
  opf.dc("identifier", book.identifier, "pub-id");
  opf.dc("title", meta.title, "main-title");
  opf.meta("title-type", "main", "main-title");
  if (!meta.subtitle.empty()) {
    opf.dc("title", meta.subtitle, "sub-title");
    opf.meta("title-type", "subtitle", "sub-title");
  }
  people(opf, book);
  opf.dc("language", book.language);
  if (auto date = w3c_date(meta.date)) opf.dc("date", *date);
  for (const auto& [key, value] : meta.extra) {
    if (key == "publisher" && !value.empty()) opf.dc("publisher", value);
  }
  if (!meta.description.empty()) opf.dc("description", meta.description);
  for (const std::string& keyword : meta.keywords) {
    if (!keyword.empty()) opf.dc("subject", keyword);
  }
  if (!meta.rights.empty()) opf.dc("rights", meta.rights);
  if (!meta.series.empty()) {
    opf.meta("belongs-to-collection", meta.series, {}, " id=\"series\"");
    opf.meta("collection-type", "series", "series");
  }
  opf.meta("dcterms:modified", book.modified);
  accessibility(opf, a11y, out);
  // EPUB 2 reading systems find the cover by this OPF 2 meta, which EPUB 3 keeps allowed.
  for (const PublicationFile& file : book.files) {
    if (file.properties == "cover-image") {
      out += "    <meta name=\"cover\" content=\"" + xml_escaped(file.id, true) + "\"/>\n";
    }
  }
  out += "  </metadata>\n";

  out += "  <manifest>\n";
  out += "    <item id=\"ncx\" href=\"" + std::string(kNcxDocument) +
         "\" media-type=\"application/x-dtbncx+xml\"/>\n";
  for (const PublicationFile& file : book.files) {
    out += "    <item id=\"" + xml_escaped(file.id, true) + "\" href=\"" +
           xml_escaped(file.href, true) + "\" media-type=\"" + file.media_type + "\"";
    if (!file.properties.empty()) out += " properties=\"" + file.properties + "\"";
    out += "/>\n";
  }
  out += "  </manifest>\n";

  // Pages turn leftwards in a right-to-left book (EPUB 3.3, the spine's attribute).
  out += book.direction == Direction::rtl
             ? "  <spine toc=\"ncx\" page-progression-direction=\"rtl\">\n"
             : "  <spine toc=\"ncx\">\n";
  for (const PublicationFile& file : book.files) {
    if (file.in_spine) out += "    <itemref idref=\"" + xml_escaped(file.id, true) + "\"/>\n";
  }
  out += "  </spine>\n";
  out += "</package>\n";
  return out;
}

std::string container_xml() {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
         "  <rootfiles>\n"
         "    <rootfile full-path=\"" +
         std::string(kPackageFolder) + "/" + kPackageDocument +
         "\" media-type=\"application/oebps-package+xml\"/>\n"
         "  </rootfiles>\n"
         "</container>\n";
}

}  // namespace govtech::epub
