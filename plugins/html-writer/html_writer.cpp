// The HTML writer: a standalone, accessible HTML5 page (or, with --fragment, the body
// content only). The markup of the content comes from the core's shared HTML renderer.
#include <algorithm>
#include <memory>
#include <set>
#include <span>
#include <string>

#include "embedded_images.hpp"
#include "govtech/html_render.hpp"
#include "govtech/phrases.hpp"
#include "govtech/plugin.hpp"
#include "govtech/text.hpp"
#include "govtech/walk.hpp"
#include "json_ld.hpp"
#include "page.hpp"

namespace {

using namespace govtech;
using namespace html_writer;

// `documents`: those the page shows. The pictures they carry are always inlined (there is no
// file to link); the files images name only with --embed-resources.
HtmlRenderOptions render_options(WriteContext& ctx, bool standalone,
                                 const std::vector<const Document*>& documents) {
  HtmlRenderOptions options;
  options.unsafe = ctx.options.flag("unsafe");
  const bool embed = ctx.options.flag("embed-resources");
  const bool carried = std::any_of(documents.begin(), documents.end(),
                                   [](const Document* doc) { return !doc->resources.empty(); });
  if (standalone || embed || carried) {
    auto inliner = embed || carried ? std::make_shared<ImageInliner>(ctx, documents) : nullptr;
    options.image_src = [inliner, standalone,
                         embed](const Image& image) -> std::optional<std::string> {
      // An empty src is not valid HTML: the description stands in for the image.
      if (standalone && is_blank(image.src)) return std::nullopt;
      // Nothing for a carried picture: it cannot be linked, so its description stands in.
      if (inliner && inliner->carries(image.src)) return (*inliner)(image.src);
      if (embed) {
        if (auto data = (*inliner)(image.src)) return data;
      }
      return image.src;
    };
  }
  return options;
}

std::string question_text(const QandA& entry) {
  std::string text = collapse_spaces(plain_text(entry.question));
  return text.empty() ? "\u2026" : text;
}

std::vector<TocEntry> question_toc(const Document& doc, const std::vector<std::string>& ids) {
  std::vector<TocEntry> entries;
  for (std::size_t i = 0; i < doc.entries.size(); ++i) {
    entries.push_back({question_text(doc.entries[i]), ids[i]});
  }
  return entries;
}

std::vector<TocEntry> toc_entries(const std::vector<HeadingOutline>& outline) {
  std::vector<TocEntry> entries;
  for (const HeadingOutline& heading : outline) {
    entries.push_back({heading.text.empty() ? "\u2026" : heading.text, heading.id,
                       toc_entries(heading.children)});
  }
  return entries;
}

bool has_notes(const Document& doc) {
  struct Finder : Visitor {
    bool found = false;
    void enter(const Inline& node) override { found |= node.kind() == InlineKind::note; }
  } finder;
  walk(doc, finder);
  return finder.found;
}

// A document that is not an interview: its blocks as they are, under an optional header and
// `nav` (a table of contents).
void render_plain_body(const Document& doc, const HtmlRenderOptions& base, bool standalone,
                       Diagnostics& diagnostics, std::string_view nav, std::string& out) {
  // Placed once, after all of the text.
  HtmlNotes notes{.heading = std::string(phrases_for(doc.meta.language).notes)};
  HtmlRenderOptions options = base;
  options.notes = &notes;
  options.language = doc.meta.language;
  std::span<const Block> blocks = doc.intro;
  const Heading* first = blocks.empty() ? nullptr : blocks.front().as<Heading>();
  bool header = false;
  // Whether the text's first heading stands as the page's title, in <h1>.
  bool leads = false;
  if (standalone) {
    // The page's own <h1> from the metadata, unless the text starts with that heading.
    const bool titled = !is_blank(doc.meta.title);
    const bool repeats =
        first && first->level == 1 &&
        collapse_spaces(plain_text(first->content)) == collapse_spaces(doc.meta.title);
    header = titled && !repeats;
    leads = repeats;
    // A page without title or headings whose notes need a section heading: the page's title
    // (from its file name) heads it, so that the notes' <h2> is not the page's only heading.
    if (!titled && top_heading_level(doc.intro) == 0 && top_heading_level(doc.trailing) == 0 &&
        has_notes(doc)) {
      header = true;
    }
    if (header) render_html_header(doc.meta, options, out);
    options.no_skipped_headings = true;
  }
  // The table of contents follows the title: the header, or else the text's first heading.
  if (!nav.empty() && !header && first && first->level == 1) leads = true;
  if (leads) {
    render_html_blocks(blocks.first(1), options, diagnostics, out);
    options.previous_heading = 1;
    blocks = blocks.subspan(1);
  }
  if (standalone) {
    // One <h1> a page: beneath a title, the text's highest headings are <h2>, and the levels
    // below follow them (never skipping one).
    int top = top_heading_level(blocks);
    const int trailing_top = top_heading_level(doc.trailing);
    if (top == 0 || (trailing_top != 0 && trailing_top < top)) top = trailing_top;
    if (top != 0) options.heading_offset = (header || leads ? 2 : 1) - top;
    if (header) options.previous_heading = 1;
  }
  out.append(nav);
  render_html_blocks(blocks, options, diagnostics, out);
  render_html_blocks(doc.trailing, options, diagnostics, out);
  render_html_notes(notes, options, diagnostics, out);
}

class HtmlWriter final : public Writer {
 public:
  FormatInfo info() const override {
    return {.name = "html",
            .aliases = {"html5"},
            .extensions = {"html", "htm"},
            .mime_type = "text/html",
            .description = "accessible HTML5 page (or a fragment with -V fragment)",
            .binary = false,
            .options = {{.name = "fragment",
                         .type = OptionType::flag,
                         .default_value = "false",
                         .help = "the body content only, without a page around it"},
                        {.name = "embed-resources",
                         .type = OptionType::flag,
                         .default_value = "false",
                         .help = "put the --css file and the images inside the page"},
                        {.name = "css", .help = "a stylesheet URL to link (or, embedded, a file)"},
                        {.name = "toc",
                         .type = OptionType::flag,
                         .default_value = "false",
                         .help = "a navigation of the questions, or else the headings"}}};
  }

