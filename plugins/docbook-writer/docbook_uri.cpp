#include "docbook_uri.hpp"

#include <arpa/inet.h>

#include <algorithm>
#include <cctype>
#include <cstddef>

namespace govtech::docbook {

namespace {

bool is_alpha(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0;
}
bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_hex(char c) {
  return std::isxdigit(static_cast<unsigned char>(c)) != 0;
}

// RFC 3986 unreserved, sub-delims and the general delimiters that may appear anywhere after
// the scheme (':', '/', '?', '@'); '#', '[' and ']' are handled by position.
bool allowed_anywhere(char c) {
  if (is_alpha(c) || is_digit(c)) return true;
  switch (c) {
    case '-':
    case '.':
    case '_':
    case '~':
    case '!':
    case '$':
    case '&':
    case '\'':
    case '(':
    case ')':
    case '*':
    case '+':
    case ',':
    case ';':
    case '=':
    case ':':
    case '/':
    case '?':
    case '@':
      return true;
    default:
      return false;
  }
}

bool valid_scheme(std::string_view scheme) {
  if (scheme.empty() || !is_alpha(scheme.front())) return false;
  for (char c : scheme) {
    if (!is_alpha(c) && !is_digit(c) && c != '+' && c != '-' && c != '.') return false;
  }
  return true;
}

void append_escaped(std::string& out, char c) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  const auto byte = static_cast<unsigned char>(c);
  out += '%';
  out += kHex[byte >> 4];
  out += kHex[byte & 0xF];
}

// An IPv6 host in brackets, as the schema's URI check understands it (no zone, no IPvFuture).
bool is_ip_literal(std::string_view text) {
  if (text.size() < 3 || text.front() != '[' || text.back() != ']') return false;
  const std::string address(text.substr(1, text.size() - 2));
  in6_addr parsed{};
  return inet_pton(AF_INET6, address.c_str(), &parsed) == 1;
}

// What may follow an IP literal: nothing, or ':' and digits.
bool is_port(std::string_view text) {
  if (text.empty()) return true;
  if (text.front() != ':') return false;
  for (char c : text.substr(1)) {
    if (!is_digit(c)) return false;
  }
  return true;
}

}  // namespace

std::string uri_reference(std::string_view url) {
  std::string out;
  out.reserve(url.size());
  std::size_t i = 0;

  // A colon before any '/', '?' or '#' ends the scheme; if what precedes it is not a scheme,
  // or nothing but a fragment follows it (which the schema's URI check rejects), the colons
  // there are escaped so the whole reference reads as a relative path.
  const std::size_t delimiter = url.find_first_of(":/?#");
  bool has_scheme = false;
  if (delimiter != std::string_view::npos && url[delimiter] == ':') {
    const std::string_view rest = url.substr(delimiter + 1);
    has_scheme = valid_scheme(url.substr(0, delimiter)) && !rest.empty() && rest.front() != '#';
    if (has_scheme) {
      out.append(url.substr(0, delimiter + 1));
      i = delimiter + 1;
    }
  }
  const std::size_t path_start = std::min(url.find_first_of("/?#"), url.size());

  // The authority (after "//") may hold an IP literal in brackets, right after "//" or
  // "user@", followed by nothing or a port.
  std::size_t literal_begin = std::string_view::npos;
  std::size_t literal_end = std::string_view::npos;
  std::size_t empty_authority = std::string_view::npos;
  if (url.substr(i, 2) == "//") {
    const std::size_t authority_end = std::min(url.find_first_of("/?#", i + 2), url.size());
    // "//" with no host and no path after it ("http://", "//?q") is not a URI: its slashes
    // are escaped instead.
    if (authority_end == i + 2 && (authority_end == url.size() || url[authority_end] != '/')) {
      empty_authority = i;
    }
    const std::size_t open = url.find('[', i + 2);
    const std::size_t close = url.find(']', i + 2);
    if (open < authority_end && close < authority_end && open < close &&
        (open == i + 2 || url[open - 1] == '@') &&
        is_ip_literal(url.substr(open, close - open + 1)) &&
        is_port(url.substr(close + 1, authority_end - close - 1))) {
      literal_begin = open;
      literal_end = close;
    }
  }

  bool in_fragment = false;
  for (; i < url.size(); ++i) {
    const char c = url[i];
    if (c == '%' && i + 2 < url.size() && is_hex(url[i + 1]) && is_hex(url[i + 2])) {
      out += c;
    } else if (c == '#' && !in_fragment) {
      in_fragment = true;
      out += c;
    } else if ((c == '[' && i == literal_begin) || (c == ']' && i == literal_end)) {
      out += c;
    } else if ((c == ':' && !has_scheme && i < path_start) ||
               (c == '/' && empty_authority != std::string_view::npos &&
                (i == empty_authority || i == empty_authority + 1))) {
      append_escaped(out, c);
    } else if (static_cast<unsigned char>(c) >= 0x80 || allowed_anywhere(c)) {
      out += c;
    } else {
      append_escaped(out, c);
    }
  }
  return out;
}

}  // namespace govtech::docbook
