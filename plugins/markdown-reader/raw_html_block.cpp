// An HTML block as the document's blocks: Gumbo parses it as a fragment of <body>, and the
// walk below reads its tree, element by element, through the same table of meanings as the
// inline pieces (raw_html_elements.cpp).
//
// The walk recurses, one level per element, but never deeper than kMaxNesting: below that
// an element's text is gathered without recursion and kept as plain text. cap_nesting()
// keeps Gumbo's own stack shallow before that.
#include <gumbo.h>

#include <charconv>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "govtech/text.hpp"
#include "govtech/walk.hpp"
#include "raw_html.hpp"
#include "raw_html_elements.hpp"
#include "raw_html_nesting.hpp"

namespace govtech::markdown {

namespace {

// Tags deeper than this never reach Gumbo; the walk flattens from kMaxNesting anyway.
constexpr std::size_t kParseDepth = 4 * kMaxNesting;

// Every run of HTML white space as one space, as a browser shows text.
std::string collapsed(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (is_html_space(c)) {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  if (space) out += ' ';
  return out;
}

// Elements that make blocks, or end the paragraph they stand in.
bool is_block_element(std::string_view name) {
  return one_of(
      name,
      {"address", "article", "aside",   "blockquote", "center",     "details", "dialog", "dd",
       "div",     "dl",      "dt",      "fieldset",   "figcaption", "figure",  "footer", "form",
       "h1",      "h2",      "h3",      "h4",         "h5",         "h6",      "header", "hgroup",
       "hr",      "legend",  "li",      "main",       "menu",       "nav",     "ol",     "p",
       "pre",     "section", "summary", "table",      "caption",    "thead",   "tbody",  "tfoot",
       "tr",      "td",      "th",      "ul"});
}

// Inline elements a browser draws as boxes of their own: their words never run into the
// words beside them.
bool sets_apart(std::string_view name) {
  return is_block_element(name) || one_of(name, {"button", "select", "option", "textarea", "svg",
                                                 "math", "object", "video", "audio"});
}

std::string tag_name(const GumboNode* node) {
  const GumboElement& element = node->v.element;
  if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
  GumboStringPiece original = element.original_tag;
  gumbo_tag_from_original_text(&original);
  return ascii_lower(std::string_view(original.data, original.length));
}

bool is_element(const GumboNode* node) {
  return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE;
}

const GumboVector& children(const GumboNode* node) {
  return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

// The child nodes of an element or document, for a range-for.
class Children {
 public:
  explicit Children(const GumboNode* node) : list_(children(node)) {}
  struct Iterator {
    const GumboVector* list;
    unsigned at;
    const GumboNode* operator*() const { return static_cast<const GumboNode*>(list->data[at]); }
    Iterator& operator++() {
      ++at;
      return *this;
    }
    bool operator!=(const Iterator& other) const { return at != other.at; }
  };
  Iterator begin() const { return {&list_, 0}; }
  Iterator end() const { return {&list_, list_.length}; }

 private:
  const GumboVector& list_;
};

HtmlAttributes attributes_of(const GumboNode* node) {
  HtmlAttributes out;
  const GumboVector& list = node->v.element.attributes;
  for (unsigned i = 0; i < list.length; ++i) {
    const auto* attribute = static_cast<const GumboAttribute*>(list.data[i]);
    out.push_back({ascii_lower(attribute->name), attribute->value});
  }
  return out;
}

struct GumboDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};

// Merges adjacent text and keeps one space where runs of it meet, none around line breaks;
// `trim` also takes the spaces off the ends (of a paragraph, not of a <b> inside one).
void tidy(Inlines& inlines, bool trim) {
  Inlines out;
  for (Inline& node : inlines) {
    Text* text = node.as<Text>();
    Text* last = out.empty() ? nullptr : out.back().as<Text>();
    const bool at_start = out.empty() ? trim : out.back().kind() == InlineKind::hard_break;
    if (text && (at_start || (last && last->text.ends_with(' ')))) {
      if (text->text.starts_with(' ')) text->text.erase(0, 1);
      if (text->text.empty()) continue;
    }
    if (text && last) {
      last->text += text->text;
      continue;
    }
    if (node.kind() == InlineKind::hard_break && last && last->text.ends_with(' ')) {
      last->text.pop_back();
      if (last->text.empty()) out.pop_back();
    }
    out.push_back(std::move(node));
  }
  if (trim && !out.empty()) {
    if (Text* last = out.back().as<Text>(); last && last->text.ends_with(' ')) {
      last->text.pop_back();
      if (last->text.empty()) out.pop_back();
    }
  }
  inlines = std::move(out);
}

bool has_image(const Inlines& inlines) {
  for (const Inline& node : inlines) {
    if (node.kind() == InlineKind::image) return true;
    if (const Link* link = node.as<Link>(); link && has_image(link->children)) return true;
  }
  return false;
}

class Walk {
 public:
  Walk(SourcePos where, Diagnostics& diagnostics) : where_(where), diagnostics_(diagnostics) {}

  // The children of `parent` as blocks: runs of inline content become paragraphs.
  void blocks_of(const GumboNode* parent, Blocks& out, std::size_t depth) {
    Inlines pending;
    for (const GumboNode* child : Children(parent)) {
      add(child, pending, out, depth);
    }
    flush(pending, out, parent);
  }

  bool flattened() const { return flattened_; }

 private:
  void add(const GumboNode* node, Inlines& pending, Blocks& out, std::size_t depth) {
    if (is_element(node) && is_block_element(tag_name(node))) {
      flush(pending, out, node);
      if (depth >= kMaxNesting) {
        flat_paragraph(node, out);
      } else {
        block(node, tag_name(node), out, depth + 1);
      }
      return;
    }
    inline_node(node, pending, depth);
  }

  void flush(Inlines& pending, Blocks& out, const GumboNode* near) {
    tidy(pending, true);
    if (!pending.empty()) out.emplace_back(Paragraph{std::move(pending)}, position(near));
    pending.clear();
  }

  void block(const GumboNode* element, const std::string& name, Blocks& out, std::size_t depth) {
    const SourcePos pos = position(element);
    std::string warning;
    Attributes attributes = read_attributes(attributes_of(element), warning);
    if (!warning.empty()) diagnostics_.warn(warning, pos);
    if (!attributes.empty()) ++depth;  // the division around it
    Blocks made;
    if (name == "p") {
      Inlines content = inlines_of(element, depth);
      if (!content.empty()) made.emplace_back(Paragraph{std::move(content)}, pos);
    } else if (name.size() == 2 && name[0] == 'h' && name[1] >= '1' && name[1] <= '6') {
      Heading heading{.level = name[1] - '0', .content = inlines_of(element, depth)};
      heading.attributes = std::move(attributes);
      out.emplace_back(std::move(heading), pos);
      return;
    } else if (name == "ul" || name == "ol" || name == "menu") {
      list(element, name, made, depth);
    } else if (name == "dl") {
      definition_list(element, made, depth);
    } else if (name == "blockquote") {
      BlockQuote quote;
      blocks_of(element, quote.blocks, depth);
      made.emplace_back(std::move(quote), pos);
    } else if (name == "pre") {
      code_block(element, made);
    } else if (name == "table") {
      table(element, made, depth);
    } else if (name == "hr") {
      made.emplace_back(ThematicBreak{}, pos);
    } else if (name == "figure" && figure(element, attributes, out, depth)) {
      return;
    } else {
      blocks_of(element, made, depth);  // div, section, details, li out of a list, ...
    }
    if (attributes.empty()) {
      for (Block& b : made) out.push_back(std::move(b));
    } else if (!made.empty() || !attributes.id.empty()) {
      Division division{.attributes = std::move(attributes), .blocks = std::move(made)};
      out.emplace_back(std::move(division), pos);
    }
  }

  Inlines inlines_of(const GumboNode* element, std::size_t depth) {
    Inlines out;
    for (const GumboNode* child : Children(element)) {
      inline_node(child, out, depth);
    }
    tidy(out, true);
    return out;
  }

  void inline_node(const GumboNode* node, Inlines& out, std::size_t depth) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        out.push_back(Text{collapsed(node->v.text.text)});
        return;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        break;
      default:
        return;  // comments
    }
    const std::string name = tag_name(node);
    if (depth >= kMaxNesting) {
      std::string text;
      flat_text(node, text);
      out.push_back(Text{collapsed(text)});
      return;
    }
    const HtmlInlineTag tag = describe_start_tag(name, attributes_of(node));
    if (!tag.warning.empty()) diagnostics_.warn(tag.warning, position(node));
    if (tag.action == HtmlTagAction::insert && tag.node) {
      out.push_back(*tag.node);
      return;
    }
    if (tag.action != HtmlTagAction::open || tag.kind == HtmlInlineKind::hidden) return;
    // A block inside inline content (a list in a table cell) reads as its text, set apart.
    const bool apart = sets_apart(name);
    if (apart) out.push_back(Text{" "});
    Inlines inner;
    // A span of attributes around the node makes one level more.
    const std::size_t below = depth + (tag.attributes.empty() ? 1 : 2);
    for (const GumboNode* child : Children(node)) {
      inline_node(child, inner, below);
    }
    tidy(inner, false);
    for (Inline& made : close_html_inline(tag, std::move(inner))) out.push_back(std::move(made));
    if (apart) out.push_back(Text{" "});
  }

