// The EPUB 3 writer: assembles a Book (content documents, images, stylesheet, navigation,
// metadata derived from the content) and packs it into a reproducible OCF zip container.
#include <memory>
#include <set>

#include "accessibility.hpp"
#include "book.hpp"
#include "content_documents.hpp"
#include "cover.hpp"
#include "govtech/phrases.hpp"
#include "govtech/plugin.hpp"
#include "identifier.hpp"
#include "images.hpp"
#include "localisation.hpp"
#include "navigation.hpp"
#include "package_document.hpp"
#include "publication_info.hpp"
#include "stylesheet.hpp"
#include "zip_package.hpp"

namespace govtech::epub {

namespace {

bool has_raw_html(const Blocks& blocks);

bool has_raw_html(const Inlines& inlines) {
  for (const Inline& node : inlines) {
    if (auto* raw = node.as<RawInline>(); raw && raw->format == "html") return true;
    if (auto* e = node.as<Emphasis>(); e && has_raw_html(e->children)) return true;
    if (auto* s = node.as<Strong>(); s && has_raw_html(s->children)) return true;
    if (auto* s = node.as<Strikethrough>(); s && has_raw_html(s->children)) return true;
    if (auto* l = node.as<Link>(); l && has_raw_html(l->children)) return true;
  }
  return false;
}

bool has_raw_html(const Blocks& blocks) {
  for (const Block& node : blocks) {
    if (auto* raw = node.as<RawBlock>(); raw && raw->format == "html") return true;
    if (auto* p = node.as<Paragraph>(); p && has_raw_html(p->content)) return true;
    if (auto* h = node.as<Heading>(); h && has_raw_html(h->content)) return true;
    if (auto* q = node.as<BlockQuote>(); q && has_raw_html(q->blocks)) return true;
    auto items_have = [](const std::vector<ListItem>& items) {
      for (const ListItem& item : items) {
        if (has_raw_html(item.blocks)) return true;
      }
      return false;
    };
    if (auto* l = node.as<BulletList>(); l && items_have(l->items)) return true;
    if (auto* l = node.as<OrderedList>(); l && items_have(l->items)) return true;
    if (auto* t = node.as<Table>()) {
      for (const TableCell& cell : t->header) {
        if (has_raw_html(cell.content)) return true;
      }
      for (const auto& row : t->rows) {
        for (const TableCell& cell : row) {
          if (has_raw_html(cell.content)) return true;
        }
      }
    }
  }
  return false;
}

bool has_raw_html(const Document& doc) {
  if (has_raw_html(doc.intro) || has_raw_html(doc.trailing)) return true;
  for (const QandA& entry : doc.entries) {
    if (has_raw_html(entry.question) || has_raw_html(entry.answer)) return true;
  }
  return false;
}

// The people a publication credits: its own byline, else the bylines of its interviews.
void credit_people(Book& book, const std::vector<const Document*>& interviews) {
  std::set<std::string> seen_authors(book.meta.authors.begin(), book.meta.authors.end());
  if (book.meta.authors.empty()) {
    for (const Document* doc : interviews) {
      for (const std::string& author : doc->meta.authors) {
        if (seen_authors.insert(author).second) book.meta.authors.push_back(author);
      }
    }
  }
  std::set<std::string> seen_people;
  if (!book.meta.interviewee.name.empty()) {
    book.contributors.push_back(book.meta.interviewee);
    seen_people.insert(book.meta.interviewee.name);
  }
  for (const Document* doc : interviews) {
    const Person& person = doc->meta.interviewee;
    if (!person.name.empty() && seen_people.insert(person.name).second) {
      book.contributors.push_back(person);
    }
  }
}

// Builds the whole book for one interview (`collection` false) or many.
std::string make_epub(const Metadata& meta, const std::vector<const Document*>& interviews,
                      bool collection, std::string identifier, WriteContext& ctx) {
  Book book;
  book.meta = meta;
  if (book.meta.title.empty()) {
    book.meta.title = fallback_title(meta);
    ctx.diagnostics.warn("the document has no title; the EPUB is titled '" + book.meta.title +
                         "'. Set one with -M title=TEXT");
  }
  if (!meta.date.empty() && !w3c_date(meta.date)) {
    ctx.diagnostics.warn("the date '" + meta.date +
                         "' is not in a form EPUB accepts (such as 2020-03-12) and is left out "
                         "of the package metadata");
  }
  book.language = book_language(meta, ctx.diagnostics, book.facts.language_declared);
  book.direction = meta.direction != Direction::unspecified ? meta.direction
                                                            : direction_of_language(book.language);
  book.identifier = meta.identifier.empty() ? std::move(identifier) : meta.identifier;
  book.timestamp = build_timestamp();
  book.modified = utc_timestamp(book.timestamp);
  credit_people(book, interviews);
  int level = ctx.options.integer("compression-level", 6, 0, 9);
  bool unsafe = ctx.options.flag("unsafe");
  for (const Document* doc : interviews) book.facts.raw_markup |= unsafe && has_raw_html(*doc);

  BookStylesheet stylesheet = book_stylesheet(ctx);
  std::optional<PublicationFile> cover = load_cover_image(ctx, meta);
  book.facts.cover = cover.has_value();

  ImageEmbedder images(ctx, book.facts, kFromText);
  ContentSettings settings{
      .language = book.language,
      .direction = book.direction,
      .stylesheet_href = std::string(kFromText) + kStylesheetHref,
      .split = ctx.options.flag("split"),
      .render = {.xhtml = true,
                 .unsafe = unsafe,
                 .heading_offset = 0,
                 .image_src = [&images](const Image& image) { return images(image); }}};
  const Phrases& words = phrases_for(book.language);

  if (cover) {
    book.files.push_back(cover_page(*cover, book.meta.title, settings));
    book.landmarks.push_back({"cover", words.cover, book.files.back().href, true});
  }
  book.files.push_back(title_page(book.meta, settings));
  book.landmarks.push_back({"titlepage", words.title_page, book.files.back().href, true});
  book.landmarks.push_back({"toc", words.contents, std::string(kNavDocument) + "#toc"});
  std::size_t nav_position = book.files.size();
  for (std::size_t i = 0; i < interviews.size(); ++i) {
    std::string stem = collection ? "chapter-" + std::to_string(i + 1) : "interview";
    std::size_t first = book.files.size();
    book.toc.push_back(
        add_interview(*interviews[i], stem, collection, settings, ctx.diagnostics, book.files));
    if (i == 0)
      book.landmarks.push_back(
          {"bodymatter", words.start_of_content, book.files[first].href, true});
  }

  for (PublicationFile& image : images.take_files()) book.files.push_back(std::move(image));
  if (cover) book.files.push_back(std::move(*cover));
  for (PublicationFile& font : stylesheet.fonts) book.files.push_back(std::move(font));
  book.files.push_back({.id = "stylesheet",
                        .href = kStylesheetHref,
                        .media_type = "text/css",
                        .bytes = std::move(stylesheet.css)});

  // The table of contents is part of the reading order, after the title page, so that the
  // landmark pointing at it leads somewhere every reading system shows.
  PublicationFile nav{.id = "nav",
                      .href = kNavDocument,
                      .media_type = "application/xhtml+xml",
                      .properties = "nav",
                      .bytes = nav_document(book, kStylesheetHref),
                      .in_spine = true};
  book.files.insert(book.files.begin() + static_cast<std::ptrdiff_t>(nav_position), std::move(nav));

  AccessibilityMetadata a11y = derive_accessibility(book.facts, book.language);
  std::string folder = std::string(kPackageFolder) + "/";
  std::vector<ZipEntry> entries;
  entries.push_back({"mimetype", "application/epub+zip", false});
  entries.push_back({"META-INF/container.xml", container_xml()});
  entries.push_back({folder + kPackageDocument, package_document(book, a11y)});
  entries.push_back({folder + kNcxDocument, ncx_document(book)});
  for (PublicationFile& file : book.files) {
    // Images are compressed already: deflating them again costs time and gains nothing.
    bool compress = file.media_type.rfind("image/", 0) != 0 || file.media_type == "image/svg+xml";
    entries.push_back({folder + file.href, std::move(file.bytes), compress});
  }
  return build_zip(entries, book.timestamp, level);
}

class EpubWriter final : public Writer {
 public:
  FormatInfo info() const override {
    return {.name = "epub",
            .aliases = {"epub3"},
            .extensions = {"epub"},
            .mime_type = "application/epub+zip",
            .description = "EPUB 3 e-book, accessible and reproducible",
            .binary = true,
            .options = {{.name = "split",
                         .type = OptionType::flag,
                         .default_value = "false",
                         .help = "one content document per question (or per top section)"},
                        {.name = "compression-level",
                         .type = OptionType::integer,
                         .default_value = "6",
                         .help = "deflate level of the package, 0 (stored) to 9 (smallest)",
                         .min = 0,
                         .max = 9},
                        {.name = "css", .help = "a stylesheet file to package instead of ours"},
                        {.name = "cover-image", .help = "an image file for the cover page"},
                        {.name = "toc",
                         .type = OptionType::flag,
                         .default_value = "false",
                         .help = "a table of contents page in the reading order too"}}};
  }

  void write(const Document& doc, WriteContext& ctx, Sink& out) const override {
    out.write(make_epub(doc.meta, {&doc}, false, derived_identifier(doc), ctx));
  }

  void write_collection(const Collection& books, WriteContext& ctx, Sink& out) const override {
    if (books.documents.empty()) {
      throw Error(ErrorKind::usage, "there is nothing to combine: no documents were given");
    }
    std::vector<const Document*> interviews;
    for (const Document& doc : books.documents) interviews.push_back(&doc);
    Metadata meta = books.meta;
    meta.language = collection_language(books);
    out.write(make_epub(meta, interviews, true, derived_identifier(books), ctx));
  }

  bool supports(std::string_view feature) const override { return feature == "combine"; }
};

void register_formats(Registrar& registrar) {
  registrar.add_writer(std::make_unique<EpubWriter>());
}

}  // namespace

}  // namespace govtech::epub

GOVTECH_PLUGIN("epub-writer", "1.0.0", "EPUB 3 writer", govtech::epub::register_formats);
