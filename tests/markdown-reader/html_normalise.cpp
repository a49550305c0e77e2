#include "html_normalise.hpp"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <set>
#include <utility>
#include <vector>

namespace govtech::testing {

namespace {

const std::set<std::string, std::less<>> kBlockTags = {
    "article",  "aside",  "blockquote", "body",     "button",   "canvas", "caption",  "col",
    "colgroup", "dd",     "div",        "dl",       "dt",       "embed",  "fieldset", "figcaption",
    "figure",   "footer", "form",       "h1",       "h2",       "h3",     "h4",       "h5",
    "h6",       "header", "hgroup",     "hr",       "iframe",   "li",     "map",      "object",
    "ol",       "output", "p",          "pre",      "progress", "script", "section",  "style",
    "table",    "tbody",  "td",         "textarea", "tfoot",    "th",     "thead",    "tr",
    "ul",       "video"};

struct Token {
  bool tag = false;
  std::string text;  // serialised tag, or text
  std::string name;  // tag name, lower case ("" for comments and the like)
};

void append_utf8(std::string& out, std::uint32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Decodes the references serialisers use for escaping; others stay as written.
std::string decode_references(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '&') {
      std::size_t semi = text.find(';', i);
      if (semi != std::string_view::npos && semi - i <= 10) {
        std::string_view name = text.substr(i + 1, semi - i - 1);
        const char* plain = name == "amp"    ? "&"
                            : name == "lt"   ? "<"
                            : name == "gt"   ? ">"
                            : name == "quot" ? "\""
                            : name == "apos" ? "'"
                                             : nullptr;
        if (plain) {
          out += plain;
          i = semi;
          continue;
        }
        if (name.size() > 1 && name[0] == '#') {
          bool hex = name[1] == 'x' || name[1] == 'X';
          std::string_view digits = name.substr(hex ? 2 : 1);
          std::uint32_t value = 0;
          auto [end, error] =
              std::from_chars(digits.data(), digits.data() + digits.size(), value, hex ? 16 : 10);
          if (error == std::errc() && end == digits.data() + digits.size() && !digits.empty() &&
              value < 0x110000) {
            append_utf8(out, value);
            i = semi;
            continue;
          }
        }
      }
    }
    out += text[i];
  }
  return out;
}

std::string escape(std::string_view text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

// Parses a start or end tag at `at` (pointing at '<'). Returns the token and moves `at` past
// it, or returns false when there is no well-formed tag there.
bool parse_tag(std::string_view html, std::size_t& at, Token& token) {
  std::size_t i = at + 1;
  bool closing = i < html.size() && html[i] == '/';
  if (closing) ++i;
  if (i >= html.size() || !std::isalpha(static_cast<unsigned char>(html[i]))) return false;
  std::size_t name_start = i;
  while (i < html.size() && (std::isalnum(static_cast<unsigned char>(html[i])) || html[i] == '-'))
    ++i;
  token.name = lower(html.substr(name_start, i - name_start));
  std::vector<std::pair<std::string, std::string>> attributes;
  while (true) {
    while (i < html.size() && is_space(html[i])) ++i;
    if (i >= html.size()) return false;
    if (html[i] == '>') {
      ++i;
      break;
    }
    if (html[i] == '/' && i + 1 < html.size() && html[i + 1] == '>') {
      i += 2;
      break;
    }
    std::size_t attr_start = i;
    while (i < html.size() && !is_space(html[i]) && html[i] != '=' && html[i] != '>' &&
           !(html[i] == '/' && i + 1 < html.size() && html[i + 1] == '>')) {
      ++i;
    }
    if (i == attr_start) return false;
    std::string name = lower(html.substr(attr_start, i - attr_start));
    std::string value;
    std::size_t j = i;
    while (j < html.size() && is_space(html[j])) ++j;
    if (j < html.size() && html[j] == '=') {
      ++j;
      while (j < html.size() && is_space(html[j])) ++j;
      if (j >= html.size()) return false;
      if (html[j] == '"' || html[j] == '\'') {
        std::size_t close = html.find(html[j], j + 1);
        if (close == std::string_view::npos) return false;
        value = decode_references(html.substr(j + 1, close - j - 1));
        i = close + 1;
      } else {
        std::size_t start = j;
        while (j < html.size() && !is_space(html[j]) && html[j] != '>') ++j;
        value = decode_references(html.substr(start, j - start));
        i = j;
      }
    }
    attributes.emplace_back(std::move(name), std::move(value));
  }
  std::stable_sort(attributes.begin(), attributes.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  token.tag = true;
  token.text = closing ? "</" : "<";
  token.text += token.name;
  for (const auto& [name, value] : attributes)
    token.text += " " + name + "=\"" + escape(value) + "\"";
  token.text += ">";
  at = i;
  return true;
}

// Comments, processing instructions, declarations and CDATA, kept as written.
bool parse_markup(std::string_view html, std::size_t& at, Token& token) {
  std::string_view rest = html.substr(at);
  std::string_view close;
  if (rest.starts_with("<!--")) {
    close = "-->";
  } else if (rest.starts_with("<![CDATA[")) {
    close = "]]>";
  } else if (rest.starts_with("<?")) {
    close = "?>";
  } else if (rest.starts_with("<!") && rest.size() > 2 &&
             std::isalpha(static_cast<unsigned char>(rest[2]))) {
    close = ">";
  } else {
    return false;
  }
  std::size_t end = rest.find(close, 2);
  if (end == std::string_view::npos) return false;
  token.tag = true;
  token.name = "";
  token.text = std::string(rest.substr(0, end + close.size()));
  at += end + close.size();
  return true;
}

std::string collapse(std::string_view text) {
  std::string out;
  bool space = false;
  for (char c : text) {
    if (is_space(c)) {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += c;
  }
  if (space) out += ' ';
  return out;
}

}  // namespace

std::string normalise_html(std::string_view html) {
  std::vector<Token> tokens;
  std::string text;
  auto flush_text = [&] {
    if (text.empty()) return;
    tokens.push_back({false, decode_references(text), ""});
    text.clear();
  };
  for (std::size_t at = 0; at < html.size();) {
    if (html[at] == '<') {
      Token token;
      std::size_t next = at;
      if (parse_markup(html, next, token) || parse_tag(html, next, token)) {
        flush_text();
        tokens.push_back(std::move(token));
        at = next;
        continue;
      }
    }
    text += html[at++];
  }
  flush_text();

  std::string out;
  int in_pre = 0;
  for (std::size_t k = 0; k < tokens.size(); ++k) {
    const Token& token = tokens[k];
    if (token.tag) {
      if (token.name == "pre") in_pre += token.text.starts_with("</") ? -1 : 1;
      out += token.text;
      continue;
    }
    if (in_pre > 0) {
      out += escape(token.text);
      continue;
    }
    std::string piece = collapse(token.text);
    bool block_before = k == 0 || (tokens[k - 1].tag && kBlockTags.count(tokens[k - 1].name));
    bool block_after =
        k + 1 == tokens.size() || (tokens[k + 1].tag && kBlockTags.count(tokens[k + 1].name));
    if (block_before && !piece.empty() && piece.front() == ' ') piece.erase(0, 1);
    if (block_after && !piece.empty() && piece.back() == ' ') piece.pop_back();
    out += escape(piece);
  }
  return out;
}

}  // namespace govtech::testing