  void list(const GumboNode* element, const std::string& name, Blocks& out, std::size_t depth) {
    std::vector<ListItem> items;
    bool tight = true;
    for (const GumboNode* child : Children(element)) {
      if (is_element(child) && tag_name(child) == "li") {
        ListItem item;
        blocks_of(child, item.blocks, depth + 1);
        for (const GumboNode* grandchild : Children(child)) {
          if (is_element(grandchild) && tag_name(grandchild) == "p") tight = false;
        }
        items.push_back(std::move(item));
        continue;
      }
      // Text or an element between items belongs to the item before it.
      Inlines pending;
      Blocks loose;
      add(child, pending, loose, depth + 1);
      flush(pending, loose, child);
      if (loose.empty()) continue;
      if (items.empty()) items.emplace_back();
      for (Block& b : loose) items.back().blocks.push_back(std::move(b));
    }
    if (items.empty()) return;
    if (name == "ol") {
      int start = 1;
      for (const HtmlAttribute& attribute : attributes_of(element)) {
        if (attribute.name != "start") continue;
        const std::string_view value = trim(attribute.value);
        std::from_chars(value.data(), value.data() + value.size(), start);
      }
      out.emplace_back(OrderedList{.start = start, .tight = tight, .items = std::move(items)},
                       position(element));
    } else {
      out.emplace_back(BulletList{.tight = tight, .items = std::move(items)}, position(element));
    }
  }

