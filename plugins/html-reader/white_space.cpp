#include "white_space.hpp"

#include "dom.hpp"

namespace html_reader {

using namespace govtech;

namespace {

Inlines* children_of(Inline& node) {
  if (auto* n = node.as<Strong>()) return &n->children;
  if (auto* n = node.as<Emphasis>()) return &n->children;
  if (auto* n = node.as<Strikethrough>()) return &n->children;
  if (auto* n = node.as<Link>()) return &n->children;
  if (auto* n = node.as<Superscript>()) return &n->children;
  if (auto* n = node.as<Subscript>()) return &n->children;
  if (auto* n = node.as<Span>()) return &n->children;
  return nullptr;
}

bool is_formatting(const Inline& node) {
  return node.kind() == InlineKind::strong || node.kind() == InlineKind::emphasis ||
         node.kind() == InlineKind::strikethrough;
}

// Wrappers that mean nothing without content; unlike formatting, two in a row stay apart.
bool dropped_when_empty(const Inline& node) {
  return is_formatting(node) || node.kind() == InlineKind::superscript ||
         node.kind() == InlineKind::subscript || node.kind() == InlineKind::span;
}

// Adjacent text joined, adjacent runs of the same formatting joined (Google Docs gives each
// word its own span), empty formatting left out. The nesting is bounded by the walk's.
void merge(Inlines& inlines) {
  Inlines out;
  out.reserve(inlines.size());
  for (Inline& node : inlines) {
    if (Inlines* kids = children_of(node)) {
      merge(*kids);
      if (dropped_when_empty(node) && kids->empty()) continue;
    }
    if (!out.empty()) {
      Inline& last = out.back();
      if (last.as<Text>() && node.as<Text>()) {
        last.as<Text>()->text += node.as<Text>()->text;
        continue;
      }
      if (is_formatting(node) && last.kind() == node.kind()) {
        Inlines* into = children_of(last);
        for (Inline& kid : *children_of(node)) into->push_back(std::move(kid));
        merge(*into);
        continue;
      }
      // bold, a space, bold: one bold run with the space inside
      if (is_formatting(node) && out.size() >= 2 && last.as<Text>() &&
          is_blank(last.as<Text>()->text) && out[out.size() - 2].kind() == node.kind()) {
        Inlines* into = children_of(out[out.size() - 2]);
        into->push_back(std::move(last));
        for (Inline& kid : *children_of(node)) into->push_back(std::move(kid));
        out.pop_back();
        merge(*into);
        continue;
      }
    }
    out.push_back(std::move(node));
  }
  inlines = std::move(out);
}

// Collapses white space runs to one space, or to a soft break when the run holds a line
// break; `at_space` says whether the content so far ends in white space.
void collapse(Inlines& inlines, bool& at_space) {
  Inlines out;
  out.reserve(inlines.size());
  auto drop_trailing_space = [&]() {
    while (!out.empty()) {
      if (out.back().kind() == InlineKind::soft_break) {
        out.pop_back();
        continue;
      }
      if (Text* t = out.back().as<Text>()) {
        while (!t->text.empty() && t->text.back() == ' ') t->text.pop_back();
        if (t->text.empty()) {
          out.pop_back();
          continue;
        }
      }
      break;
    }
  };
  for (Inline& node : inlines) {
    if (Text* text = node.as<Text>()) {
      std::string current;
      const std::string& s = text->text;
      for (std::size_t i = 0; i < s.size();) {
        if (!is_html_space(s[i])) {
          current.push_back(s[i++]);
          at_space = false;
          continue;
        }
        bool line_break = false;
        for (; i < s.size() && is_html_space(s[i]); ++i) {
          if (s[i] == '\n') line_break = true;
        }
        if (at_space) continue;
        at_space = true;
        if (line_break) {
          if (!current.empty()) out.push_back(Text{std::move(current)});
          current.clear();
          out.push_back(SoftBreak{});
        } else {
          current.push_back(' ');
        }
      }
      if (!current.empty()) out.push_back(Text{std::move(current)});
      continue;
    }
    if (node.kind() == InlineKind::hard_break) {
      drop_trailing_space();
      out.push_back(std::move(node));
      at_space = true;
      continue;
    }
    if (Inlines* kids = children_of(node)) {
      collapse(*kids, at_space);
      if (kids->empty() && dropped_when_empty(node)) continue;
      out.push_back(std::move(node));
      continue;
    }
    at_space = false;
    out.push_back(std::move(node));
  }
  inlines = std::move(out);
}

// Removes white space and soft breaks at the end, inside formatting too.
void trim_end_inlines(Inlines& inlines) {
  while (!inlines.empty()) {
    Inline& last = inlines.back();
    if (last.kind() == InlineKind::soft_break) {
      inlines.pop_back();
      continue;
    }
    if (Text* t = last.as<Text>()) {
      while (!t->text.empty() && is_html_space(t->text.back())) t->text.pop_back();
      if (t->text.empty()) {
        inlines.pop_back();
        continue;
      }
      return;
    }
    if (Inlines* kids = children_of(last)) {
      trim_end_inlines(*kids);
      if (kids->empty() && dropped_when_empty(last)) {
        inlines.pop_back();
        continue;
      }
    }
    return;
  }
}

}  // namespace

bool blank_inlines(const Inlines& inlines) {
  for (const Inline& node : inlines) {
    if (const Text* text = node.as<Text>()) {
      if (!is_blank(text->text)) return false;
    } else if (node.kind() != InlineKind::soft_break && node.kind() != InlineKind::hard_break) {
      return false;
    }
  }
  return true;
}

void normalise(Inlines& inlines) {
  merge(inlines);
  bool at_space = true;
  collapse(inlines, at_space);
  trim_end_inlines(inlines);
  merge(inlines);
}

}  // namespace html_reader
