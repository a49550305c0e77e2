// The DOCX reader: Word documents (WordprocessingML, ECMA-376 transitional and strict) through
// libzip and pugixml, read into the interview the editor formatted: bold or heading questions,
// Q:/A: labels or speaker turns, found by the same recogniser as the other readers use.
//
// Options: -V docx-max-size=MiB lowers the bound on what the package may inflate to (256 MiB
// in all, 128 MiB for one entry); -V docx-layout=qa|transcript|recognised|article forces a
// layout.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "assemble.hpp"
#include "body.hpp"
#include "document_pieces.hpp"
#include "govtech/phrases.hpp"
#include "govtech/plugin.hpp"
#include "govtech/text.hpp"
#include "numbering.hpp"
#include "ooxml.hpp"
#include "package.hpp"
#include "styles.hpp"

namespace govtech::docx {

namespace {

// Property text: controls dropped, white space collapsed.
std::string property_text(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x20 || c == '\t' || c == '\n') out += c;
  }
  return collapse_spaces(out);
}

// Names that word processors and libraries put in dc:creator when nobody set one.
bool placeholder_creator(const std::string& name) {
  const std::string folded = ascii_lower(name);
  for (std::string_view generic : {"microsoft office user", "user", "admin", "administrator",
                                   "author", "unknown", "python-docx", "owner", "windows user"}) {
    if (folded == generic) return true;
  }
  return false;
}

// docProps/core.xml: title, creator, description or subject, keywords, created, language.
Metadata core_properties(Package& package, const std::string& part) {
  Metadata meta;
  auto xml = package.read_xml(part);
  if (!xml) return meta;
  pugi::xml_node root = xml->document_element();
  const Names n = names_of(root);
  auto value = [&](const std::string& prefix, std::string_view local) {
    return property_text(child(root, prefix, local).child_value());
  };
  meta.title = value(n.dc, "title");
  // Word separates the authors of its Author field with semicolons.
  const std::string creators = value(n.dc, "creator");
  for (std::size_t start = 0; start < creators.size();) {
    std::size_t end = creators.find(';', start);
    if (end == std::string::npos) end = creators.size();
    const std::string creator(trim(std::string_view(creators).substr(start, end - start)));
    if (!creator.empty() && !placeholder_creator(creator)) meta.authors.push_back(creator);
    start = end + 1;
  }
  meta.description = value(n.dc, "description");
  if (std::string subject = value(n.dc, "subject"); !subject.empty()) {
    if (meta.description.empty()) {
      meta.description = subject;
    } else {
      meta.extra.emplace_back("subject", subject);
    }
  }
  const std::string keywords = value(n.cp, "keywords");
  std::size_t start = 0;
  while (start < keywords.size()) {
    std::size_t end = keywords.find_first_of(",;", start);
    if (end == std::string::npos) end = keywords.size();
    std::string_view word = trim(std::string_view(keywords).substr(start, end - start));
    if (!word.empty()) meta.keywords.emplace_back(word);
    start = end + 1;
  }
  const std::string created = value(n.dcterms, "created");
  if (created.size() >= 10 && created[4] == '-' && created[7] == '-') {
    meta.date = created.substr(0, 10);
  }
  if (std::string lang = value(n.dc, "language"); is_language_tag(lang)) meta.language = lang;
  return meta;
}

// Each note referenced from the text, read from footnotes.xml or endnotes.xml.
std::vector<Note> read_notes(Package& package, const Relationships& rels, Reading& body) {
  std::vector<Note> notes(body.notes.size());
  if (notes.empty()) return notes;
  for (const bool endnote : {false, true}) {
    std::string part;
    for (const auto& [id, rel] : rels) {
      if (rel.type == (endnote ? "endnotes" : "footnotes") && !rel.external) part = rel.target;
    }
    if (part.empty()) continue;
    auto xml = package.read_xml(part);
    if (!xml) continue;
    pugi::xml_node root = xml->document_element();
    const Names names = names_of(root);
    const Relationships note_rels = package.relationships(part);
    Reading reading{body.package,     names, body.styles, body.numbering,
                    body.diagnostics, part,  note_rels};
    reading.language = body.language;
    reading.rtl = body.rtl;
    reading.default_bidi = body.default_bidi;
    reading.paragraphs = body.paragraphs;
    reading.image_bytes = body.image_bytes;
    reading.max_image_bytes = body.max_image_bytes;
    std::swap(reading.images, body.images);
    std::swap(reading.resources, body.resources);
    std::map<std::string, pugi::xml_node, std::less<>> by_id;
    for (pugi::xml_node note : root.children()) {
      by_id.emplace(attr(note, names.w, "id").value(), note);
    }
    for (std::size_t i = 0; i < body.notes.size(); ++i) {
      if (body.notes[i].endnote != endnote) continue;
      auto found = by_id.find(body.notes[i].id);
      if (found != by_id.end()) notes[i].items = read_body(found->second, reading);
    }
    std::swap(reading.images, body.images);
    std::swap(reading.resources, body.resources);
    body.paragraphs = reading.paragraphs;
    body.tracked_changes |= reading.tracked_changes;
    body.comments |= reading.comments;
    body.text_boxes |= reading.text_boxes;
    body.unknown_symbols |= reading.unknown_symbols;
    body.too_many_images |= reading.too_many_images;
    body.image_bytes = reading.image_bytes;
  }
  for (std::size_t i = 0; i < notes.size(); ++i) {
    if (notes[i].items.empty()) {
      body.diagnostics.warn("note " + std::to_string(i + 1) +
                            " is referenced but missing from the document; the reference "
                            "stays as [" +
                            std::to_string(i + 1) + "]");
    }
  }
  return notes;
}

