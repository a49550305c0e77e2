#include "raw_html_elements.hpp"

#include <algorithm>
#include <utility>

#include "govtech/text.hpp"

namespace govtech::markdown {

namespace {

std::vector<std::string> split_tokens(std::string_view text) {
  std::vector<std::string> tokens;
  std::size_t at = 0;
  while (at < text.size()) {
    while (at < text.size() && is_html_space(text[at])) ++at;
    std::size_t end = at;
    while (end < text.size() && !is_html_space(text[end])) ++end;
    if (end > at) tokens.emplace_back(text.substr(at, end - at));
    at = end;
  }
  return tokens;
}

void add_warning(std::string& warning, std::string message) {
  if (!warning.empty()) warning += "; ";
  warning += message;
}

// Whether an abbreviation's title tells a reader more than its text already does.
bool says_more(std::string_view title, const Inlines& children) {
  const std::string expansion = ascii_lower(collapse_spaces(title));
  if (expansion.empty()) return false;
  return ascii_lower(plain_text(children)).find(expansion) == std::string::npos;
}

}  // namespace

const std::string* find_attribute(const HtmlAttributes& attributes, std::string_view name) {
  for (const HtmlAttribute& attribute : attributes) {
    if (attribute.name == name) return &attribute.value;
  }
  return nullptr;
}

Attributes read_attributes(const HtmlAttributes& attributes, std::string& warning) {
  Attributes out;
  const std::string* lang = find_attribute(attributes, "lang");
  if (!lang) lang = find_attribute(attributes, "xml:lang");
  if (lang) {
    const std::string_view tag = trim(*lang);
    // lang="" says the language is unknown, which the tree cannot say: it inherits.
    if (is_language_tag(tag)) {
      out.language = std::string(tag);
    } else if (!tag.empty()) {
      add_warning(warning, "lang=\"" + *lang + "\" is not a language tag; left out");
    }
  }
  if (const std::string* dir = find_attribute(attributes, "dir")) {
    const std::string value = ascii_lower(trim(*dir));
    if (value == "ltr") {
      out.direction = Direction::ltr;
    } else if (value == "rtl") {
      out.direction = Direction::rtl;
    } else if (value != "auto") {  // auto: the tree has no such value, so it inherits
      add_warning(warning, "dir=\"" + *dir + "\" is not ltr, rtl or auto; left out");
    }
  }
  if (const std::string* id = find_attribute(attributes, "id")) {
    // An id holds no white space (HTML); one that does could never be linked to.
    if (!id->empty() && std::none_of(id->begin(), id->end(), is_html_space)) out.id = *id;
  }
  if (const std::string* classes = find_attribute(attributes, "class")) {
    out.classes = split_tokens(*classes);
  }
  return out;
}

bool hides_content(std::string_view element) {
  return one_of(element, {"script", "style", "template", "iframe", "noembed", "noframes"});
}

HtmlInlineTag describe_start_tag(std::string_view element, const HtmlAttributes& attributes) {
  HtmlInlineTag tag;
  tag.element = std::string(element);
  if (hides_content(element)) {
    tag.action = HtmlTagAction::open;
    tag.kind = HtmlInlineKind::hidden;
    tag.warning = "raw HTML <" + tag.element + "> left out with its content, which is not text";
    return tag;
  }
  if (element == "br") {
    tag.action = HtmlTagAction::insert;
    tag.node = HardBreak{};
    return tag;
  }
  if (element == "img") {
    const std::string* src = find_attribute(attributes, "src");
    const std::string* alt = find_attribute(attributes, "alt");
    tag.action = HtmlTagAction::insert;
    if (src && !trim(*src).empty()) {
      Image image{.src = std::string(trim(*src))};
      if (const std::string* title = find_attribute(attributes, "title")) image.title = *title;
      if (alt && !alt->empty()) image.alt.push_back(Text{*alt});
      tag.node = std::move(image);
    } else if (alt && !is_blank(*alt)) {
      tag.node = Text{*alt};  // no image to show: its description is what is left
    } else {
      tag.action = HtmlTagAction::drop;
    }
    return tag;
  }
  // Void elements that hold no words: nothing to open, nothing to keep.
  if (one_of(element, {"wbr", "input", "embed", "param", "source", "track", "area", "col", "hr",
                       "meta", "link", "base", "keygen"})) {
    return tag;
  }
  tag.action = HtmlTagAction::open;
  tag.attributes = read_attributes(attributes, tag.warning);
  if (one_of(element, {"b", "strong"})) {
    tag.kind = HtmlInlineKind::strong;
  } else if (one_of(element, {"i", "em", "cite", "var"})) {
    tag.kind = HtmlInlineKind::emphasis;
  } else if (one_of(element, {"s", "del", "strike"})) {
    tag.kind = HtmlInlineKind::strikethrough;
  } else if (one_of(element, {"code", "kbd", "samp", "tt"})) {
    tag.kind = HtmlInlineKind::code;
  } else if (element == "sup") {
    tag.kind = HtmlInlineKind::superscript;
  } else if (element == "sub") {
    tag.kind = HtmlInlineKind::subscript;
  } else if (element == "a" && find_attribute(attributes, "href")) {
    tag.kind = HtmlInlineKind::link;
    tag.url = std::string(trim(*find_attribute(attributes, "href")));
    if (const std::string* title = find_attribute(attributes, "title")) tag.title = *title;
  } else if (one_of(element, {"abbr", "acronym"})) {
    tag.kind = HtmlInlineKind::abbreviation;
    if (const std::string* title = find_attribute(attributes, "title")) tag.title = *title;
  } else if (element == "q") {
    tag.kind = HtmlInlineKind::quotation;
  } else if (one_of(element, {"span", "a", "bdi", "bdo", "font"})) {
    tag.kind = HtmlInlineKind::span;
  }
  return tag;
}

Inlines close_html_inline(const HtmlInlineTag& opened, Inlines children) {
  Inlines out;
  switch (opened.kind) {
    case HtmlInlineKind::hidden:
      return out;
    case HtmlInlineKind::unwrap:
    case HtmlInlineKind::span:
      out = std::move(children);
      break;
    case HtmlInlineKind::abbreviation: {
      const bool expand = says_more(opened.title, children);
      out = std::move(children);
      if (expand) out.push_back(Text{" (" + collapse_spaces(opened.title) + ")"});
      break;
    }
    case HtmlInlineKind::quotation:
      out.push_back(Text{"\u201C"});
      for (Inline& child : children) out.push_back(std::move(child));
      out.push_back(Text{"\u201D"});
      break;
    case HtmlInlineKind::link:
      out.push_back(
          Link{.url = opened.url, .title = opened.title, .children = std::move(children)});
      break;
    default:
      // An empty <b></b> shows nothing; neither does the tree.
      if (children.empty()) break;
      switch (opened.kind) {
        case HtmlInlineKind::strong:
          out.push_back(Strong{std::move(children)});
          break;
        case HtmlInlineKind::emphasis:
          out.push_back(Emphasis{std::move(children)});
          break;
        case HtmlInlineKind::strikethrough:
          out.push_back(Strikethrough{std::move(children)});
          break;
        case HtmlInlineKind::code:
          out.push_back(Code{plain_text(children)});
          break;
        case HtmlInlineKind::superscript:
          out.push_back(Superscript{std::move(children)});
          break;
        default:
          out.push_back(Subscript{std::move(children)});
          break;
      }
  }
  // An id marks a place to link to even with nothing inside.
  if (!opened.attributes.empty() && (!out.empty() || !opened.attributes.id.empty())) {
    Span span{.attributes = opened.attributes, .children = std::move(out)};
    out.clear();
    out.push_back(std::move(span));
  }
  return out;
}

}  // namespace govtech::markdown
