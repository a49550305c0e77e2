#include "docx_builder.hpp"

#include <zip.h>

#include <stdexcept>

#include "govtech/registry.hpp"
#include "govtech/testing.hpp"

namespace govtech::testing {

namespace {

constexpr const char* kNamespaces =
    " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
    " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
    " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
    " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
    " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

constexpr const char* kRelationshipTypes =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

std::string escaped(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '&') {
      out += "&amp;";
    } else if (c == '<') {
      out += "&lt;";
    } else if (c == '>') {
      out += "&gt;";
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string zip_files(const Files& files, bool stored, const std::string& encrypted) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!buffer) throw std::runtime_error("zip_source_buffer_create failed");
  zip_source_keep(buffer);
  zip_t* archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!archive) throw std::runtime_error("zip_open_from_source failed");
  for (const auto& [name, bytes] : files) {
    zip_source_t* source = zip_source_buffer(archive, bytes.data(), bytes.size(), 0);
    const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_ENC_UTF_8);
    if (index < 0) throw std::runtime_error("zip_file_add failed for " + name);
    const auto at = static_cast<zip_uint64_t>(index);
    if (stored) zip_set_file_compression(archive, at, ZIP_CM_STORE, 0);
    if (name == encrypted && zip_file_set_encryption(archive, at, ZIP_EM_AES_256, "secret") != 0) {
      throw std::runtime_error("zip_file_set_encryption failed for " + name);
    }
  }
  if (zip_close(archive) != 0) throw std::runtime_error("zip_close failed");
  zip_source_open(buffer);
  zip_source_seek(buffer, 0, SEEK_END);
  const zip_int64_t size = zip_source_tell(buffer);
  zip_source_seek(buffer, 0, SEEK_SET);
  std::string out(static_cast<std::size_t>(size), '\0');
  zip_source_read(buffer, out.data(), static_cast<zip_uint64_t>(size));
  zip_source_close(buffer);
  zip_source_free(buffer);
  return out;
}

DocxBuilder& DocxBuilder::body(std::string xml) {
  body_ = std::move(xml);
  return *this;
}
DocxBuilder& DocxBuilder::styles(std::string xml) {
  styles_ = std::move(xml);
  return *this;
}
DocxBuilder& DocxBuilder::numbering(std::string xml) {
  numbering_ = std::move(xml);
  return *this;
}
DocxBuilder& DocxBuilder::footnotes(std::string xml) {
  footnotes_ = std::move(xml);
  return *this;
}
DocxBuilder& DocxBuilder::core(std::string xml) {
  core_ = std::move(xml);
  return *this;
}
DocxBuilder& DocxBuilder::relationship(std::string id, std::string type, std::string target,
                                       bool external) {
  rels_.push_back("<Relationship Id=\"" + id + "\" Type=\"" + kRelationshipTypes + type +
                  "\" Target=\"" + target + "\"" + (external ? " TargetMode=\"External\"" : "") +
                  "/>");
  return *this;
}
DocxBuilder& DocxBuilder::file(std::string name, std::string bytes) {
  extra_.emplace_back(std::move(name), std::move(bytes));
  return *this;
}

Files DocxBuilder::files() const {
  const std::string head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  Files files;
  files.emplace_back(
      "[Content_Types].xml",
      head +
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" "
          "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>");
  std::string package_rels =
      head +
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"" +
      kRelationshipTypes + "officeDocument\" Target=\"word/document.xml\"/>";
  if (!core_.empty()) {
    package_rels +=
        "<Relationship Id=\"rId2\" "
        "Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
        "core-properties\" Target=\"docProps/core.xml\"/>";
  }
  files.emplace_back("_rels/.rels", package_rels + "</Relationships>");
  files.emplace_back("word/document.xml", head + "<w:document" + kNamespaces + "><w:body>" + body_ +
                                              "</w:body></w:document>");
  std::string rels =
      head +
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">";
  if (!styles_.empty()) {
    rels += std::string("<Relationship Id=\"rIdS\" Type=\"") + kRelationshipTypes +
            "styles\" Target=\"styles.xml\"/>";
    files.emplace_back("word/styles.xml",
                       head + "<w:styles" + kNamespaces + ">" + styles_ + "</w:styles>");
  }
  if (!numbering_.empty()) {
    rels += std::string("<Relationship Id=\"rIdN\" Type=\"") + kRelationshipTypes +
            "numbering\" Target=\"numbering.xml\"/>";
    files.emplace_back("word/numbering.xml",
                       head + "<w:numbering" + kNamespaces + ">" + numbering_ + "</w:numbering>");
  }
  if (!footnotes_.empty()) {
    rels += std::string("<Relationship Id=\"rIdF\" Type=\"") + kRelationshipTypes +
            "footnotes\" Target=\"footnotes.xml\"/>";
    files.emplace_back("word/footnotes.xml",
                       head + "<w:footnotes" + kNamespaces + ">" + footnotes_ + "</w:footnotes>");
  }
  for (const std::string& rel : rels_) rels += rel;
  files.emplace_back("word/_rels/document.xml.rels", rels + "</Relationships>");
  if (!core_.empty()) {
    files.emplace_back(
        "docProps/core.xml",
        head +
            "<cp:coreProperties "
            "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            "xmlns:dcterms=\"http://purl.org/dc/terms/\">" +
            core_ + "</cp:coreProperties>");
  }
  for (const auto& entry : extra_) files.push_back(entry);
  return files;
}

