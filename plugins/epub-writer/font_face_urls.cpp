#include "font_face_urls.hpp"

#include <optional>

#include "govtech/text.hpp"

namespace govtech::epub {

namespace {

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

bool is_name_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ||
         c == '_' || static_cast<unsigned char>(c) >= 0x80;
}

// One escape after the backslash at `at`: up to six hex digits (and one white space after
// them) or any other character as itself. Moves `at` past it.
void append_escape(std::string_view css, std::size_t& at, std::string& out) {
  ++at;  // the backslash
  if (at >= css.size()) return;
  if (!is_hex(css[at])) {
    out += css[at++];
    return;
  }
  char32_t code = 0;
  for (int digits = 0; digits < 6 && at < css.size() && is_hex(css[at]); ++digits, ++at) {
    const char c = css[at];
    code = code * 16 + static_cast<char32_t>(c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10);
  }
  if (at < css.size() && is_space(css[at])) ++at;
  if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) code = 0xFFFD;
  append_utf8(out, code);
}

// The string whose quote is at `at`; moves `at` past its closing quote. An unescaped newline
// ends it unclosed (a bad string, which CSS drops): then nothing.
std::optional<std::string> read_string(std::string_view css, std::size_t& at) {
  const char quote = css[at++];
  std::string value;
  while (at < css.size()) {
    const char c = css[at];
    if (c == quote) {
      ++at;
      return value;
    }
    if (c == '\n') return std::nullopt;
    if (c == '\\') {
      if (at + 1 < css.size() && css[at + 1] == '\n') {
        at += 2;  // a line continued
        continue;
      }
      append_escape(css, at, value);
      continue;
    }
    value += c;
    ++at;
  }
  return value;  // the end of the stylesheet closes it
}

// The rest of a url( that is no URL, skipped to its ')' as CSS does, so that nothing in it is
// read as a string or a rule.
void skip_bad_url(std::string_view css, std::size_t& at) {
  while (at < css.size() && css[at] != ')') {
    if (css[at] == '\\') {
      std::string ignored;
      append_escape(css, at, ignored);
    } else {
      ++at;
    }
  }
  if (at < css.size()) ++at;
}

// The URL of the url( whose '(' ends just before `at`; moves `at` past its ')'. The end of the
// stylesheet closes it, as it does a string.
std::optional<std::string> read_url(std::string_view css, std::size_t& at) {
  while (at < css.size() && is_space(css[at])) ++at;
  if (at < css.size() && (css[at] == '"' || css[at] == '\'')) {
    std::optional<std::string> value = read_string(css, at);
    while (at < css.size() && is_space(css[at])) ++at;
    const bool closed = value && at < css.size() && css[at] == ')';
    if (closed) ++at;
    if (value && (closed || at == css.size())) return value;
    skip_bad_url(css, at);
    return std::nullopt;
  }
  std::string value;
  while (at < css.size()) {
    const char c = css[at];
    if (c == ')') {
      ++at;
      return value;
    }
    if (is_space(c)) {
      while (at < css.size() && is_space(css[at])) ++at;
      if (at == css.size() || css[at] == ')') continue;
      break;  // a space inside the URL
    }
    if (c == '"' || c == '\'' || c == '(') break;
    if (c == '\\') {
      append_escape(css, at, value);
      continue;
    }
    value += c;
    ++at;
  }
  if (at == css.size()) return value;
  skip_bad_url(css, at);
  return std::nullopt;
}

bool starts_with_lower(std::string_view css, std::size_t at, std::string_view word) {
  return css.size() - at >= word.size() && ascii_lower(css.substr(at, word.size())) == word;
}

}  // namespace

std::vector<CssUrl> font_face_urls(std::string_view css) {
  std::vector<CssUrl> urls;
  int depth = 0;
  int font_face_depth = 0;  // the depth of the @font-face block being read, 0 outside one
  bool font_face_next = false;
  std::size_t at = 0;
  while (at < css.size()) {
    const char c = css[at];
    if (c == '/' && at + 1 < css.size() && css[at + 1] == '*') {
      const std::size_t close = css.find("*/", at + 2);
      at = close == std::string_view::npos ? css.size() : close + 2;
    } else if (c == '"' || c == '\'') {
      read_string(css, at);
    } else if (c == '\\') {
      std::string ignored;
      append_escape(css, at, ignored);
    } else if (c == '@') {
      std::size_t end = at + 1;
      while (end < css.size() && is_name_char(css[end])) ++end;
      font_face_next = ascii_lower(css.substr(at + 1, end - at - 1)) == "font-face";
      at = end;
    } else if (c == '{') {
      ++depth;
      if (font_face_next && font_face_depth == 0) font_face_depth = depth;
      font_face_next = false;
      ++at;
    } else if (c == '}') {
      if (depth == font_face_depth) font_face_depth = 0;
      if (depth > 0) --depth;
      font_face_next = false;
      ++at;
    } else if (c == ';') {
      font_face_next = false;  // "@font-face;" is no rule
      ++at;
    } else if (font_face_depth != 0 && (c | 0x20) == 'u' && starts_with_lower(css, at, "url(") &&
               (at == 0 || !is_name_char(css[at - 1]))) {
      const std::size_t begin = at;
      at += 4;
      if (std::optional<std::string> value = read_url(css, at)) {
        urls.push_back({begin, at, std::move(*value)});
      }
    } else if (is_name_char(c)) {
      // A whole name at once, so that "myurl(" never looks like "url(".
      while (at < css.size() && is_name_char(css[at])) ++at;
    } else {
      ++at;
    }
  }
  return urls;
}

}  // namespace govtech::epub