  void definition_list(const GumboNode* element, Blocks& out, std::size_t depth) {
    DefinitionList list;
    definition_items(element, list, depth);
    if (!list.items.empty()) out.emplace_back(std::move(list), position(element));
  }

  // The <dt> and <dd> of `parent`, also those grouped in a <div> as HTML allows.
  void definition_items(const GumboNode* parent, DefinitionList& list, std::size_t depth) {
    for (const GumboNode* child : Children(parent)) {
      if (!is_element(child)) continue;
      const std::string name = tag_name(child);
      if (name == "dt") {
        Inlines term = inlines_of(child, depth + 1);
        // Two terms in a row share their definitions: one term, a line each.
        if (!list.items.empty() && list.items.back().definitions.empty()) {
          Inlines& before = list.items.back().term;
          before.push_back(HardBreak{});
          for (Inline& node : term) before.push_back(std::move(node));
        } else {
          list.items.push_back(DefinitionItem{.term = std::move(term)});
        }
      } else if (name == "dd") {
        if (list.items.empty()) list.items.emplace_back();
        Blocks definition;
        blocks_of(child, definition, depth + 1);
        list.items.back().definitions.push_back(std::move(definition));
      } else if (name == "div" && depth + 1 < kMaxNesting) {
        definition_items(child, list, depth + 1);
      }
    }
  }