std::string p(const std::string& text) {
  return "<w:p><w:r><w:t xml:space=\"preserve\">" + escaped(text) + "</w:t></w:r></w:p>";
}
std::string bold_p(const std::string& text) {
  return "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + escaped(text) +
         "</w:t></w:r></w:p>";
}
std::string styled_p(const std::string& style, const std::string& text) {
  return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr><w:r><w:t>" + escaped(text) +
         "</w:t></w:r></w:p>";
}

std::string one_pixel_gif() {
  static constexpr unsigned char kGif[] = {
      0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00, 0x00,
      0x00, 0x00, 0xff, 0xff, 0xff, 0x21, 0xf9, 0x04, 0x01, 0x00, 0x00, 0x00, 0x00, 0x2c,
      0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0x02, 0x01, 0x44, 0x00, 0x3b};
  return std::string(reinterpret_cast<const char*>(kGif), sizeof kGif);
}

const Reader& docx_reader() {
  static Provided<Reader> reader = load_reader(GOVTECH_PLUGIN_DIR, "docx");
  return *reader.handler;
}

Document read_docx(const std::string& bytes, std::vector<std::string>* warnings,
                   const std::vector<std::pair<std::string, std::string>>& options) {
  ConversionSettings settings;
  for (const auto& [key, value] : options) settings.options.set(key, value);
  Diagnostics diagnostics(kTestInputName);
  Document doc = read_from_string(docx_reader(), bytes, settings, diagnostics);
  if (warnings) {
    for (const Diagnostic& d : diagnostics.take()) {
      if (d.severity == Severity::warning) warnings->push_back(d.message);
    }
  }
  return doc;
}

std::string docx_error(const std::string& bytes,
                       const std::vector<std::pair<std::string, std::string>>& options) {
  try {
    read_docx(bytes, nullptr, options);
  } catch (const Error& e) {
    return e.message();
  }
  return {};
}

std::string show(const Inlines& inlines) {
  std::string out;
  for (const Inline& node : inlines) {
    if (const auto* t = node.as<Text>()) out += t->text;
    if (const auto* s = node.as<Strong>()) out += "**" + show(s->children) + "**";
    if (const auto* e = node.as<Emphasis>()) out += "*" + show(e->children) + "*";
    if (const auto* k = node.as<Strikethrough>()) out += "~~" + show(k->children) + "~~";
    if (const auto* c = node.as<Code>()) out += "`" + c->text + "`";
    if (const auto* u = node.as<Superscript>()) out += "^" + show(u->children) + "^";
    if (const auto* d = node.as<Subscript>()) out += "~" + show(d->children) + "~";
    if (const auto* n = node.as<Note>()) {
      out += "[^";
      for (const Block& b : n->blocks) out += show(b);
      out += "]";
    }
    if (const auto* l = node.as<Link>()) out += "[" + show(l->children) + "](" + l->url + ")";
    if (const auto* i = node.as<Image>())
      out += "![" + show(i->alt) + "](" + i->src.substr(0, 22) + ")";
    if (node.kind() == InlineKind::hard_break || node.kind() == InlineKind::soft_break) {
      out += "\n";
    }
  }
  return out;
}

std::string show(const Block& block) {
  if (const auto* p = block.as<Paragraph>()) return show(p->content);
  if (const auto* h = block.as<Heading>()) {
    return std::string(static_cast<std::size_t>(h->level), '#') + " " + show(h->content);
  }
  return "<block " + std::to_string(static_cast<int>(block.kind())) + ">";
}

}  // namespace govtech::testing