  void write(const Document& doc, WriteContext& ctx, Sink& sink) const override {
    const bool fragment = ctx.options.flag("fragment");
    const bool toc = ctx.options.flag("toc");
    HtmlRenderOptions options = render_options(ctx, !fragment, {&doc});
    std::string language = doc.meta.language;
    if (!fragment) {
      language = page_language(doc.meta, ctx.diagnostics);
      const std::string title = page_title(doc, ctx.file, ctx.diagnostics);
      // The article needs a heading: the page title stands in for a missing one.
      options.fallback_title = title;
      HeadFields head{.language = language,
                      .direction = doc.meta.direction,
                      .title = title,
                      .description = page_description(doc),
                      .authors = doc.meta.authors,
                      .keywords = doc.meta.keywords,
                      .json_ld = json_ld_script({&doc}, language)};
      sink.write(page_start(head, ctx));
      sink.write("<main>\n");
    }

    // Every id the page's elements carry, and where each internal link goes.
    const LinkTargets targets = link_targets(doc);
    options.targets = &targets;
    // A fragment goes into a page this conversion does not see, which may hold the target.
    options.keep_missing_targets = fragment;
    if (doc.is_interview()) {
      // Handed to the sink as it is rendered: a long interview's markup is never held whole.
      const std::vector<std::string>& ids = targets.question_ids();
      std::string nav;
      if (toc) nav = toc_nav(question_toc(doc, ids), language, 2);
      render_html_article(doc, options, ctx.diagnostics, sink, nav, ids);
    } else {
      // No questions: the table of contents lists the headings, as deep as level 3.
      std::string nav;
      if (toc) {
        const std::vector<HeadingOutline> outline = heading_outline(doc, targets);
        if (outline.empty()) {
          ctx.diagnostics.warn("--toc: the document has neither questions nor headings to list");
        } else {
          options.heading_id = heading_ids(outline);
          nav = toc_nav(toc_entries(outline), language, 2);
        }
      }
      std::string body;
      render_plain_body(doc, options, !fragment, ctx.diagnostics, nav, body);
      sink.write(body);
    }
    if (!fragment) {
      sink.write("</main>\n");
      sink.write(page_end());
    }
  }

