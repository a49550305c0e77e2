// The inline content of a paragraph as the reader trims and counts it: white space off its
// end, a number of bytes of its plain text off its front, its plain text, its direction.
#include <string>

#include "body.hpp"
#include "govtech/text.hpp"

namespace govtech::docx {

namespace {

Inlines* children_of(Inline& node) {
  if (Strong* s = node.as<Strong>()) return &s->children;
  if (Emphasis* e = node.as<Emphasis>()) return &e->children;
  if (Strikethrough* k = node.as<Strikethrough>()) return &k->children;
  if (Link* l = node.as<Link>()) return &l->children;
  if (Superscript* u = node.as<Superscript>()) return &u->children;
  if (Subscript* d = node.as<Subscript>()) return &d->children;
  if (Span* s = node.as<Span>()) return &s->children;
  return nullptr;
}

}  // namespace

// Drops white space and line breaks at the end of a paragraph, inside its formatting too
// (which nests a few levels at most: the reader builds it).
void trim_back(Inlines& inlines) {
  while (!inlines.empty()) {
    Inline& last = inlines.back();
    if (last.kind() == InlineKind::hard_break || last.kind() == InlineKind::soft_break) {
      inlines.pop_back();
    } else if (Text* text = last.as<Text>()) {
      text->text.resize(trim_end(text->text).size());
      if (!text->text.empty()) return;
      inlines.pop_back();
    } else if (Inlines* children = children_of(last)) {
      trim_back(*children);
      if (!children->empty()) return;
      if (last.kind() == InlineKind::link) return;  // keep a link even when it shows no text
      inlines.pop_back();
    } else {
      return;
    }
  }
}

Inlines directed_content(Para& para) {
  if (para.direction == Direction::unspecified || para.content.empty()) {
    return std::move(para.content);
  }
  return Inlines{Span{Attributes{.direction = para.direction}, std::move(para.content)}};
}

std::string flat_text(const Inlines& inlines) {
  std::string out;
  for (const Inline& node : inlines) {
    if (const Text* text = node.as<Text>()) {
      out += text->text;
    } else if (const Code* code = node.as<Code>()) {
      out += code->text;
    } else if (node.kind() == InlineKind::soft_break || node.kind() == InlineKind::hard_break) {
      out += ' ';
    } else if (const Strong* s = node.as<Strong>()) {
      out += flat_text(s->children);
    } else if (const Emphasis* e = node.as<Emphasis>()) {
      out += flat_text(e->children);
    } else if (const Strikethrough* k = node.as<Strikethrough>()) {
      out += flat_text(k->children);
    } else if (const Link* l = node.as<Link>()) {
      out += flat_text(l->children);
    } else if (const Superscript* u = node.as<Superscript>()) {
      out += flat_text(u->children);
    } else if (const Subscript* d = node.as<Subscript>()) {
      out += flat_text(d->children);
    } else if (const Span* sp = node.as<Span>()) {
      out += flat_text(sp->children);
    }
  }
  return out;
}

namespace {

// Removes up to `bytes` from the front; returns how many remain to remove.
std::size_t strip(Inlines& inlines, std::size_t bytes) {
  std::size_t i = 0;
  while (i < inlines.size() && bytes > 0) {
    Inline& node = inlines[i];
    std::string* text = nullptr;
    if (Text* t = node.as<Text>()) text = &t->text;
    if (Code* c = node.as<Code>()) text = &c->text;
    if (text) {
      if (text->size() <= bytes) {
        bytes -= text->size();
        inlines.erase(inlines.begin() + static_cast<std::ptrdiff_t>(i));
      } else {
        text->erase(0, bytes);
        bytes = 0;
      }
    } else if (node.kind() == InlineKind::soft_break || node.kind() == InlineKind::hard_break) {
      --bytes;
      inlines.erase(inlines.begin() + static_cast<std::ptrdiff_t>(i));
    } else if (Inlines* children = children_of(node)) {
      bytes = strip(*children, bytes);
      if (children->empty()) {
        inlines.erase(inlines.begin() + static_cast<std::ptrdiff_t>(i));
      } else {
        ++i;
      }
    } else {
      ++i;  // an image: no text to remove
    }
  }
  return bytes;
}

}  // namespace

void strip_front(Inlines& inlines, std::size_t bytes) {
  strip(inlines, bytes);
  const std::string rest = flat_text(inlines);
  const std::string_view trimmed = trim(rest);
  const std::size_t lead =
      rest.empty() ? 0 : static_cast<std::size_t>(trimmed.data() - rest.data());
  if (lead > 0) strip(inlines, lead);
}

void unwrap_strong(Inlines& inlines) {
  Inlines out;
  for (Inline& node : inlines) {
    if (Strong* s = node.as<Strong>()) {
      for (Inline& inner : s->children) out.push_back(std::move(inner));
    } else {
      out.push_back(std::move(node));
    }
  }
  inlines = std::move(out);
}

}  // namespace govtech::docx
