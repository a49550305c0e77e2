// The walk over blocks: which elements are blocks, paragraphs of loose inline content,
// headings, quotations, code, divisions where the language changes; lists, tables and
// figures are their own files.
#include "blocks.hpp"

#include <algorithm>

#include "attributes.hpp"
#include "dom.hpp"
#include "main_content.hpp"
#include "urls.hpp"

namespace html_reader {

using namespace govtech;

namespace {

bool is_heading(GumboTag tag) {
  return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

}  // namespace

SourcePos position_of(const GumboNode* node) {
  if (is_element(node)) {
    return {node->v.element.start_pos.line, node->v.element.start_pos.column};
  }
  if (node && (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE)) {
    return {node->v.text.start_pos.line, node->v.text.start_pos.column};
  }
  return {};
}

Converter::Converter(const PageInfo& page, std::unordered_set<const GumboNode*> dropped)
    : page_(page), dropped_(std::move(dropped)) {}

void Converter::use_notes(const PageNotes& notes) {
  dropped_.insert(notes.removed.begin(), notes.removed.end());
  note_at_ = notes.note_at;
}

std::string Converter::resolve(std::string_view reference) const {
  return resolved_url(page_.base, reference);
}

bool Converter::skipped(const GumboNode* node) const {
  if (node->type == GUMBO_NODE_COMMENT) return true;
  if (!is_element(node)) return false;
  if (dropped_.count(node) || is_never_content(node)) return true;
  if (node->v.element.tag == GUMBO_TAG_INPUT) return true;
  return page_.styles.of(node).hidden || page_.styles.of(node).list_marker;
}

bool Converter::is_block(const GumboNode* element) const {
  if (!is_element(element)) return false;
  switch (element->v.element.tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
      return true;
    case GUMBO_TAG_UNKNOWN: {
      // A custom element is a block when it holds blocks.
      const GumboVector* kids = children(element);
      for (unsigned i = 0; i < kids->length; ++i) {
        const GumboNode* kid = child(kids, i);
        if (is_element(kid) && kid->v.element.tag != GUMBO_TAG_UNKNOWN && is_block(kid)) {
          return true;
        }
      }
      return false;
    }
    default:
      return false;
  }
}

void Converter::top_level(const GumboNode* root, TopBlocks& out) {
  if (skipped(root)) return;
  const GumboTag tag = root->v.element.tag;
  const bool container = tag == GUMBO_TAG_ARTICLE || tag == GUMBO_TAG_MAIN ||
                         tag == GUMBO_TAG_BODY || tag == GUMBO_TAG_DIV ||
                         tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_HTML || !is_block(root);
  if (container) {
    collect_blocks(root, out.blocks, 0, &out.marks);
  } else {
    block(root, out.blocks, 0, &out.marks);
  }
  out.marks.resize(std::max(out.marks.size(), out.blocks.size()), Mark::none);
}

Blocks Converter::blocks_of(const GumboNode* container) {
  Blocks out;
  collect_blocks(container, out, 0, nullptr);
  return out;
}

void Converter::collect_blocks(const GumboNode* parent, Blocks& out, int depth,
                               std::vector<Mark>* marks) {
  const GumboVector* kids = children(parent);
  if (!kids) return;
  Inlines pending;
  SourcePos pending_pos{};
  auto flush = [&]() {
    normalise(pending);
    if (!blank_inlines(pending)) {
      out.push_back({Paragraph{std::move(pending)}, pending_pos});
      if (marks) marks->resize(out.size(), Mark::none);
    }
    pending.clear();
    pending_pos = {};
  };
  for (unsigned i = 0; i < kids->length; ++i) {
    const GumboNode* kid = child(kids, i);
    if (skipped(kid)) continue;
    if (is_element(kid) && is_block(kid)) {
      flush();
      if (depth >= kMaxDepth) {
        // Too deep to walk further: the text is kept, the structure below is not.
        std::string text = collapse_spaces(text_content(kid));
        if (!text.empty()) out.push_back({Paragraph{{Text{std::move(text)}}}, position_of(kid)});
      } else {
        block(kid, out, depth + 1, marks);
      }
      if (marks) marks->resize(out.size(), Mark::none);
      continue;
    }
    if (pending.empty() && kid->type != GUMBO_NODE_WHITESPACE) pending_pos = position_of(kid);
    inline_node(kid, pending, depth + 1);
  }
  flush();
}

Inlines Converter::paragraph_inlines(const GumboNode* element, int depth, bool allow_bold) {
  Inlines content;
  inline_children(element, content, depth);
  const TextStyle style = page_.styles.of(element);
  if (style.italic.value_or(false)) content = {Emphasis{std::move(content)}};
  if (allow_bold && style.bold.value_or(false)) content = {Strong{std::move(content)}};
  normalise(content);
  return content;
}

void Converter::block(const GumboNode* element, Blocks& out, int depth, std::vector<Mark>* marks) {
  const GumboTag tag = element->v.element.tag;
  // A container in another language or direction than around it is a division.
  if (tag == GUMBO_TAG_DIV || tag == GUMBO_TAG_SECTION || tag == GUMBO_TAG_P ||
      tag == GUMBO_TAG_BLOCKQUOTE || tag == GUMBO_TAG_ARTICLE) {
    Attributes attributes = changed_attributes(element, page_, true);
    if (!attributes.empty()) {
      Blocks inner;
      block_itself(element, inner, depth, nullptr);
      if (!inner.empty()) {
        out.push_back({Division{std::move(attributes), std::move(inner)}, position_of(element)});
      }
      return;
    }
  }
  block_itself(element, out, depth, marks);
}

void Converter::block_itself(const GumboNode* element, Blocks& out, int depth,
                             std::vector<Mark>* marks) {
  const GumboTag tag = element->v.element.tag;
  const SourcePos pos = position_of(element);
  if (tag == GUMBO_TAG_P || tag == GUMBO_TAG_SUMMARY || tag == GUMBO_TAG_FIGCAPTION ||
      tag == GUMBO_TAG_CAPTION || tag == GUMBO_TAG_LEGEND || tag == GUMBO_TAG_DT) {
    // Google Docs sets its Title paragraph apart by a class, Word by its MsoTitle style.
    if (tag == GUMBO_TAG_P && ((page_.google_docs && has_token(element, "class", "title")) ||
                               has_token(element, "class", "MsoTitle"))) {
      Inlines content = paragraph_inlines(element, depth, false);
      if (!blank_inlines(content)) out.push_back({Heading{1, std::move(content)}, pos});
      return;
    }
    // A paragraph that holds blocks after all (a <div> inside a <span>, say) keeps them.
    bool holds_blocks = false;
    const GumboVector* kids = children(element);
    for (unsigned i = 0; i < kids->length && !holds_blocks; ++i) {
      holds_blocks = is_block(child(kids, i)) && !skipped(child(kids, i));
    }
    if (holds_blocks) {
      collect_blocks(element, out, depth, marks);
      return;
    }
    Inlines content = paragraph_inlines(element, depth);
    if (tag == GUMBO_TAG_DT && !blank_inlines(content)) content = {Strong{std::move(content)}};
    if (!blank_inlines(content)) out.push_back({Paragraph{std::move(content)}, pos});
    return;
  }
  if (is_heading(tag)) {
    Inlines content = paragraph_inlines(element, depth, false);
    if (!blank_inlines(content)) {
      Heading heading{.level = static_cast<int>(tag - GUMBO_TAG_H1) + 1,
                      .content = std::move(content)};
      if (std::string id = attribute_or(element, "id"); !id.empty()) {
        heading.attributes->id = std::move(id);
      }
      out.push_back({std::move(heading), pos});
    }
    return;
  }
  switch (tag) {
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_MENU:
      list(element, out, depth);
      return;
    case GUMBO_TAG_BLOCKQUOTE: {
      Blocks inner;
      collect_blocks(element, inner, depth, nullptr);
      if (!inner.empty()) out.push_back({BlockQuote{std::move(inner)}, pos});
      return;
    }
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_XMP: {
      CodeBlock code;
      code.text = text_content(element);
      const GumboVector* kids = children(element);
      for (unsigned i = 0; i < kids->length; ++i) {
        const GumboNode* kid = child(kids, i);
        if (!has_tag(kid, GUMBO_TAG_CODE)) continue;
        const std::string classes = attribute_or(kid, "class");
        std::string_view first = std::string_view(classes).substr(0, classes.find(' '));
        if (first.starts_with("language-")) first.remove_prefix(9);
        if (first.starts_with("lang-")) first.remove_prefix(5);
        code.info = std::string(first);
        break;
      }
      if (is_blank(code.text)) return;
      if (!code.text.ends_with('\n')) code.text.push_back('\n');
      out.push_back({std::move(code), pos});
      return;
    }
    case GUMBO_TAG_TABLE:
      table(element, out, depth);
      return;
    case GUMBO_TAG_HR:
      out.push_back({ThematicBreak{}, pos});
      return;
    case GUMBO_TAG_DL:
      definition_list(element, out, depth, marks);
      return;
    case GUMBO_TAG_FIGURE:
      if (figure(element, out, depth)) return;
      collect_blocks(element, out, depth, marks);
      return;
    default:
      collect_blocks(element, out, depth, marks);  // containers: their content in place
      return;
  }
}

}  // namespace html_reader