  void write_collection(const Collection& books, WriteContext& ctx, Sink& sink) const override {
    const bool fragment = ctx.options.flag("fragment");
    std::vector<const Document*> shown;
    for (const Document& doc : books.documents) shown.push_back(&doc);
    const HtmlRenderOptions base = render_options(ctx, !fragment, shown);
    Metadata meta = books.meta;
    meta.language = collection_language(books);
    if (is_blank(meta.title) && !books.documents.empty())
      meta.title = books.documents.front().meta.series;
    Document cover{.meta = meta, .intro = {}, .entries = {}, .trailing = {}};
    const std::string language = fragment ? meta.language : page_language(meta, ctx.diagnostics);
    const std::string title = page_title(cover, ctx.file, ctx.diagnostics);
    cover.meta.title = title;

    // Ids unique across the whole page: one per interview, then its questions and other
    // targets; each interview's links lead within it.
    IdSet used{"toc", "toc-title"};
    std::vector<std::string> article_ids;
    std::vector<LinkTargets> targets;
    std::vector<TocEntry> contents;
    for (std::size_t n = 0; n < books.documents.size(); ++n) {
      const Document& doc = books.documents[n];
      std::string label = collapse_spaces(doc.meta.title);
      if (label.empty()) label = collapse_spaces(doc.meta.interviewee.name);
      if (label.empty()) label = std::to_string(n + 1);
      article_ids.push_back(unique_id(label, used, "interview"));
    }
    for (std::size_t n = 0; n < books.documents.size(); ++n) {
      const Document& doc = books.documents[n];
      targets.push_back(link_targets(doc, used));
      std::string label = collapse_spaces(doc.meta.title);
      if (label.empty()) label = collapse_spaces(doc.meta.interviewee.name);
      if (label.empty()) label = std::to_string(n + 1);
      contents.push_back({label, article_ids[n], question_toc(doc, targets[n].question_ids())});
    }

    if (!fragment) {
      std::vector<const Document*> docs;
      std::vector<std::string> authors = meta.authors;
      for (const Document& doc : books.documents) {
        docs.push_back(&doc);
        for (const auto& a : doc.meta.authors) {
          if (std::find(authors.begin(), authors.end(), a) == authors.end()) authors.push_back(a);
        }
      }
      HeadFields head{.language = language,
                      .direction = meta.direction,
                      .title = title,
                      .description = collapse_spaces(meta.description),
                      .authors = authors,
                      .keywords = meta.keywords,
                      .json_ld = json_ld_script(docs, language)};
      sink.write(page_start(head, ctx));
      sink.write("<main>\n");
    }
    std::string top;
    render_html_header(cover.meta, base, top);
    top.append(toc_nav(contents, language, 2));
    sink.write(top);
    HtmlRenderOptions article_options = base;
    article_options.heading_offset = 1;
    article_options.keep_missing_targets = fragment;  // as for one document's fragment
    for (std::size_t n = 0; n < books.documents.size(); ++n) {
      article_options.fallback_title = contents[n].text;
      article_options.targets = &targets[n];
      render_html_article(books.documents[n], article_options, ctx.diagnostics, sink, {},
                          targets[n].question_ids(), article_ids[n]);
    }
    if (!fragment) {
      sink.write("</main>\n");
      sink.write(page_end());
    }
  }

  bool supports(std::string_view feature) const override { return feature == "combine"; }
};

void register_formats(Registrar& registrar) {
  registrar.add_writer(std::make_unique<HtmlWriter>());
}

}  // namespace

GOVTECH_PLUGIN("html-writer", "1.0.0", "Accessible, valid HTML5 pages and fragments",
               register_formats);
