#include "docbook_inlines.hpp"

#include <string>

#include "docbook_blocks.hpp"
#include "docbook_uri.hpp"
#include "govtech/text.hpp"
#include "govtech/xml.hpp"

namespace govtech::docbook {

namespace {

// Renders a run of inlines, collecting adjacent text in one buffer so that a paragraph of
// many small text nodes becomes one text node without repeated copying.
class InlineRenderer {
 public:
  InlineRenderer(pugi::xml_node parent, LineMode mode, RenderState& state)
      : parent_(parent), mode_(mode), state_(state) {}

  void render(const Inlines& inlines) {
    for (const Inline& node : inlines) render(node);
    flush();
  }

 private:
  void render(const Inline& node) {
    switch (node.kind()) {
      case InlineKind::text:
        pending_ += node.as<Text>()->text;
        break;
      case InlineKind::soft_break:
        pending_ += mode_ == LineMode::flowing ? '\n' : ' ';
        break;
      case InlineKind::hard_break:
        pending_ += mode_ == LineMode::single_line ? ' ' : '\n';
        break;
      case InlineKind::emphasis:
        nested(element("emphasis"), node.as<Emphasis>()->children);
        break;
      case InlineKind::strong: {
        pugi::xml_node strong = element("emphasis");
        set_attribute(strong, "role", "strong");
        nested(strong, node.as<Strong>()->children);
        break;
      }
      case InlineKind::strikethrough: {
        pugi::xml_node struck = element("emphasis");
        set_attribute(struck, "role", "strikethrough");
        nested(struck, node.as<Strikethrough>()->children);
        break;
      }
      case InlineKind::code:
        add_text(element("code"), node.as<Code>()->text);
        break;
      case InlineKind::link:
        link(*node.as<Link>());
        break;
      case InlineKind::image:
        image(*node.as<Image>());
        break;
      case InlineKind::raw:
        // Raw HTML has no place in DocBook; counted and reported once per document.
        ++state_.raw_dropped;
        break;
      case InlineKind::superscript:
        nested(element("superscript"), node.as<Superscript>()->children);
        break;
      case InlineKind::subscript:
        nested(element("subscript"), node.as<Subscript>()->children);
        break;
      case InlineKind::span: {
        const Span& span = *node.as<Span>();
        if (span.attributes->empty()) {
          for (const Inline& child : span.children) render(child);
          break;
        }
        pugi::xml_node phrase = element("phrase");
        set_attributes(phrase, *span.attributes, state_, &span);
        nested(phrase, span.children);
        break;
      }
      case InlineKind::note:
        note(*node.as<Note>());
        break;
      case InlineKind::quoted:
        // DocBook's quote: the stylesheets choose the marks by language and nesting.
        nested(element("quote"), node.as<Quoted>()->children);
        break;
    }
  }

  void note(const Note& note) {
    if (state_.in_footnote > 0) {
      // A note inside a note: its words stay, in brackets, in the note that holds it.
      pending_ += " (";
      Inlines words;
      for (const Block& block : note.blocks) {
        if (const Paragraph* p = block.as<Paragraph>()) {
          if (!words.empty()) words.push_back(Text{" "});
          words.insert(words.end(), p->content.begin(), p->content.end());
        }
      }
      for (const Inline& child : words) render(child);
      pending_ += ")";
      return;
    }
    pugi::xml_node footnote = element("footnote");
    ++state_.in_footnote;
    render_blocks(footnote, note.blocks, state_);
    --state_.in_footnote;
    if (!has_element_child(footnote)) add_element(footnote, "para");
  }