void warn_about_leftovers(const Reading& r) {
  if (r.tracked_changes) {
    r.diagnostics.warn(
        "the document has tracked changes that were not accepted; they were read as accepted "
        "(insertions kept, deletions left out)");
  }
  if (r.comments) r.diagnostics.warn("the document's comments were left out");
  if (r.text_boxes) {
    r.diagnostics.warn("text boxes were left out; move their text into the body to keep it");
  }
  if (r.unknown_symbols) {
    r.diagnostics.warn("symbols from a symbol font with no known Unicode character were left out");
  }
  if (r.too_many_images) {
    r.diagnostics.warn(
        "pictures beyond the limit of image data in all (256 MiB, or -V docx-max-size) were left "
        "out");
  }
  if (r.embedded_documents) {
    r.diagnostics.warn("documents embedded in the document (w:altChunk) were left out");
  }
}

// What the body needs of the package's other parts.
struct OtherParts {
  Relationships rels;  // the main part's
  StyleSheet styles;
  Numbering numbering;
  Metadata meta;
};

// The main part's relationships, the styles, the numbering and the core properties. A main part
// read in pieces is known well-formed only once all of them are parsed: when one of these
// fails, the main part is parsed whole first, so that its error comes first, as it did when
// it was parsed before them.
OtherParts read_other_parts(Package& package, const std::string& main, const std::string& core,
                            const MainPart& document) {
  OtherParts parts;
  try {
    parts.rels = package.relationships(main);
    auto part_of = [&](std::string_view type) {
      for (const auto& [id, rel] : parts.rels) {
        if (rel.type == type && !rel.external) return rel.target;
      }
      return std::string();
    };
    if (auto xml = package.read_xml(part_of("styles"))) {
      parts.styles = StyleSheet(xml->document_element(), names_of(xml->document_element()));
    }
    if (auto xml = package.read_xml(part_of("numbering"))) {
      parts.numbering = Numbering(xml->document_element(), names_of(xml->document_element()));
    }
    parts.meta = core_properties(package, core);
  } catch (...) {
    if (document.pieces) parse_xml(std::move(*package.read_again(main)), main);
    throw;
  }
  if (parts.meta.language.empty() && is_language_tag(parts.styles.default_language())) {
    parts.meta.language = parts.styles.default_language();
  }
  return parts;
}

// The body, the notes and what was left out, with the warnings found reading them.
struct MainText {
  std::optional<std::vector<Item>> items;  // nothing when a piece of the main part is malformed
  std::vector<Note> notes;
  std::vector<DocumentResource> resources;
  std::vector<Diagnostic> found;
};

template <class ReadItems>
MainText read_text_with(Package& package, const std::string& main, const Names& names,
                        const OtherParts& others, const Limits& limits, ReadItems read_items) {
  Diagnostics found;
  Reading reading{package, names, others.styles, others.numbering, found, main, others.rels};
  reading.language =
      others.meta.language.empty() ? others.styles.default_language() : others.meta.language;
  reading.default_bidi = others.styles.paragraph("").para.bidi;
  reading.rtl = reading.default_bidi.value_or(false) ||
                direction_of_language(reading.language) == Direction::rtl;
  reading.max_image_bytes = limits.total;
  MainText text;
  text.items = read_items(reading);
  if (!text.items) return text;
  text.notes = read_notes(package, others.rels, reading);
  warn_about_leftovers(reading);
  text.resources = std::move(reading.resources);
  text.found = found.take();
  return text;
}