  void code_block(const GumboNode* element, Blocks& out) {
    CodeBlock code;
    for (const GumboNode* child : Children(element)) {
      if (!is_element(child) || tag_name(child) != "code") continue;
      std::string ignored;
      for (const std::string& name : read_attributes(attributes_of(child), ignored).classes) {
        if (name.starts_with("language-")) code.info = name.substr(9);
      }
    }
    flat_text(element, code.text, true);
    if (code.text.empty()) return;
    if (!code.text.ends_with('\n')) code.text += '\n';
    out.emplace_back(std::move(code), position(element));
  }

  void table(const GumboNode* element, Blocks& out, std::size_t depth) {
    Table made;
    bool header_found = false;
    auto row = [&](const GumboNode* tr, bool in_head) {
      std::vector<TableCell> cells;
      bool all_th = true;
      for (const GumboNode* cell : Children(tr)) {
        if (!is_element(cell)) continue;
        const std::string name = tag_name(cell);
        if (name != "td" && name != "th") continue;
        all_th = all_th && name == "th";
        cells.push_back(TableCell{inlines_of(cell, depth + 2)});
      }
      if (cells.empty()) return;
      if (made.alignments.size() < cells.size()) made.alignments.resize(cells.size());
      if (!header_found && made.rows.empty() && (in_head || all_th)) {
        made.header = std::move(cells);
        header_found = true;
      } else {
        made.rows.push_back(std::move(cells));
      }
    };
    for (const GumboNode* child : Children(element)) {
      if (!is_element(child)) continue;
      const std::string name = tag_name(child);
      if (name == "caption") {
        Inlines caption = inlines_of(child, depth + 1);
        if (!caption.empty()) out.emplace_back(Paragraph{std::move(caption)}, position(child));
      } else if (name == "tr") {
        row(child, false);
      } else if (name == "thead" || name == "tbody" || name == "tfoot") {
        for (const GumboNode* tr : Children(child)) {
          if (is_element(tr) && tag_name(tr) == "tr") row(tr, name == "thead");
        }
      }
    }
    if (!made.alignments.empty()) out.emplace_back(std::move(made), position(element));
  }

  // A <figure> of images (and links around them) with its <figcaption>; false when it holds
  // no image, and then reads as its blocks.
  bool figure(const GumboNode* element, Attributes& attributes, Blocks& out, std::size_t depth) {
    Figure made;
    for (const GumboNode* child : Children(element)) {
      if (is_element(child) && tag_name(child) == "figcaption") {
        made.caption = inlines_of(child, depth + 1);
      } else if (!is_element(child) || !is_block_element(tag_name(child))) {
        inline_node(child, made.content, depth + 1);
      } else {
        return false;  // a figure of other blocks
      }
    }
    tidy(made.content, true);
    if (!has_image(made.content)) return false;
    made.attributes = std::move(attributes);
    out.emplace_back(std::move(made), position(element));
    return true;
  }

  void flat_paragraph(const GumboNode* node, Blocks& out) {
    std::string text;
    flat_text(node, text);
    Inlines content{Text{collapsed(text)}};
    tidy(content, true);
    if (!content.empty()) out.emplace_back(Paragraph{std::move(content)}, position(node));
  }