  void link(const Link& link) {
    if (!state_.unsafe && is_unsafe_url(link.url)) {
      state_.diagnostics.warn("link to '" + link.url +
                              "' left out: its scheme can run code (use --unsafe to keep it)");
      for (const Inline& child : link.children) render(child);
      return;
    }
    pugi::xml_node element_node;
    if (const auto fragment = internal_fragment(link.url); fragment && state_.targets) {
      // Within the document: a link to the element that carries the id, as DocBook has it.
      const LinkTarget* target = state_.targets->find(*fragment);
      if (!target) {
        state_.diagnostics.warn(missing_target_warning(*fragment), state_.pos);
        for (const Inline& child : link.children) render(child);
        return;
      }
      element_node = element("link");
      set_attribute(element_node, "linkend", target->id);
    } else {
      element_node = element("link");
      set_attribute(element_node, "xlink:href", uri_reference(link.url));
    }
    if (!link.title.empty()) set_attribute(element_node, "xlink:title", link.title);
    nested(element_node, link.children);
  }

  void image(const Image& image) {
    if (!image_allowed(image, state_)) {
      state_.diagnostics.warn("image '" + image.src +
                              "' left out: its URL is not a safe image source (use --unsafe to "
                              "keep it); its description is shown instead");
      pending_ += plain_text(image.alt);
      return;
    }
    render_image_content(element("inlinemediaobject"), image, state_);
  }

  pugi::xml_node element(const char* name) {
    flush();
    return add_element(parent_, name);
  }

  void nested(pugi::xml_node element_node, const Inlines& children) {
    InlineRenderer inner(element_node, mode_, state_);
    inner.render(children);
  }

  void flush() {
    if (pending_.empty()) return;
    add_text(parent_, pending_);
    pending_.clear();
  }

  pugi::xml_node parent_;
  LineMode mode_;
  RenderState& state_;
  std::string pending_;
};

bool contains_hard_break_in(const Inline& node) {
  switch (node.kind()) {
    case InlineKind::hard_break:
      return true;
    case InlineKind::emphasis:
      return contains_hard_break(node.as<Emphasis>()->children);
    case InlineKind::strong:
      return contains_hard_break(node.as<Strong>()->children);
    case InlineKind::strikethrough:
      return contains_hard_break(node.as<Strikethrough>()->children);
    case InlineKind::link:
      return contains_hard_break(node.as<Link>()->children);
    case InlineKind::superscript:
      return contains_hard_break(node.as<Superscript>()->children);
    case InlineKind::subscript:
      return contains_hard_break(node.as<Subscript>()->children);
    case InlineKind::span:
      return contains_hard_break(node.as<Span>()->children);
    case InlineKind::quoted:
      return contains_hard_break(node.as<Quoted>()->children);
    default:
      return false;
  }
}

bool is_white_space(const Inline& node) {
  if (node.kind() == InlineKind::soft_break) return true;
  const auto* text = node.as<Text>();
  return text != nullptr && is_blank(text->text);
}

}  // namespace

void render_inlines(pugi::xml_node parent, const Inlines& inlines, LineMode mode,
                    RenderState& state) {
  InlineRenderer renderer(parent, mode, state);
  renderer.render(inlines);
}

bool contains_hard_break(const Inlines& inlines) {
  for (const Inline& node : inlines) {
    if (contains_hard_break_in(node)) return true;
  }
  return false;
}

const Image* lone_image(const Inlines& inlines) {
  const Image* found = nullptr;
  for (const Inline& node : inlines) {
    if (const auto* image = node.as<Image>()) {
      if (found != nullptr) return nullptr;
      found = image;
    } else if (!is_white_space(node)) {
      return nullptr;
    }
  }
  return found;
}

bool image_allowed(const Image& image, const RenderState& state) {
  return state.unsafe || !is_unsafe_url(image.src);
}

void render_image_content(pugi::xml_node media, const Image& image, RenderState& state) {
  pugi::xml_node data = add_element(add_element(media, "imageobject"), "imagedata");
  std::optional<std::string> carried;
  if (state.carried_fileref) carried = state.carried_fileref(image.src);
  set_attribute(data, "fileref", carried ? *carried : uri_reference(image.src));
  const std::string alt = collapse_spaces(plain_text(image.alt));
  if (alt.empty()) {
    state.diagnostics.warn("image '" + image.src + "' has no description (alt text)");
  } else {
    add_text_element(add_element(media, "textobject"), "phrase", alt);
  }
}

}  // namespace govtech::docbook
