// Inline content: text, formatting by tag or by CSS, links, code, images, breaks, notes at
// their references, and spans where the language or direction changes.
#include "attributes.hpp"
#include "blocks.hpp"
#include "dom.hpp"
#include "urls.hpp"

namespace html_reader {

using namespace govtech;

namespace {

Inlines shifted(Inlines content, Script script) {
  if (script == Script::super) return {Superscript{std::move(content)}};
  if (script == Script::sub) return {Subscript{std::move(content)}};
  return content;
}

}  // namespace

Inlines Converter::inlines_of(const GumboNode* element) {
  Inlines out;
  inline_children(element, out, 0);
  normalise(out);
  return out;
}

bool Converter::note(const GumboNode* reference, Inlines& out, int depth) {
  const auto found = note_at_.find(reference);
  if (found == note_at_.end()) return false;
  Blocks blocks;
  collect_blocks(found->second, blocks, depth, nullptr);
  // What stood between the number and the text (Google's &nbsp;) goes with the number.
  if (!blocks.empty()) {
    if (Paragraph* p = blocks.front().as<Paragraph>(); p && !p->content.empty()) {
      if (Text* t = p->content.front().as<Text>()) {
        std::string_view text = t->text;
        while (text.starts_with("\xC2\xA0") || text.starts_with(' ')) {
          text.remove_prefix(text.starts_with(' ') ? 1 : 2);
        }
        t->text = std::string(text);
        if (t->text.empty()) p->content.erase(p->content.begin());
      }
    }
  }
  if (blocks.empty()) return false;  // nothing to hold: the reference stays as it reads
  out.push_back(Note{std::move(blocks)});
  return true;
}

void Converter::inline_children(const GumboNode* element, Inlines& out, int depth) {
  const GumboVector* kids = children(element);
  if (!kids) return;
  for (unsigned i = 0; i < kids->length; ++i) inline_node(child(kids, i), out, depth + 1);
}

void Converter::inline_node(const GumboNode* node, Inlines& out, int depth) {
  if (skipped(node)) return;
  switch (node->type) {
    case GUMBO_NODE_TEXT:
    case GUMBO_NODE_WHITESPACE:
    case GUMBO_NODE_CDATA:
      out.push_back(Text{node->v.text.text});
      return;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
      break;
    default:
      return;
  }
  if (depth >= kMaxDepth) {
    out.push_back(Text{text_content(node)});
    return;
  }
  if (note(node, out, depth)) return;
  const GumboTag tag = node->v.element.tag;
  const TextStyle style = page_.styles.of(node);
  bool bold = style.bold.value_or(false);
  bool italic = style.italic.value_or(false);
  bool struck = style.struck.value_or(false);
  // <sup> and <sub> say so themselves; CSS raises or lowers other inline elements (Google
  // Docs' `.c5{vertical-align:super}`), never a block, where vertical-align does not apply.
  Script script = tag == GUMBO_TAG_SUP   ? Script::super
                  : tag == GUMBO_TAG_SUB ? Script::sub
                                         : style.script();
  if (script != Script::none && tag != GUMBO_TAG_SUP && tag != GUMBO_TAG_SUB && is_block(node))
    script = Script::none;
  Inlines content;
  switch (tag) {
    case GUMBO_TAG_BR:
      out.push_back(HardBreak{});
      return;
    case GUMBO_TAG_WBR:
      return;
    case GUMBO_TAG_IMG:
      out.push_back(image(node));
      return;
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_TT: {
      std::string text = text_content(node);
      for (char& c : text) {
        if (c == '\n' || c == '\t') c = ' ';
      }
      if (!text.empty()) out.push_back(Code{std::move(text)});
      return;
    }
    case GUMBO_TAG_B:
    case GUMBO_TAG_STRONG:
      bold = style.bold.value_or(true);  // Google Docs wraps pasted text in a <b> of weight 400
      break;
    case GUMBO_TAG_I:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_VAR:
      italic = style.italic.value_or(true);
      break;
    case GUMBO_TAG_S:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_STRIKE:
      struck = style.struck.value_or(true);
      break;
    case GUMBO_TAG_Q:
      content.push_back(Text{"\u201C"});
      inline_children(node, content, depth);
      content.push_back(Text{"\u201D"});
      break;
    case GUMBO_TAG_A: {
      inline_children(node, content, depth);
      const char* href = attribute(node, "href");
      if (!href) break;
      Link link;
      link.url = resolve(unwrapped_google_link(href));
      link.title = attribute_or(node, "title");
      link.children = std::move(content);
      content.clear();
      Inlines wrapped = shifted({std::move(link)}, script);
      if (italic) wrapped = {Emphasis{std::move(wrapped)}};
      if (bold) wrapped = {Strong{std::move(wrapped)}};
      out.insert(out.end(), std::make_move_iterator(wrapped.begin()),
                 std::make_move_iterator(wrapped.end()));
      return;
    }
    default:
      break;
  }
  if (content.empty()) {
    const bool block_inside = is_block(node);
    if (block_inside) content.push_back(Text{" "});
    inline_children(node, content, depth);
    if (block_inside) content.push_back(Text{" "});
  }
  content = shifted(std::move(content), script);
  if (struck) content = {Strikethrough{std::move(content)}};
  if (italic) content = {Emphasis{std::move(content)}};
  if (bold) content = {Strong{std::move(content)}};
  // Another language or direction: a span around the formatting inside it.
  if (Attributes attributes = changed_attributes(node, page_, false); !attributes.empty())
    content = {Span{std::move(attributes), std::move(content)}};
  out.insert(out.end(), std::make_move_iterator(content.begin()),
             std::make_move_iterator(content.end()));
}

}  // namespace html_reader