// The main part's text read, in pieces when it was cut into them. Its warnings are kept until
// all is read: a piece found malformed meanwhile makes the part parsed whole (which reports
// what and where) and, when that finds it well-formed after all, read whole.
MainText read_main_text(Package& package, const std::string& main, const Names& names,
                        const OtherParts& others, const Limits& limits, MainPart& document,
                        PieceReading* pieces) {
  auto whole = [&](pugi::xml_node body) {
    return read_text_with(package, main, names, others, limits, [&](Reading& reading) {
      return std::optional(read_long_body(body, reading));
    });
  };
  if (!pieces) return whole(child(document.first->document_element(), names.w, "body"));
  MainText text = read_text_with(package, main, names, others, limits, [&](Reading& reading) {
    return pieces->read(std::move(document.first), reading);
  });
  if (text.items) return text;
  document.pieces.reset();
  document.first = parse_xml(std::move(*package.read_again(main)), main);
  return whole(child(document.first->document_element(), names.w, "body"));
}

Document read_docx(std::string_view input, ReadContext& ctx) {
  Limits limits;
  if (ctx.options.has("docx-max-size")) {
    const std::uint64_t mib =
        static_cast<std::uint64_t>(ctx.options.integer("docx-max-size", 256, 1, 256));
    limits.total = mib << 20;
    limits.per_entry = std::min(limits.per_entry, limits.total);
  }
  Package package(input, limits);

  std::string main = "word/document.xml";
  std::string core = "docProps/core.xml";
  for (const auto& [id, rel] : package.relationships("")) {
    if (rel.external) continue;
    if (rel.type == "officeDocument") main = rel.target;
    if (rel.type == "core-properties") core = rel.target;
  }
  MainPart document = read_main_part(package, main);
  if (!document.first) {
    throw Error(ErrorKind::input,
                "not a .docx: the package has no main document part ('" + main + "')");
  }
  pugi::xml_node root = document.first->document_element();
  const Names names = names_of(root);
  pugi::xml_node body = child(root, names.w, "body");
  if (!is(root, names.w, "document") || !body) {
    throw Error(ErrorKind::input, "'" + main +
                                      "' is not a WordprocessingML document: it has no "
                                      "w:document with a w:body");
  }
  // The second core parses its first pieces while the other parts are read.
  std::optional<PieceReading> pieces;
  if (document.pieces) pieces.emplace(*document.pieces);
  OtherParts others = read_other_parts(package, main, core, document);
  MainText text =
      read_main_text(package, main, names, others, limits, document, pieces ? &*pieces : nullptr);
  pieces.reset();
  document = {};  // the tree is read: its memory is for what follows
  for (Diagnostic& d : text.found) {
    if (d.severity == Severity::note) {
      ctx.diagnostics.note(std::move(d.message), d.where.pos);
    } else {
      ctx.diagnostics.warn(std::move(d.message), d.where.pos);
    }
  }
  std::vector<Item> items = std::move(*text.items);
  if (items.empty()) {
    throw Error(ErrorKind::input, "the document is empty: its body holds no text");
  }
  Document doc = assemble(std::move(items), std::move(text.notes), std::move(others.meta),
                          ctx.options.get("docx-layout", "auto"), ctx.diagnostics);
  doc.resources = std::move(text.resources);
  return doc;
}

class DocxReader final : public Reader {
 public:
  FormatInfo info() const override {
    return {.name = "docx",
            .aliases = {"word"},
            .extensions = {"docx", "docm", "dotx"},
            .mime_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            .description =
                "Word documents (.docx): bold or heading questions, Q:/A: labels, "
                "speaker turns",
            .options = {{.name = "docx-layout",
                         .type = OptionType::choice,
                         .default_value = "auto",
                         .help = "how questions are told: found by the recogniser (auto), or "
                                 "forced",
                         .choices = {"auto", "qa", "transcript", "recognised", "article"}},
                        {.name = "docx-max-size",
                         .type = OptionType::integer,
                         .default_value = "256",
                         .help = "MiB the package may inflate to in all",
                         .min = 1,
                         .max = 256}}};
  }

  int probe(std::string_view head) const override { return probe_docx(head); }

  Document read(std::string_view input, ReadContext& ctx) const override {
    return read_docx(input, ctx);
  }
};

void register_formats(Registrar& registrar) {
  registrar.add_reader(std::make_unique<DocxReader>());
}

}  // namespace

}  // namespace govtech::docx

GOVTECH_PLUGIN("docx-reader", "1.0.0", "Word documents (.docx) through libzip and pugixml",
               govtech::docx::register_formats);
