// What each HTML element means to the document tree, for raw HTML met inline (one tag at a
// time, from md4c) and in blocks (a whole tree, from Gumbo) alike, so that both read an
// element the same way. See raw_html.hpp for the table.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

#include "raw_html.hpp"

namespace govtech::markdown {

inline bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// White space as HTML counts it (never a no-break space, which is text).
inline bool is_html_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// Past the '>' that ends a tag, from `at` (inside the tag), quoted attribute values skipped;
// npos when the text ends first.
inline std::size_t tag_end(std::string_view html, std::size_t at) {
  char quote = 0;
  for (; at < html.size(); ++at) {
    const char c = html[at];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return at + 1;
    }
  }
  return std::string_view::npos;
}

inline bool is_ascii_letter(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// One attribute of a tag: the name in lower case, the value with its references decoded.
struct HtmlAttribute {
  std::string name;
  std::string value;
};
using HtmlAttributes = std::vector<HtmlAttribute>;

// The value of attribute `name`, or null.
const std::string* find_attribute(const HtmlAttributes& attributes, std::string_view name);

// The language, direction, id and classes a tag states; what is not valid (a lang that is no
// language tag) is left out and said in `warning`.
Attributes read_attributes(const HtmlAttributes& attributes, std::string& warning);

// Elements whose content is code or fallback markup rather than words (script, style, ...).
bool hides_content(std::string_view element);

// The start tag of phrasing element `element` (lower case) read as an inline piece: open,
// insert or drop, with what it becomes. Every element the tree has no node for opens as
// `unwrap`, so that its end tag still closes what was opened inside it.
HtmlInlineTag describe_start_tag(std::string_view element, const HtmlAttributes& attributes);

}  // namespace govtech::markdown
