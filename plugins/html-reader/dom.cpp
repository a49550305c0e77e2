#include "dom.hpp"

#include <algorithm>
#include <charconv>
#include <cstddef>
#include <cstdlib>
#include <new>
#include <span>

namespace html_reader {

// Blocks of 1 MiB, and a block of its own for anything larger. Nothing is freed before the
// page goes: Gumbo frees little while it parses (it grows its buffers by doubling), so the
// arena holds at most about twice what the tree needs.
struct Page::Arena {
  static constexpr std::size_t kBlock = std::size_t{1} << 20;
  std::vector<void*> blocks;
  char* next = nullptr;
  std::size_t left = 0;

  ~Arena() {
    for (void* block : blocks) std::free(block);
  }

  void* take(std::size_t size) {
    size = (size + 15) & ~std::size_t{15};
    if (size > kBlock / 4) {
      void* own = std::malloc(size);
      if (!own) throw std::bad_alloc();
      blocks.push_back(own);
      return own;
    }
    if (size > left) {
      void* block = std::malloc(kBlock);
      if (!block) throw std::bad_alloc();
      blocks.push_back(block);
      next = static_cast<char*>(block);
      left = kBlock;
    }
    void* out = next;
    next += size;
    left -= size;
    return out;
  }
};

namespace {

void* arena_allocate(void* userdata, std::size_t size) {
  // Gumbo cannot handle a failed allocation; an exception through C frames would be worse
  // than stopping, so a failure here ends the program as operator new's would.
  try {
    return static_cast<Page::Arena*>(userdata)->take(size);
  } catch (const std::bad_alloc&) {
    std::abort();
  }
}

void arena_free(void*, void*) {}

}  // namespace

Page::Page(std::string_view html) : arena_(std::make_unique<Arena>()) {
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = arena_allocate;
  options.deallocator = arena_free;
  options.userdata = arena_.get();
  options.max_errors = 0;  // the parse errors are of no use to a reader; do not keep them
  output_ = gumbo_parse_with_options(&options, html.data(), html.size());
}

Page::~Page() = default;

namespace {

bool is_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Where the tag whose name ends at `from` ends (the index of its '>'), a quoted attribute
// value read past as the tokenizer reads it, or npos when the page ends first.
std::size_t tag_close(std::string_view html, std::size_t from) {
  for (std::size_t i = from; i < html.size(); ++i) {
    if (html[i] == '>') return i;
    if (html[i] != '=') continue;
    std::size_t value = i + 1;
    while (value < html.size() && is_html_space(html[value])) ++value;
    if (value < html.size() && (html[value] == '"' || html[value] == '\'')) {
      const std::size_t quote = html.find(html[value], value + 1);
      if (quote == std::string_view::npos) return quote;
      i = quote;
    }
  }
  return std::string_view::npos;
}

bool one_of(std::string_view name, std::span<const std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

}  // namespace

DeepTags without_deep_tags(std::string_view html, std::size_t limit) {
  // Elements whose end tag may be left out, and void ones: they nest nothing.
  static constexpr std::string_view kNoDepth[] = {
      "p",     "li",    "dt",    "dd",       "option", "optgroup", "tr",   "td",     "th",
      "thead", "tbody", "tfoot", "colgroup", "rb",     "rt",       "rp",   "rtc",    "html",
      "head",  "body",  "br",    "img",      "hr",     "input",    "meta", "link",   "area",
      "base",  "col",   "embed", "param",    "source", "track",    "wbr",  "keygen", "image"};
  // Their content is text up to their own end tag.
  static constexpr std::string_view kRawText[] = {"script", "style",   "textarea", "title",   "xmp",
                                                  "iframe", "noembed", "noframes", "noscript"};
  DeepTags out;
  std::size_t depth = 0;
  std::size_t foreign = 0;  // <svg> and <math> open, inside which "/>" closes an element
  std::size_t copied = 0;   // html[0, copied) is in out.html, when tags were left out
  auto leave_out = [&](std::size_t from, std::size_t to) {
    out.html.append(html.substr(copied, from - copied));
    copied = to;
    ++out.removed;
  };
  std::size_t at = 0;
  while ((at = html.find('<', at)) != std::string_view::npos) {
    const std::string_view rest = html.substr(at);
    if (rest.starts_with("<!--")) {
      const std::size_t end = html.find("-->", at + 4);
      at = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    if (rest.starts_with("<![CDATA[")) {
      const std::size_t end = html.find("]]>", at + 9);
      at = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    const bool closing = rest.size() > 1 && rest[1] == '/';
    const std::size_t name_start = closing ? 2 : 1;
    if (rest.size() <= name_start || !is_letter(rest[name_start])) {
      ++at;
      continue;
    }
    std::size_t name_end = name_start;
    while (name_end < rest.size() && rest[name_end] != '>' && rest[name_end] != '/' &&
           !is_html_space(rest[name_end]))
      ++name_end;
    const std::string name = ascii_lower(rest.substr(name_start, name_end - name_start));
    const std::size_t tag_end = tag_close(html, at + name_end);
    if (tag_end == std::string_view::npos) break;
    const std::size_t start = at;
    at = tag_end + 1;
    if (name == "plaintext" && !closing) break;  // the rest of the page is its text
    const bool svg_or_math = name == "svg" || name == "math";
    if (one_of(name, kNoDepth) || one_of(name, kRawText)) {
      if (!closing && one_of(name, kRawText)) {
        std::size_t end = at;
        while ((end = html.find("</", end)) != std::string_view::npos &&
               ascii_lower(html.substr(end + 2, name.size())) != name)
          end += 2;
        at = end == std::string_view::npos ? html.size() : end;
      }
      continue;
    }
    if (closing) {
      if (depth == 0) continue;
      if (depth > limit) leave_out(start, at);
      --depth;
      if (svg_or_math && foreign > 0) --foreign;
      continue;
    }
    // "<div/>" opens a <div> in HTML; only in SVG and MathML does it close the element.
    const bool self_closed = html[tag_end - 1] == '/';
    if (self_closed && (foreign > 0 || svg_or_math)) continue;
    out.depth = std::max(out.depth, ++depth);
    if (svg_or_math) ++foreign;
    if (depth > limit) leave_out(start, at);
  }
  if (out.removed > 0) out.html.append(html.substr(copied));
  return out;
}

bool is_element(const GumboNode* node) {
  return node && (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE);
}

std::string tag_name(const GumboNode* node) {
  if (!is_element(node)) return {};
  const GumboElement& element = node->v.element;
  if (element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(element.tag);
  GumboStringPiece original = element.original_tag;
  gumbo_tag_from_original_text(&original);
  return ascii_lower(std::string_view(original.data, original.length));
}

bool has_tag(const GumboNode* node, GumboTag tag) {
  return is_element(node) && node->v.element.tag == tag;
}

const char* attribute(const GumboNode* node, const char* name) {
  if (!is_element(node)) return nullptr;
  const GumboAttribute* found = gumbo_get_attribute(&node->v.element.attributes, name);
  return found ? found->value : nullptr;
}

std::string attribute_or(const GumboNode* node, const char* name, std::string_view fallback) {
  const char* value = attribute(node, name);
  return value ? std::string(value) : std::string(fallback);
}

std::string class_and_id(const GumboNode* node) {
  return ascii_lower(attribute_or(node, "class") + " " + attribute_or(node, "id"));
}

bool has_token(const GumboNode* node, const char* name, std::string_view token) {
  const std::string value = ascii_lower(attribute_or(node, name));
  const std::string wanted = ascii_lower(token);
  std::size_t at = 0;
  while (at < value.size()) {
    const std::size_t start = value.find_first_not_of(" \t\n\f\r", at);
    if (start == std::string::npos) break;
    std::size_t end = value.find_first_of(" \t\n\f\r", start);
    if (end == std::string::npos) end = value.size();
    if (std::string_view(value).substr(start, end - start) == wanted) return true;
    at = end;
  }
  return false;
}

const GumboVector* children(const GumboNode* node) {
  if (!node) return nullptr;
  if (node->type == GUMBO_NODE_DOCUMENT) return &node->v.document.children;
  if (is_element(node)) return &node->v.element.children;
  return nullptr;
}

int number_attribute(const GumboNode* node, const char* name, int fallback, int low, int high) {
  const char* value = attribute(node, name);
  if (!value) return fallback;
  std::string_view text = govtech::trim(value);
  int n = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (error != std::errc() || end == text.data()) return fallback;
  return std::clamp(n, low, high);
}

std::string text_content(const GumboNode* node) {
  std::string out;
  std::vector<const GumboNode*> work{node};
  while (!work.empty()) {
    const GumboNode* n = work.back();
    work.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      out += n->v.text.text;
      continue;
    }
    if (const GumboVector* kids = children(n)) {
      for (unsigned i = kids->length; i > 0; --i) {
        work.push_back(static_cast<const GumboNode*>(kids->data[i - 1]));
      }
    }
  }
  return out;
}

}  // namespace html_reader
