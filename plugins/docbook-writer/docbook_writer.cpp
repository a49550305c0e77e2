// The DocBook 5 writer: an interview as an <article> whose questions and answers form a
// <qandaset>, valid against the DocBook 5.0 RELAX NG schema and its Schematron rules. Many
// interviews (--combine) become a <book> of articles.
#include <pugixml.hpp>

#include <functional>
#include <memory>
#include <vector>

#include "docbook_article.hpp"
#include "docbook_images.hpp"
#include "docbook_info.hpp"
#include "docbook_tree.hpp"
#include "govtech/phrases.hpp"
#include "govtech/plugin.hpp"
#include "govtech/text.hpp"
#include "govtech/xml.hpp"

namespace {

using namespace govtech;
using namespace govtech::docbook;

// DocBook's dir where the text runs right to left (or overrides a right-to-left language).
void set_direction(pugi::xml_node element, Direction direction, const std::string& language) {
  if (const std::string_view dir = root_dir(direction, language); !dir.empty())
    set_attribute(element, "dir", std::string(dir));
}

// The root element of a DocBook document: namespaces, the schema version and the language.
pugi::xml_node add_root(pugi::xml_document& xml, const char* name, const std::string& language) {
  pugi::xml_node root = xml.append_child(name);
  set_attribute(root, "xmlns", kDocBookNamespace);
  set_attribute(root, "xmlns:xlink", kXLinkNamespace);
  set_attribute(root, "version", "5.0");
  set_attribute(root, "xml:lang", language);
  return root;
}

// The data: URIs of the pictures `documents` carry, made as the renderer asks for them.
std::function<std::optional<std::string>(std::string_view)> carried_images(
    WriteContext& ctx, const std::vector<const Document*>& documents) {
  auto images = std::make_shared<CarriedImages>(ctx, documents);
  return [images](std::string_view src) { return (*images)(src); };
}

class DocBookWriter final : public Writer {
 public:
  FormatInfo info() const override {
    return {.name = "docbook",
            .aliases = {"docbook5", "dbk"},
            .extensions = {"xml", "dbk"},
            .mime_type = "application/docbook+xml",
            .description = "DocBook 5 XML, interviews as a question-and-answer set"};
  }

  void write(const Document& doc, WriteContext& ctx, Sink& out) const override {
    RenderState state{.diagnostics = ctx.diagnostics, .unsafe = ctx.options.flag("unsafe")};
    state.carried_fileref = carried_images(ctx, {&doc});
    pugi::xml_document xml;
    const std::string language = document_language(doc.meta, state);
    pugi::xml_node article = add_root(xml, "article", language);
    set_direction(article, doc.meta.direction, language);
    render_article(article, doc, state);
    report_dropped_raw(state);
    indent_structure(article);
    save(xml, out);
  }

  // A <book> holding the collection's metadata and one <article> per document. Each article
  // names its language when it differs from the book's.
  void write_collection(const Collection& books, WriteContext& ctx, Sink& out) const override {
    RenderState state{.diagnostics = ctx.diagnostics, .unsafe = ctx.options.flag("unsafe")};
    std::vector<const Document*> documents;
    for (const Document& doc : books.documents) documents.push_back(&doc);
    state.carried_fileref = carried_images(ctx, documents);
    Metadata book_meta = books.meta;
    book_meta.language = collection_language(books);
    const std::string language = document_language(book_meta, state);
    pugi::xml_document xml;
    pugi::xml_node book = add_root(xml, "book", language);
    set_direction(book, books.meta.direction, language);
    render_info(book, books.meta, TitleRule::optional, state);
    for (const Document& doc : books.documents) {
      pugi::xml_node article = book.append_child("article");
      // A chapter's language is checked as the book's is: a value that is no language tag
      // would make xml:lang invalid, so the chapter then keeps the book's.
      const std::string chapter(trim(xml_safe(doc.meta.language)));
      if (!chapter.empty() && chapter != language) {
        if (is_language_tag(chapter)) {
          set_attribute(article, "xml:lang", chapter);
          set_direction(article, doc.meta.direction, chapter);
        } else {
          state.diagnostics.warn("'" + chapter +
                                 "' is not a language tag such as 'en' or 'fr-CA'; "
                                 "the chapter keeps the book's language, '" +
                                 language + "'");
        }
      }
      render_article(article, doc, state);
    }
    report_dropped_raw(state);
    indent_structure(book);
    save(xml, out);
  }

  bool supports(std::string_view feature) const override { return feature == "combine"; }
};

void register_formats(Registrar& registrar) {
  registrar.add_writer(std::make_unique<DocBookWriter>());
}

}  // namespace

GOVTECH_PLUGIN("docbook-writer", "1.0.0", "DocBook 5 writer (article, qandaset, book)",
               register_formats);
