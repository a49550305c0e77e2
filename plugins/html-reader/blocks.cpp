#include "blocks.hpp"

#include <algorithm>
#include <charconv>

#include "attributes.hpp"
#include "dom.hpp"
#include "govtech/recognise.hpp"
#include "govtech/text.hpp"
#include "main_content.hpp"

namespace html_reader {

using namespace govtech;

namespace {

const GumboNode* child(const GumboVector* kids, unsigned i) {
  return static_cast<const GumboNode*>(kids->data[i]);
}

bool is_html_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

int number_attribute(const GumboNode* node, const char* name, int fallback, int low, int high) {
  const char* value = attribute(node, name);
  if (!value) return fallback;
  std::string_view text = trim(value);
  int n = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (error != std::errc() || end == text.data()) return fallback;
  return std::clamp(n, low, high);
}

bool is_heading(GumboTag tag) {
  return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6;
}

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

// "https://www.google.com/url?q=REAL&sa=D": the link Google Docs wraps every link in.
std::string unwrapped_google_link(const std::string& href) {
  for (std::string_view prefix : {"https://www.google.com/url?", "http://www.google.com/url?"}) {
    if (!href.starts_with(prefix)) continue;
    std::string_view query = std::string_view(href).substr(prefix.size());
    while (!query.empty()) {
      const std::size_t amp = query.find('&');
      std::string_view pair = query.substr(0, amp);
      if (pair.starts_with("q=")) return percent_decoded(pair.substr(2));
      if (amp == std::string_view::npos) break;
      query.remove_prefix(amp + 1);
    }
  }
  return href;
}

// The candidate of a srcset with the largest width or density.
std::string from_srcset(std::string_view srcset) {
  std::string best;
  double best_size = -1;
  while (!srcset.empty()) {
    while (!srcset.empty() && (is_html_space(srcset.front()) || srcset.front() == ','))
      srcset.remove_prefix(1);
    std::size_t end = 0;
    while (end < srcset.size() && !is_html_space(srcset[end])) ++end;
    std::string url(srcset.substr(0, end));
    srcset.remove_prefix(end);
    while (!url.empty() && url.back() == ',') url.pop_back();
    const std::size_t comma = srcset.find(',');
    const std::string_view descriptor = trim(srcset.substr(0, comma));
    srcset = comma == std::string_view::npos ? std::string_view{} : srcset.substr(comma + 1);
    double size = 1;
    if (!descriptor.empty()) {
      double value = 0;
      auto [ptr, error] =
          std::from_chars(descriptor.data(), descriptor.data() + descriptor.size(), value);
      if (error == std::errc() && ptr != descriptor.data()) size = value;
    }
    if (!url.empty() && size > best_size) {
      best = std::move(url);
      best_size = size;
    }
  }
  return best;
}

// The path of a URL with its "." and ".." segments resolved (RFC 3986, 5.2.4).
std::string without_dot_segments(std::string_view path) {
  std::vector<std::string_view> segments;
  const bool absolute = path.starts_with('/');
  std::size_t at = absolute ? 1 : 0;
  bool trailing = false;
  while (at <= path.size()) {
    std::size_t end = path.find('/', at);
    if (end == std::string_view::npos) end = path.size();
    std::string_view segment = path.substr(at, end - at);
    trailing = segment == "." || segment == "..";
    if (segment == "..") {
      if (!segments.empty()) segments.pop_back();
    } else if (segment != ".") {
      segments.push_back(segment);
    }
    at = end + 1;
  }
  std::string out = absolute ? "/" : "";
  for (std::size_t i = 0; i < segments.size(); ++i) {
    if (i) out.push_back('/');
    out.append(segments[i]);
  }
  if (trailing && !out.empty() && out.back() != '/') out.push_back('/');
  return out;
}

bool has_scheme(std::string_view url) {
  for (std::size_t i = 0; i < url.size(); ++i) {
    const char c = url[i];
    if (c == ':') return i > 0;
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
          (i > 0 && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'))))
      return false;
  }
  return false;
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

void normalise(Inlines& inlines) {
  merge(inlines);
  bool at_space = true;
  collapse(inlines, at_space);
  trim_end_inlines(inlines);
  merge(inlines);
}

Converter::Converter(const PageInfo& page, std::unordered_set<const GumboNode*> dropped)
    : page_(page), dropped_(std::move(dropped)) {}

void Converter::use_notes(const PageNotes& notes) {
  dropped_.insert(notes.removed.begin(), notes.removed.end());
  note_at_ = notes.note_at;
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

bool Converter::figure(const GumboNode* element, Blocks& out, int depth) {
  // A figure of images (links around them, a caption): anything else reads as its blocks.
  Figure f;
  bool has_image = false;
  std::vector<const GumboNode*> work;
  const GumboVector* kids = children(element);
  for (unsigned i = 0; i < kids->length; ++i) {
    const GumboNode* kid = child(kids, i);
    if (skipped(kid)) continue;
    if (has_tag(kid, GUMBO_TAG_FIGCAPTION)) {
      if (!f.caption.empty()) return false;
      f.caption = paragraph_inlines(kid, depth);
      continue;
    }
    if (is_element(kid) && is_block(kid)) return false;
    if (kid->type == GUMBO_NODE_TEXT && !is_blank(kid->v.text.text)) return false;
    work.push_back(kid);
  }
  while (!work.empty() && !has_image) {
    const GumboNode* n = work.back();
    work.pop_back();
    has_image = has_tag(n, GUMBO_TAG_IMG);
    const GumboVector* inner = children(n);
    for (unsigned i = 0; inner && i < inner->length; ++i) work.push_back(child(inner, i));
  }
  if (!has_image) return false;
  for (unsigned i = 0; i < kids->length; ++i) {
    if (!has_tag(child(kids, i), GUMBO_TAG_FIGCAPTION))
      inline_node(child(kids, i), f.content, depth);
  }
  normalise(f.content);
  if (std::string id = attribute_or(element, "id"); !id.empty()) f.attributes->id = std::move(id);
  out.push_back({std::move(f), position_of(element)});
  return true;
}

std::string Converter::resolve(std::string_view reference) const {
  std::string ref(trim(reference));
  const std::string& base = page_.base;
  if (base.empty() || ref.empty() || ref.starts_with('#') || has_scheme(ref)) return ref;
  // The base's scheme, authority, path and the rest, taken apart by hand: no regex.
  std::string_view b = base;
  std::string scheme;
  if (has_scheme(b)) {
    scheme = std::string(b.substr(0, b.find(':') + 1));
    b.remove_prefix(scheme.size());
  }
  if (ref.starts_with("//")) return scheme + ref;
  std::string authority;
  if (b.starts_with("//")) {
    const std::size_t end = b.find_first_of("/?#", 2);
    authority = std::string(b.substr(0, end));
    b = end == std::string_view::npos ? std::string_view{} : b.substr(end);
  }
  std::string_view path = b.substr(0, b.find_first_of("?#"));
  std::string merged;
  if (ref.starts_with('/')) {
    merged = ref;
  } else if (ref.starts_with('?')) {
    merged = std::string(path) + ref;
    return scheme + authority + merged;
  } else {
    const std::size_t slash = path.rfind('/');
    merged = slash == std::string_view::npos ? ref : std::string(path.substr(0, slash + 1)) + ref;
    if (!authority.empty() && !merged.starts_with('/')) merged.insert(0, "/");
  }
  const std::size_t query = merged.find_first_of("?#");
  std::string rest = query == std::string::npos ? std::string() : merged.substr(query);
  merged = without_dot_segments(merged.substr(0, query)) + rest;
  return scheme + authority + merged;
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

Inlines Converter::inlines_of(const GumboNode* element) {
  Inlines out;
  inline_children(element, out, 0);
  normalise(out);
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

void Converter::list(const GumboNode* element, Blocks& out, int depth) {
  std::vector<ListItem> items;
  bool tight = true;
  const GumboVector* kids = children(element);
  for (unsigned i = 0; i < kids->length; ++i) {
    const GumboNode* kid = child(kids, i);
    if (!is_element(kid) || skipped(kid)) continue;
    ListItem item;
    // A task item: a checkbox first, alone or in a label.
    const GumboNode* probe = kid;
    for (int level = 0; level < 3 && probe; ++level) {
      const GumboNode* first = nullptr;
      const GumboVector* inner = children(probe);
      for (unsigned j = 0; inner && j < inner->length; ++j) {
        const GumboNode* c = child(inner, j);
        if (is_element(c)) {
          first = c;
          break;
        }
        if (c->type == GUMBO_NODE_TEXT) break;
      }
      if (has_tag(first, GUMBO_TAG_INPUT) &&
          ascii_lower(attribute_or(first, "type")) == "checkbox") {
        item.task = attribute(first, "checked") != nullptr;
        break;
      }
      probe = first;
    }
    const GumboVector* inner = children(kid);
    for (unsigned j = 0; inner && j < inner->length; ++j) {
      if (has_tag(child(inner, j), GUMBO_TAG_P)) tight = false;
    }
    if (has_tag(kid, GUMBO_TAG_LI)) {
      collect_blocks(kid, item.blocks, depth, nullptr);
    } else {
      block(kid, item.blocks, depth, nullptr);
    }
    if (item.blocks.empty() && !item.task) continue;
    items.push_back(std::move(item));
  }
  if (items.empty()) return;
  if (element->v.element.tag == GUMBO_TAG_OL) {
    out.push_back(
        {OrderedList{.start = number_attribute(element, "start", 1, -999999999, 999999999),
                     .tight = tight,
                     .items = std::move(items)},
         position_of(element)});
  } else {
    out.push_back({BulletList{.tight = tight, .items = std::move(items)}, position_of(element)});
  }
}

void Converter::definition_list(const GumboNode* element, Blocks& out, int depth,
                                std::vector<Mark>* marks) {
  // Its terms and definitions, also inside the <div>s HTML allows around each pair.
  std::vector<const GumboNode*> parts;
  const GumboVector* kids = children(element);
  for (unsigned i = 0; i < kids->length; ++i) {
    const GumboNode* kid = child(kids, i);
    if (!is_element(kid) || skipped(kid)) continue;
    if (has_tag(kid, GUMBO_TAG_DIV)) {
      const GumboVector* inner = children(kid);
      for (unsigned j = 0; j < inner->length; ++j) {
        if (is_element(child(inner, j)) && !skipped(child(inner, j)))
          parts.push_back(child(inner, j));
      }
    } else {
      parts.push_back(kid);
    }
  }
  // At the top, terms that ask are an interview's questions: kept as paragraphs, marked.
  std::size_t terms = 0, asking = 0;
  for (const GumboNode* part : parts) {
    if (!has_tag(part, GUMBO_TAG_DT)) continue;
    ++terms;
    if (asks_question(collapse_spaces(text_content(part)))) ++asking;
  }
  if (marks && asking >= 2 && asking * 2 >= terms) {
    for (const GumboNode* part : parts) {
      const std::size_t before = out.size();
      if (has_tag(part, GUMBO_TAG_DT)) {
        block(part, out, depth, nullptr);
      } else {
        collect_blocks(part, out, depth, nullptr);
      }
      const Mark mark = has_tag(part, GUMBO_TAG_DT)   ? Mark::term
                        : has_tag(part, GUMBO_TAG_DD) ? Mark::definition
                                                      : Mark::none;
      marks->resize(before, Mark::none);
      marks->resize(out.size(), mark);
    }
    return;
  }
  DefinitionList list;
  for (const GumboNode* part : parts) {
    if (has_tag(part, GUMBO_TAG_DT)) {
      Inlines term = paragraph_inlines(part, depth);
      if (blank_inlines(term)) continue;
      // Two terms for one definition: one term, a line each.
      if (!list.items.empty() && list.items.back().definitions.empty()) {
        Inlines& into = list.items.back().term;
        into.push_back(HardBreak{});
        into.insert(into.end(), std::make_move_iterator(term.begin()),
                    std::make_move_iterator(term.end()));
      } else {
        list.items.push_back({.term = std::move(term)});
      }
      continue;
    }
    Blocks definition;
    collect_blocks(part, definition, depth, nullptr);
    if (definition.empty()) continue;
    if (list.items.empty()) list.items.emplace_back();
    list.items.back().definitions.push_back(std::move(definition));
  }
  if (!list.items.empty()) out.push_back({std::move(list), position_of(element)});
}

void Converter::table(const GumboNode* element, Blocks& out, int depth) {
  constexpr std::size_t kMaxColumns = 1000;  // HTML's own limit for colspan
  std::vector<const GumboNode*> rows;
  std::vector<bool> in_head;
  const GumboVector* kids = children(element);
  for (unsigned i = 0; i < kids->length; ++i) {
    const GumboNode* kid = child(kids, i);
    if (!is_element(kid) || skipped(kid)) continue;
    const GumboTag tag = kid->v.element.tag;
    if (tag == GUMBO_TAG_CAPTION) {
      Inlines caption = paragraph_inlines(kid, depth);
      if (!blank_inlines(caption)) out.push_back({Paragraph{std::move(caption)}, position_of(kid)});
    } else if (tag == GUMBO_TAG_TR) {
      rows.push_back(kid);
      in_head.push_back(false);
    } else if (tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_TFOOT) {
      const GumboVector* group = children(kid);
      for (unsigned j = 0; j < group->length; ++j) {
        const GumboNode* row = child(group, j);
        if (has_tag(row, GUMBO_TAG_TR) && !skipped(row)) {
          rows.push_back(row);
          in_head.push_back(tag == GUMBO_TAG_THEAD);
        }
      }
    }
  }
  Table t;
  std::vector<std::vector<TableCell>> grid;
  std::vector<std::size_t> spanned;  // rows still covered by a rowspan, per column
  std::vector<bool> all_header;
  for (const GumboNode* row : rows) {
    std::vector<TableCell> cells;
    bool header_cells = true;
    std::size_t column = 0;
    auto fill_spanned = [&]() {
      while (column < spanned.size() && spanned[column] > 0) {
        --spanned[column++];
        cells.emplace_back();
      }
    };
    const GumboVector* row_kids = children(row);
    for (unsigned j = 0; j < row_kids->length; ++j) {
      const GumboNode* cell = child(row_kids, j);
      if (!(has_tag(cell, GUMBO_TAG_TD) || has_tag(cell, GUMBO_TAG_TH)) || skipped(cell)) continue;
      fill_spanned();
      if (column >= kMaxColumns) break;
      header_cells = header_cells && has_tag(cell, GUMBO_TAG_TH);
      const std::size_t colspan =
          static_cast<std::size_t>(number_attribute(cell, "colspan", 1, 1, 1000));
      const std::size_t rowspan =
          static_cast<std::size_t>(number_attribute(cell, "rowspan", 1, 1, 65534));
      // The AST has no spans: a spanning cell holds its content in its first position, the
      // positions it covers are empty cells, so every row keeps its columns.
      TableCell first;
      first.content = paragraph_inlines(cell, depth);
      if (grid.empty() && t.alignments.size() <= column) {
        const std::string align = page_.styles.of(cell).align.empty()
                                      ? ascii_lower(attribute_or(cell, "align"))
                                      : page_.styles.of(cell).align;
        t.alignments.resize(column + 1, Alignment::none);
        t.alignments[column] = align == "left"     ? Alignment::left
                               : align == "center" ? Alignment::center
                               : align == "right"  ? Alignment::right
                                                   : Alignment::none;
      }
      for (std::size_t k = 0; k < colspan && column < kMaxColumns; ++k, ++column) {
        cells.push_back(k == 0 ? std::move(first) : TableCell{});
        if (spanned.size() <= column) spanned.resize(column + 1, 0);
        spanned[column] = rowspan - 1;
      }
    }
    fill_spanned();
    if (cells.empty()) continue;
    grid.push_back(std::move(cells));
    all_header.push_back(header_cells);
  }
  if (grid.empty()) return;
  std::size_t width = 0;
  for (const auto& row : grid) width = std::max(width, row.size());
  for (auto& row : grid) row.resize(width);
  t.alignments.resize(width, Alignment::none);
  bool alignment_given = false;
  for (Alignment a : t.alignments) alignment_given = alignment_given || a != Alignment::none;
  std::size_t first_body = 0;
  if (!in_head.empty() && (in_head[0] || all_header[0])) {
    t.header = std::move(grid[0]);
    first_body = 1;
  }
  for (std::size_t i = first_body; i < grid.size(); ++i) t.rows.push_back(std::move(grid[i]));
  if (!alignment_given) t.alignments.assign(width, Alignment::none);
  out.push_back({std::move(t), position_of(element)});
}

Inline Converter::image(const GumboNode* element) const {
  std::string src = attribute_or(element, "src");
  // Saved pages often keep a placeholder in src and the picture in data-src.
  if (const char* lazy = attribute(element, "data-src");
      lazy && (src.empty() || src.starts_with("data:"))) {
    src = lazy;
  }
  if (src.empty()) {
    if (const char* srcset = attribute(element, "srcset")) src = from_srcset(srcset);
  }
  Image img;
  img.src = resolve(src);
  img.title = attribute_or(element, "title");
  const std::string alt = collapse_spaces(attribute_or(element, "alt"));
  if (!alt.empty()) img.alt.push_back(Text{alt});
  return img;
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
      Inlines wrapped{std::move(link)};
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
  if (tag == GUMBO_TAG_SUP) content = {Superscript{std::move(content)}};
  if (tag == GUMBO_TAG_SUB) content = {Subscript{std::move(content)}};
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
