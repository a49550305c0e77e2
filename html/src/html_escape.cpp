// Escaping of HTML text, attribute values and URLs, byte for byte as the CommonMark reference
// renderer does it, so that fragments compare equal to its output.
#include <array>
#include <string>
#include <string_view>

#include "govtech/html_render.hpp"
#include "govtech/text.hpp"

namespace govtech {

namespace {

// Characters a URL keeps as they are; everything else is percent-encoded, except & and '
// which become entities. Reserved characters are kept on the assumption that they are meant.
constexpr std::array<bool, 128> url_safe_table() {
  std::array<bool, 128> safe{};
  for (char c = '0'; c <= '9'; ++c) safe[static_cast<unsigned char>(c)] = true;
  for (char c = 'a'; c <= 'z'; ++c) safe[static_cast<unsigned char>(c)] = true;
  for (char c = 'A'; c <= 'Z'; ++c) safe[static_cast<unsigned char>(c)] = true;
  for (char c : std::string_view("-_.+!*(),%#@?=;:/$~")) safe[static_cast<unsigned char>(c)] = true;
  return safe;
}
constexpr auto kUrlSafe = url_safe_table();

}  // namespace

void append_html_escaped(std::string& out, std::string_view text) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    while (i < text.size() && !kMayNeedEscaping[static_cast<unsigned char>(text[i])]) ++i;
    if (i == text.size()) break;
    const char* replacement = nullptr;
    std::size_t length = 1;
    switch (text[i]) {
      case '&':
        replacement = "&amp;";
        break;
      case '<':
        replacement = "&lt;";
        break;
      case '>':
        replacement = "&gt;";
        break;
      case '"':
        replacement = "&quot;";
        break;
      default:
        length = forbidden_character_length(text, i);
        if (length) replacement = "";
    }
    if (replacement) {
      out.append(text.substr(start, i - start));
      out.append(replacement);
      i += length - 1;
      start = i + 1;
    }
  }
  out.append(text.substr(start));
}

void append_html_url(std::string& out, std::string_view url) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  for (char ch : url) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 128 && kUrlSafe[c]) {
      out.push_back(ch);
    } else if (c == '&') {
      out.append("&amp;");
    } else if (c == '\'') {
      out.append("&#x27;");
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0x0F]);
    }
  }
}

}  // namespace govtech
