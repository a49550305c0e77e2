#include "attribute_syntax.hpp"

#include <string>

#include "govtech/text.hpp"

namespace govtech::markdown {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Identifiers and class names: what pandoc accepts, letters, digits and -_:. (any non-ASCII
// byte counts as a letter, so that ids may be in any script).
bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || c == ':' || c == '.' || static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

std::optional<Attributes> parse_attribute_block(std::string_view braced) {
  if (braced.size() < 2 || braced.front() != '{' || braced.back() != '}') return std::nullopt;
  std::string_view rest = braced.substr(1, braced.size() - 2);
  Attributes attributes;
  bool any = false;
  while (true) {
    while (!rest.empty() && is_space(rest.front())) rest.remove_prefix(1);
    if (rest.empty()) break;
    const char sigil = rest.front();
    if (sigil == '#' || sigil == '.') {
      std::size_t end = 1;
      while (end < rest.size() && is_name_char(rest[end])) ++end;
      if (end == 1) return std::nullopt;
      std::string name(rest.substr(1, end - 1));
      if (sigil == '#') {
        if (!attributes.id.empty()) return std::nullopt;  // one id only
        attributes.id = std::move(name);
      } else {
        attributes.classes.push_back(std::move(name));
      }
      rest.remove_prefix(end);
    } else if (sigil == '-' && (rest.size() == 1 || is_space(rest[1]))) {
      attributes.classes.emplace_back("unnumbered");  // pandoc's short form
      rest.remove_prefix(1);
    } else {
      std::size_t eq = 0;
      while (eq < rest.size() && is_name_char(rest[eq])) ++eq;
      if (eq == 0 || eq >= rest.size() || rest[eq] != '=') return std::nullopt;
      const std::string key = ascii_lower(rest.substr(0, eq));
      rest.remove_prefix(eq + 1);
      std::string value;
      if (!rest.empty() && (rest.front() == '"' || rest.front() == '\'')) {
        const char quote = rest.front();
        const std::size_t close = rest.find(quote, 1);
        if (close == std::string_view::npos) return std::nullopt;
        value = rest.substr(1, close - 1);
        rest.remove_prefix(close + 1);
      } else {
        std::size_t end = 0;
        while (end < rest.size() && !is_space(rest[end])) ++end;
        value = rest.substr(0, end);
        rest.remove_prefix(end);
      }
      if (key == "lang") {
        if (!is_language_tag(value)) return std::nullopt;
        attributes.language = std::move(value);
      } else if (key == "dir") {
        const std::string dir = ascii_lower(value);
        if (dir == "rtl") {
          attributes.direction = Direction::rtl;
        } else if (dir == "ltr") {
          attributes.direction = Direction::ltr;
        } else if (dir != "auto") {
          return std::nullopt;
        }
      } else if (key == "id") {
        if (!attributes.id.empty() || value.empty()) return std::nullopt;
        attributes.id = std::move(value);
      } else if (key == "class") {
        for (std::size_t pos = 0; pos < value.size();) {
          const std::size_t end = std::min(value.find(' ', pos), value.size());
          if (end > pos) attributes.classes.push_back(value.substr(pos, end - pos));
          pos = end + 1;
        }
      }
    }
    any = true;
  }
  if (!any) return std::nullopt;  // `{}` is text
  return attributes;
}

std::size_t trailing_attribute_block(std::string_view text) {
  const std::string_view trimmed = trim_end(text);
  if (trimmed.empty() || trimmed.back() != '}') return std::string_view::npos;
  const std::size_t open = trimmed.rfind('{');
  if (open == std::string_view::npos) return std::string_view::npos;
  if (!parse_attribute_block(trimmed.substr(open))) return std::string_view::npos;
  std::size_t start = open;
  while (start > 0 && (text[start - 1] == ' ' || text[start - 1] == '\t')) --start;
  return start;
}

}  // namespace govtech::markdown