  // The text of a subtree without recursion; blocks and breaks set apart by a space (a line
  // break when `verbatim`, for <pre>), hidden elements left out.
  void flat_text(const GumboNode* root, std::string& out, bool verbatim = false) {
    if (!verbatim && !flattened_) {
      flattened_ = true;
      diagnostics_.warn("raw HTML nested deeper than " + std::to_string(kMaxNesting) +
                            " elements: what lies deeper is kept as plain text",
                        position(root));
    }
    struct Step {
      const GumboNode* node;
      unsigned next;
    };
    std::vector<Step> stack{{root, 0}};
    while (!stack.empty()) {
      Step& step = stack.back();
      const GumboNode* node = step.node;
      if (!is_element(node)) {
        if (node->type != GUMBO_NODE_COMMENT) out += node->v.text.text;
        stack.pop_back();
        continue;
      }
      if (step.next == 0) {
        const std::string name = tag_name(node);
        if (hides_content(name)) {
          diagnostics_.warn("raw HTML <" + name + "> left out with its content, which is not text",
                            position(node));
          stack.pop_back();
          continue;
        }
        if (name == "br") out += verbatim ? '\n' : ' ';
        if (name == "img") {
          const GumboAttribute* alt = gumbo_get_attribute(&node->v.element.attributes, "alt");
          if (alt) out += alt->value;
        }
        if (!verbatim && is_block_element(name)) out += ' ';
      }
      const GumboVector& list = children(node);
      if (step.next < list.length) {
        stack.push_back({static_cast<const GumboNode*>(list.data[step.next++]), 0});
        continue;
      }
      if (!verbatim && is_block_element(tag_name(node))) out += ' ';
      stack.pop_back();
    }
  }

  // The position of `node` in the input: Gumbo counts from the block's start.
  SourcePos position(const GumboNode* node) const {
    if (where_.line == 0 || !is_element(node)) return where_;
    const GumboSourcePosition& at = node->v.element.start_pos;
    if (at.line == 0) return where_;
    return {where_.line + at.line - 1, at.line == 1 ? where_.column + at.column - 1 : at.column};
  }

  SourcePos where_;
  Diagnostics& diagnostics_;
  bool flattened_ = false;
};

}  // namespace

std::optional<HtmlDivisionEdge> html_division_edge(std::string_view html) {
  while (!html.empty() && is_html_space(html.back())) html.remove_suffix(1);
  while (!html.empty() && is_html_space(html.front())) html.remove_prefix(1);
  const HtmlInlineTag tag = classify_inline_html(html);
  if (tag.action != HtmlTagAction::open && tag.action != HtmlTagAction::close) return {};
  if (!one_of(tag.element, {"div", "section", "article", "aside", "header", "footer", "main", "nav",
                            "address", "details", "center"})) {
    return {};
  }
  return HtmlDivisionEdge{.opens = tag.action == HtmlTagAction::open,
                          .element = tag.element,
                          .attributes = tag.attributes,
                          .warning = tag.warning};
}

Blocks html_block_to_blocks(std::string_view html, SourcePos where, Diagnostics& diagnostics) {
  const std::optional<std::string> capped = cap_nesting(html, kParseDepth);
  const std::string_view text = capped ? std::string_view(*capped) : html;
  GumboOptions options = kGumboDefaultOptions;
  options.fragment_context = GUMBO_TAG_BODY;
  options.max_errors = 0;  // the parse errors are of no use here; do not keep them
  const std::unique_ptr<GumboOutput, GumboDeleter> output(
      gumbo_parse_with_options(&options, text.data(), text.size()));
  Blocks out;
  Walk walk(where, diagnostics);
  walk.blocks_of(output->root, out, 0);
  if (capped && !walk.flattened()) {
    diagnostics.warn("raw HTML nested deeper than " + std::to_string(kParseDepth) +
                         " elements: the tags below that depth are left out, their text kept",
                     where);
  }
  return out;
}

}  // namespace govtech::markdown
