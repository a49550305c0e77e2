// Escaping of HTML text, attribute values and URLs, byte for byte as the CommonMark reference
// renderer does it, so that fragments compare equal to its output.
#include <array>
#include <string>
#include <string_view>

#include "govtech/html_render.hpp"

namespace govtech {

namespace {

// Length of the character at `i` if HTML or XML forbids it in a document, else 0: C0 controls
// other than tab, LF and CR; DEL and the C1 controls; the noncharacters U+FDD0..U+FDEF and
// U+xxFFFE / U+xxFFFF in every plane. The input is valid UTF-8 (the AST guarantees it).
std::size_t forbidden_at(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) {
    return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u;
  };
  const unsigned c = byte(i);
  if (c < 0x20) return (c == '\t' || c == '\n' || c == '\r') ? 0 : 1;
  if (c == 0x7F) return 1;
  if (c == 0xC2 && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9F) return 2;
  if (c == 0xEF) {
    const unsigned b1 = byte(i + 1), b2 = byte(i + 2);
    if (b1 == 0xB7 && b2 >= 0x90 && b2 <= 0xAF) return 3;  // U+FDD0..U+FDEF
    if (b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF)) return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    // Plane n's last two code points: F0+ (n-plane bits) .. BF BF BE/BF with the low bits of
    // the second byte all ones.
    const unsigned b1 = byte(i + 1), b2 = byte(i + 2), b3 = byte(i + 3);
    if ((b1 & 0x0F) == 0x0F && b2 == 0xBF && (b3 == 0xBE || b3 == 0xBF)) return 4;
  }
  return 0;
}

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
        length = forbidden_at(text, i);
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
