// Blocks and inlines as HTML. The markup follows the CommonMark reference renderer exactly
// (element choice, attribute order, where line breaks fall), so that a Markdown document's
// fragment equals what that renderer produces; only safety differs (raw HTML and unsafe URLs
// are dropped unless the user asks for them).
#include <algorithm>
#include <string>

#include "govtech/html_render.hpp"
#include "govtech/phrases.hpp"
#include "govtech/text.hpp"
#include "govtech/xml.hpp"
#include "html_renderer.hpp"

namespace govtech::html_detail {

namespace {

bool is_html_format(const std::string& format) {
  const std::string lower = ascii_lower(format);
  return lower == "html" || lower == "html5" || lower == "xhtml";
}

// The scheme of a URL, for messages ("javascript").
std::string scheme_of(std::string_view url) {
  std::string scheme;
  for (char ch : url) {
    auto c = static_cast<unsigned char>(ch);
    if (c <= 0x20) continue;
    if (c == ':') break;
    scheme.push_back(static_cast<char>(std::tolower(c)));
    if (scheme.size() > 16) break;
  }
  return scheme;
}

// Whether raw HTML goes into the output. Only with --unsafe, and never into XHTML (EPUB):
// raw HTML is rarely well-formed XML (`<br>`, unquoted attributes, a stray end tag), and
// reading systems refuse a content document that is not.
bool keeps_raw_html(const HtmlRenderOptions& options, Diagnostics& diagnostics, SourcePos pos,
                    const char* what) {
  if (options.unsafe && !options.xhtml) return true;
  diagnostics.warn(
      std::string(what) + (options.xhtml
                               ? " left out: XHTML output carries only markup the converter makes"
                               : " left out (use --unsafe to keep raw HTML)"),
      pos);
  return false;
}

}  // namespace

Attributes Renderer::attributes_of(const void* node, const Attributes& given) const {
  Attributes attributes = given;
  const LinkTarget* target = options.targets ? options.targets->target_of(node) : nullptr;
  if (target && (!given.id.empty() || target->linked)) attributes.id = target->id;
  return attributes;
}

void Renderer::cr() {
  if (!out.empty() && out.back() != '\n') out.push_back('\n');
}

void Renderer::void_end() {
  out.append(options.xhtml ? "/>" : " />");
}

void Renderer::blocks(std::span<const Block> list, bool tight) {
  for (const Block& b : list) block(b, tight);
}

void Renderer::block(const Block& b, bool tight) {
  const SourcePos saved = pos;
  if (b.pos.line) pos = b.pos;
  switch (b.kind()) {
    case BlockKind::paragraph:
      paragraph(b.as<Paragraph>()->content, tight);
      break;
    case BlockKind::heading:
      heading(*b.as<Heading>());
      break;
    case BlockKind::bullet_list: {
      const auto& list = *b.as<BulletList>();
      cr();
      out.append("<ul>\n");
      items(list.items, list.tight);
      out.append("</ul>\n");
      break;
    }
    case BlockKind::ordered_list: {
      const auto& list = *b.as<OrderedList>();
      cr();
      if (list.start == 1) {
        out.append("<ol>\n");
      } else {
        out.append("<ol start=\"" + std::to_string(list.start) + "\">\n");
      }
      items(list.items, list.tight);
      out.append("</ol>\n");
      break;
    }
    case BlockKind::block_quote:
      cr();
      out.append("<blockquote>\n");
      blocks(b.as<BlockQuote>()->blocks, false);
      cr();
      out.append("</blockquote>\n");
      break;
    case BlockKind::code_block:
      code_block(*b.as<CodeBlock>());
      break;
    case BlockKind::thematic_break:
      cr();
      out.append("<hr");
      void_end();
      out.push_back('\n');
      break;
    case BlockKind::table:
      table(*b.as<Table>());
      break;
    case BlockKind::raw: {
      const auto& raw = *b.as<RawBlock>();
      if (!is_html_format(raw.format)) break;  // meant for another format
      if (!keeps_raw_html(options, diagnostics, pos, "raw HTML block")) break;
      cr();
      out.append(raw.text);
      cr();
      break;
    }
    case BlockKind::division: {
      const auto& division = *b.as<Division>();
      cr();
      out.append("<div");
      append_html_attributes(out, attributes_of(&division, *division.attributes), options.xhtml);
      out.append(">\n");
      in_language(*division.attributes, [&] { blocks(division.blocks, false); });
      cr();
      out.append("</div>\n");
      break;
    }
    case BlockKind::figure:
      figure(*b.as<Figure>());
      break;
    case BlockKind::definition_list:
      definition_list(*b.as<DefinitionList>());
      break;
  }
  pos = saved;
}

void Renderer::figure(const Figure& f) {
  cr();
  out.append("<figure");
  append_html_attributes(out, attributes_of(&f, *f.attributes), options.xhtml);
  out.append(">\n");
  inlines(f.content);
  if (!f.caption.empty()) {
    out.append("\n<figcaption>");
    inlines(f.caption);
    out.append("</figcaption>");
  }
  out.append("\n</figure>\n");
}

void Renderer::definition_list(const DefinitionList& list) {
  cr();
  out.append("<dl>\n");
  for (const DefinitionItem& item : list.items) {
    out.append("<dt>");
    inlines(item.term);
    out.append("</dt>\n");
    for (const Blocks& definition : item.definitions) {
      // One paragraph reads as a term's gloss, without paragraph spacing.
      const bool tight = definition.size() == 1 && definition.front().as<Paragraph>();
      out.append("<dd>");
      if (!tight) out.push_back('\n');
      blocks(definition, tight);
      if (!tight) cr();
      out.append("</dd>\n");
    }
  }
  out.append("</dl>\n");
}

void Renderer::note_reference(const Note& note) {
  const int number = ++notes->numbered;
  notes->pending.emplace_back(number, &note);
  const std::string n = std::to_string(number);
  out.append("<sup class=\"note-ref\">");
  if (in_link) {  // an anchor inside a link is invalid: the number alone
    out.append(n);
  } else {
    out.append("<a href=\"#");
    append_html_escaped(out, notes->id_prefix + "-" + n);
    out.append("\" id=\"");
    append_html_escaped(out, notes->id_prefix + "ref-" + n);
    out.append(options.xhtml ? "\" epub:type=\"noteref\" role=\"doc-noteref\">"
                             : "\" role=\"doc-noteref\">");
    out.append(n);
    out.append("</a>");
  }
  out.append("</sup>");
}

void Renderer::paragraph(const Inlines& content, bool tight) {
  if (!tight) {
    cr();
    out.append("<p>");
  }
  if (!prefix.empty()) {
    out.append(prefix);
    prefix.clear();
  }
  inlines(content);
  if (!tight) out.append("</p>\n");
}

void Renderer::heading(const Heading& h) {
  int level = std::clamp(h.level + options.heading_offset, 1, 6);
  if (options.no_skipped_headings) {
    level = std::min(level, std::max(last_heading, options.heading_offset) + 1);
    level = std::clamp(level, 1, 6);
    last_heading = level;
  }
  const std::string tag = "h" + std::to_string(level);
  cr();
  out.append("<" + tag);
  Attributes attributes = attributes_of(&h, *h.attributes);
  if (attributes.id.empty() && options.heading_id) attributes.id = options.heading_id(h);
  append_html_attributes(out, attributes, options.xhtml);
  out.push_back('>');
  inlines(h.content);
  out.append("</" + tag + ">\n");
}

void Renderer::code_block(const CodeBlock& code) {
  cr();
  const std::string_view info = code.info;
  const std::size_t end = info.find_first_of(" \t\n\f\r\v");
  const std::string_view language = info.substr(0, end);
  if (language.empty()) {
    out.append("<pre><code>");
  } else {
    out.append("<pre><code class=\"");
    if (!language.starts_with("language-")) out.append("language-");
    append_html_escaped(out, language);
    out.append("\">");
  }
  append_html_escaped(out, code.text);
  out.append("</code></pre>\n");
}

void Renderer::items(const std::vector<ListItem>& list, bool tight) {
  for (const ListItem& item : list) {
    cr();
    out.append("<li>");
    if (item.task) {
      task_item(item, tight);
    } else {
      blocks(item.blocks, tight);
    }
    out.append("</li>\n");
  }
}

// A task-list item's checkbox needs an accessible name: the label around it and the item's
// first paragraph gives it one. Without a paragraph to label, a check-box character stands in.
void Renderer::task_item(const ListItem& item, bool tight) {
  const bool checked = *item.task;
  if (!item.blocks.empty() && item.blocks.front().kind() == BlockKind::paragraph) {
    const Block& first = item.blocks.front();
    const SourcePos saved = pos;
    if (first.pos.line) pos = first.pos;
    if (!tight) {
      cr();
      out.append("<p>");
    }
    out.append("<label><input type=\"checkbox\" disabled=\"\"");
    if (checked) out.append(" checked=\"\"");
    void_end();
    out.push_back(' ');
    inlines(first.as<Paragraph>()->content);
    out.append("</label>");
    if (!tight) out.append("</p>\n");
    pos = saved;
    for (std::size_t i = 1; i < item.blocks.size(); ++i) block(item.blocks[i], tight);
    return;
  }
  out.append(checked ? "\u2611 " : "\u2610 ");
  blocks(item.blocks, tight);
}

void Renderer::table(const Table& t) {
  // A row may be shorter than the table: its last cell spans the columns left over, which keeps
  // the table model whole without making up a cell for each of them.
  std::size_t columns = t.header.size();
  if (columns == 0) {
    for (const auto& row : t.rows) columns = std::max(columns, row.size());
  }
  auto cell = [&](const char* tag, const TableCell& c, std::size_t column, std::size_t span) {
    out.append("<");
    out.append(tag);
    if (tag[1] == 'h') out.append(" scope=\"col\"");
    if (span > 1) {
      out.append(" colspan=\"");
      out.append(std::to_string(span));
      out.append("\"");
    }
    // The align attribute is obsolete in HTML5; a style keeps the alignment valid.
    const Alignment a = column < t.alignments.size() ? t.alignments[column] : Alignment::none;
    if (a == Alignment::left) out.append(" style=\"text-align: left\"");
    if (a == Alignment::center) out.append(" style=\"text-align: center\"");
    if (a == Alignment::right) out.append(" style=\"text-align: right\"");
    out.append(">");
    inlines(c.content);
    out.append("</");
    out.append(tag);
    out.append(">\n");
  };
  cr();
  out.append("<table>\n");
  if (!t.header.empty()) {
    out.append("<thead>\n<tr>\n");
    for (std::size_t i = 0; i < t.header.size(); ++i) cell("th", t.header[i], i, 1);
    out.append("</tr>\n</thead>\n");
  }
  if (!t.rows.empty()) {
    out.append("<tbody>\n");
    for (const auto& row : t.rows) {
      out.append("<tr>\n");
      static const TableCell empty;
      const std::size_t last = row.empty() ? 0 : row.size() - 1;
      for (std::size_t i = 0; i < last; ++i) cell("td", row[i], i, 1);
      if (columns > 0 || !row.empty()) {
        const std::size_t span = columns > last ? columns - last : 1;
        cell("td", row.empty() ? empty : row[last], last, span);
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n");
  }
  out.append("</table>\n");
}

void Renderer::inlines(const Inlines& list) {
  for (const Inline& node : list) inline_node(node);
}

void Renderer::wrapped(const char* tag, const Inlines& children) {
  out.append("<");
  out.append(tag);
  out.append(">");
  inlines(children);
  out.append("</");
  out.append(tag);
  out.append(">");
}

void Renderer::inline_node(const Inline& node) {
  switch (node.kind()) {
    case InlineKind::text:
      append_html_escaped(out, node.as<Text>()->text);
      break;
    case InlineKind::emphasis:
      wrapped("em", node.as<Emphasis>()->children);
      break;
    case InlineKind::strong:
      wrapped("strong", node.as<Strong>()->children);
      break;
    case InlineKind::strikethrough:
      wrapped("del", node.as<Strikethrough>()->children);
      break;
    case InlineKind::code:
      out.append("<code>");
      append_html_escaped(out, node.as<Code>()->text);
      out.append("</code>");
      break;
    case InlineKind::link:
      link(*node.as<Link>());
      break;
    case InlineKind::image:
      image(*node.as<Image>());
      break;
    case InlineKind::soft_break:
      out.push_back('\n');
      break;
    case InlineKind::hard_break:
      out.append("<br");
      void_end();
      out.push_back('\n');
      break;
    case InlineKind::raw: {
      const auto& raw = *node.as<RawInline>();
      if (!is_html_format(raw.format)) break;
      if (!keeps_raw_html(options, diagnostics, pos, "raw HTML")) break;
      out.append(raw.text);
      break;
    }
    case InlineKind::superscript:
      wrapped("sup", node.as<Superscript>()->children);
      break;
    case InlineKind::subscript:
      wrapped("sub", node.as<Subscript>()->children);
      break;
    case InlineKind::span: {
      const Span& span = *node.as<Span>();
      if (span.attributes->empty()) {
        inlines(span.children);
        break;
      }
      out.append("<span");
      append_html_attributes(out, attributes_of(&span, *span.attributes), options.xhtml);
      out.push_back('>');
      in_language(*span.attributes, [&] { inlines(span.children); });
      out.append("</span>");
      break;
    }
    case InlineKind::note:
      note_reference(*node.as<Note>());
      break;
    case InlineKind::quoted:
      quoted(*node.as<Quoted>());
      break;
  }
}

void Renderer::quoted(const Quoted& q) {
  const QuoteMarks marks = quote_marks(current_language(), q.kind);
  append_html_escaped(out, marks.open);
  inlines(q.children);
  append_html_escaped(out, marks.close);
}

void Renderer::link(const Link& l) {
  // A link inside a link is invalid HTML; the inner one keeps only its text.
  if (in_link) {
    inlines(l.children);
    return;
  }
  if (!options.unsafe && is_unsafe_url(l.url)) {
    diagnostics.warn("link to a " + scheme_of(l.url) +
                         ": URL made inert, keeping its text (use --unsafe to keep such links)",
                     pos);
    inlines(l.children);
    return;
  }
  const LinkTarget* target = nullptr;
  if (const auto fragment = internal_fragment(l.url); fragment && options.targets) {
    target = options.targets->find(*fragment);
    if (!target && !options.keep_missing_targets) {
      diagnostics.warn(missing_target_warning(*fragment), pos);
      inlines(l.children);
      return;
    }
  }
  out.append("<a href=\"");
  if (target && options.target_href) {
    out.append(options.target_href(*target));
  } else {
    append_html_url(out, target ? "#" + target->id : l.url);
  }
  if (!l.title.empty()) {
    out.append("\" title=\"");
    append_html_escaped(out, l.title);
  }
  out.append("\">");
  in_link = true;
  inlines(l.children);
  in_link = false;
  out.append("</a>");
}

void Renderer::image(const Image& img) {
  std::string src = img.src;
  if (!options.unsafe && is_unsafe_url(src)) {
    diagnostics.warn("image with a " + scheme_of(src) +
                         ": source left out, keeping its description (use --unsafe to keep it)",
                     pos);
    alt_text(img.alt);
    return;
  }
  if (options.image_src) {
    std::optional<std::string> mapped = options.image_src(img);
    if (!mapped) {
      alt_text(img.alt);
      return;
    }
    src = std::move(*mapped);
  }
  if (img.alt.empty()) {
    diagnostics.warn(
        "image '" + img.src + "' has no description (alt text); screen reader users will miss it",
        pos);
  }
  out.append("<img src=\"");
  append_html_url(out, src);
  out.append("\" alt=\"");
  alt_text(img.alt);
  if (!img.title.empty()) {
    out.append("\" title=\"");
    append_html_escaped(out, img.title);
  }
  out.append("\"");
  void_end();
}

// The plain text of a description, as the reference renderer writes alt attributes: markup
// left out, line breaks as spaces, raw HTML as literal (escaped) text.
void Renderer::alt_text(const Inlines& list) {
  for (const Inline& node : list) {
    switch (node.kind()) {
      case InlineKind::text:
        append_html_escaped(out, node.as<Text>()->text);
        break;
      case InlineKind::code:
        append_html_escaped(out, node.as<Code>()->text);
        break;
      case InlineKind::raw:
        append_html_escaped(out, node.as<RawInline>()->text);
        break;
      case InlineKind::soft_break:
      case InlineKind::hard_break:
        out.push_back(' ');
        break;
      case InlineKind::emphasis:
        alt_text(node.as<Emphasis>()->children);
        break;
      case InlineKind::strong:
        alt_text(node.as<Strong>()->children);
        break;
      case InlineKind::strikethrough:
        alt_text(node.as<Strikethrough>()->children);
        break;
      case InlineKind::link:
        alt_text(node.as<Link>()->children);
        break;
      case InlineKind::image:
        alt_text(node.as<Image>()->alt);
        break;
      case InlineKind::superscript:
        alt_text(node.as<Superscript>()->children);
        break;
      case InlineKind::subscript:
        alt_text(node.as<Subscript>()->children);
        break;
      case InlineKind::span:
        alt_text(node.as<Span>()->children);
        break;
      case InlineKind::note:  // a description holds no notes
        break;
      case InlineKind::quoted: {
        const QuoteMarks marks = quote_marks(current_language(), node.as<Quoted>()->kind);
        out += marks.open;
        alt_text(node.as<Quoted>()->children);
        out += marks.close;
        break;
      }
    }
  }
}

}  // namespace govtech::html_detail

namespace govtech {

void append_html_attributes(std::string& out, const Attributes& attributes, bool xhtml) {
  auto attribute = [&](std::string_view name, std::string_view value) {
    out.push_back(' ');
    out.append(name);
    out.append("=\"");
    append_html_escaped(out, value);
    out.push_back('"');
  };
  if (!attributes.id.empty()) attribute("id", attributes.id);
  if (!attributes.classes.empty()) {
    std::string classes;
    for (const std::string& name : attributes.classes) {
      if (!classes.empty()) classes.push_back(' ');
      classes += name;
    }
    attribute("class", classes);
  }
  if (!attributes.language.empty()) {
    attribute("lang", attributes.language);
    if (xhtml) attribute("xml:lang", attributes.language);
  }
  if (const std::string_view dir = direction_name(attributes.direction); !dir.empty())
    attribute("dir", dir);
}

void render_html_notes(HtmlNotes& notes, const HtmlRenderOptions& options, Diagnostics& diagnostics,
                       std::string& out) {
  if (notes.pending.empty()) return;
  HtmlRenderOptions inner = options;
  inner.notes = &notes;
  inner.heading_offset = 6;  // a heading inside a note stays below every heading of the page
  inner.no_skipped_headings = false;
  if (!out.empty() && out.back() != '\n') out.push_back('\n');
  if (!options.xhtml) {
    // Headed, as every section should be, one level below the content it follows.
    const std::string tag = "h" + std::to_string(std::clamp(options.heading_offset + 1, 2, 6));
    out.append("<section class=\"notes\" role=\"doc-endnotes\">\n<" + tag + ">");
    append_html_escaped(out, notes.heading);
    out.append("</" + tag + ">\n<ol>\n");
  }
  // Placing a note may reference further notes (a note inside a note): they join the queue.
  for (std::size_t i = 0; i < notes.pending.size(); ++i) {
    const auto [number, note] = notes.pending[i];
    const std::string n = std::to_string(number);
    const std::string id = notes.id_prefix + "-" + n;
    const std::string back = notes.id_prefix + "ref-" + n;
    if (options.xhtml) {
      out.append("<aside id=\"");
      append_html_escaped(out, id);
      out.append("\" epub:type=\"footnote\" role=\"doc-footnote\">\n<p class=\"note-number\">");
      out.append("<a href=\"#");
      append_html_escaped(out, back);
      out.append("\" role=\"doc-backlink\">" + n + "</a></p>\n");
    } else {
      out.append("<li id=\"");
      append_html_escaped(out, id);
      out.append("\">\n");
    }
    html_detail::Renderer r{inner, diagnostics, out};
    r.notes = &notes;
    r.blocks(note->blocks, false);
    r.cr();
    if (options.xhtml) {
      out.append("</aside>\n");
    } else {
      out.append("<p class=\"note-back\"><a href=\"#");
      append_html_escaped(out, back);
      out.append("\" role=\"doc-backlink\">\u21a9 " + n + "</a></p>\n</li>\n");
    }
  }
  if (!options.xhtml) out.append("</ol>\n</section>\n");
  notes.pending.clear();
}

void render_html_blocks(std::span<const Block> blocks, const HtmlRenderOptions& options,
                        Diagnostics& diagnostics, std::string& out) {
  html_detail::with_notes(options, diagnostics, out, [&](HtmlNotes* notes) {
    html_detail::Renderer r{options, diagnostics, out};
    r.notes = notes;
    r.last_heading = options.previous_heading;
    r.blocks(blocks, false);
  });
}

void render_html_inlines(const Inlines& inlines, const HtmlRenderOptions& options,
                         Diagnostics& diagnostics, std::string& out) {
  html_detail::with_notes(options, diagnostics, out, [&](HtmlNotes* notes) {
    html_detail::Renderer r{options, diagnostics, out};
    r.notes = notes;
    r.inlines(inlines);
  });
}

}  // namespace govtech
