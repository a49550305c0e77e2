#include "styles.hpp"

#include <charconv>
#include <vector>

#include "dom.hpp"

namespace html_reader {

namespace {

std::string_view trim_css(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' ||
                        s.front() == '\r' || s.front() == '\f'))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' ||
                        s.back() == '\r' || s.back() == '\f'))
    s.remove_suffix(1);
  return s;
}

// The text of `css` without /* comments */.
std::string without_comments(std::string_view css) {
  std::string out;
  out.reserve(css.size());
  for (std::size_t i = 0; i < css.size();) {
    if (css.substr(i, 2) == "/*") {
      const std::size_t end = css.find("*/", i + 2);
      if (end == std::string_view::npos) break;
      i = end + 2;
      out.push_back(' ');
      continue;
    }
    out.push_back(css[i++]);
  }
  return out;
}

bool weight_is_bold(std::string_view value) {
  if (value == "bold" || value == "bolder") return true;
  if (value.empty() || value[0] < '0' || value[0] > '9') return false;
  int n = 0;
  for (char c : value) {
    if (c < '0' || c > '9') break;
    n = n * 10 + (c - '0');
    if (n > 10000) break;
  }
  return n >= 600;
}

// A font-size smaller than the text around it; absolute sizes (11pt, small) would need the
// cascade to compare with, and say nothing here.
bool relatively_smaller(std::string_view value) {
  if (value == "smaller") return true;
  double n = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), n);
  if (error != std::errc() || end == value.data()) return false;
  const std::string_view unit(end, static_cast<std::size_t>(value.data() + value.size() - end));
  return (unit == "%" && n < 100) || (unit == "em" && n < 1);
}

// The class a simple selector names (".c3", "span.c3"), or empty for any other selector.
std::string single_class(std::string_view selector) {
  selector = trim_css(selector);
  const std::size_t dot = selector.find('.');
  if (dot == std::string_view::npos || selector.find('.', dot + 1) != std::string_view::npos) {
    return {};
  }
  for (std::size_t i = 0; i < dot; ++i) {
    const char c = selector[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return {};
  }
  std::string_view name = selector.substr(dot + 1);
  if (name.empty()) return {};
  for (char c : name) {
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
          c == '_'))
      return {};
  }
  return std::string(name);
}

}  // namespace

void TextStyle::merge(const TextStyle& over) {
  if (over.bold) bold = over.bold;
  if (over.italic) italic = over.italic;
  if (over.struck) struck = over.struck;
  hidden = hidden || over.hidden;
  list_marker = list_marker || over.list_marker;
  if (!over.align.empty()) align = over.align;
  if (!over.vertical_align.empty()) vertical_align = over.vertical_align;
  if (over.smaller) smaller = over.smaller;
}

Script TextStyle::script() const {
  if (vertical_align == "super") return Script::super;
  if (vertical_align == "sub") return Script::sub;
  if (!smaller.value_or(false)) return Script::none;
  if (vertical_align == "top" || vertical_align == "text-top") return Script::super;
  if (vertical_align == "bottom" || vertical_align == "text-bottom") return Script::sub;
  return Script::none;
}

TextStyle parse_declarations(std::string_view css) {
  TextStyle style;
  const std::string text = ascii_lower(without_comments(css));
  std::string_view rest = text;
  while (!rest.empty()) {
    std::size_t end = rest.find(';');
    std::string_view declaration = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
    const std::size_t colon = declaration.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string_view property = trim_css(declaration.substr(0, colon));
    std::string_view value = trim_css(declaration.substr(colon + 1));
    if (value.ends_with("!important")) value = trim_css(value.substr(0, value.size() - 10));
    if (property == "font-weight") {
      style.bold = weight_is_bold(value);
    } else if (property == "font-style") {
      style.italic = value == "italic" || value == "oblique";
    } else if (property == "text-decoration" || property == "text-decoration-line") {
      style.struck = value.find("line-through") != std::string_view::npos;
    } else if (property == "display") {
      style.hidden = style.hidden || value == "none";
    } else if (property == "visibility") {
      style.hidden = style.hidden || value == "hidden";
    } else if (property == "mso-list") {
      style.list_marker = value == "ignore";
    } else if (property == "text-align") {
      if (value == "left" || value == "right" || value == "center") style.align = value;
    } else if (property == "vertical-align") {
      style.vertical_align = value;
    } else if (property == "font-size") {
      style.smaller = relatively_smaller(value);
    }
  }
  return style;
}

void ClassStyles::add_stylesheet(std::string_view css_text) {
  const std::string css = without_comments(css_text);
  std::string_view rest = css;
  while (!rest.empty()) {
    const std::size_t open = rest.find('{');
    if (open == std::string_view::npos) break;
    std::string_view selectors = trim_css(rest.substr(0, open));
    // An at-rule with a block (@media, @font-face): skip the block, nested braces and all.
    // Statements such as @import end at their semicolon, before the brace.
    while (selectors.starts_with("@")) {
      const std::size_t semicolon = selectors.find(';');
      if (semicolon == std::string_view::npos) break;
      selectors = trim_css(selectors.substr(semicolon + 1));
    }
    if (selectors.starts_with("@")) {
      int depth = 0;
      std::size_t i = open;
      for (; i < rest.size(); ++i) {
        if (rest[i] == '{') ++depth;
        if (rest[i] == '}' && --depth == 0) break;
      }
      rest = i < rest.size() ? rest.substr(i + 1) : std::string_view{};
      continue;
    }
    const std::size_t close = rest.find('}', open);
    const std::string_view body = rest.substr(
        open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1);
    rest = close == std::string_view::npos ? std::string_view{} : rest.substr(close + 1);
    const TextStyle style = parse_declarations(body);
    if (!style.bold && !style.italic && !style.struck && !style.hidden && style.align.empty() &&
        style.vertical_align.empty() && !style.smaller) {
      continue;
    }
    std::string_view list = selectors;
    while (!list.empty()) {
      const std::size_t comma = list.find(',');
      const std::string name = single_class(list.substr(0, comma));
      list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
      if (!name.empty()) rules_[name].merge(style);
    }
  }
}

TextStyle ClassStyles::of(const GumboNode* element) const {
  TextStyle style;
  if (!rules_.empty()) {
    const std::string classes = attribute_or(element, "class");
    std::size_t at = 0;
    while (at < classes.size()) {
      const std::size_t start = classes.find_first_not_of(" \t\n\f\r", at);
      if (start == std::string::npos) break;
      std::size_t end = classes.find_first_of(" \t\n\f\r", start);
      if (end == std::string::npos) end = classes.size();
      auto found = rules_.find(std::string_view(classes).substr(start, end - start));
      if (found != rules_.end()) style.merge(found->second);
      at = end;
    }
  }
  if (const char* inline_style = attribute(element, "style")) {
    style.merge(parse_declarations(inline_style));
  }
  return style;
}

}  // namespace html_reader
