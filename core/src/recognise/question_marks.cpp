// Question marks of every script.
#include "govtech/recognise.hpp"
#include "govtech/text.hpp"

namespace govtech {

namespace {

bool is_greek_letter(char32_t c) {
  return (c >= 0x370 && c <= 0x3FF) || (c >= 0x1F00 && c <= 0x1FFF);
}

// Closing quotes, brackets and emphasis marks that may follow the question mark.
bool is_closer(char32_t c) {
  switch (c) {
    case '"':
    case '\'':
    case ')':
    case ']':
    case '*':
    case '_':
    case 0x201D:
    case 0x2019:
    case 0x00BB:
    case 0x300D:
    case 0x300F:
    case 0xFF09:
    case 0x203A:
      return true;
    default:
      return false;
  }
}

}  // namespace

bool asks_question(std::string_view text) {
  text = trim(text);
  // Decode backwards: the last code points, skipping closers.
  std::size_t end = text.size();
  char32_t before = 0;
  char32_t last = 0;
  while (end > 0) {
    std::size_t start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    std::size_t pos = start;
    char32_t c = next_code_point(text.substr(0, end), pos);
    if (is_closer(c) || is_unicode_space(c)) {
      end = start;
      continue;
    }
    last = c;
    if (start > 0) {
      std::size_t p = start - 1;
      while (p > 0 && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
      std::size_t q = p;
      before = next_code_point(text.substr(0, start), q);
    }
    break;
  }
  switch (last) {
    case '?':     // also after a French no-break space, skipped as white space above
    case 0xFF1F:  // ？ full width
    case 0x061F:  // ؟ Arabic
    case 0x037E:  // ; Greek question mark
    case 0x1367:  // ፧ Ethiopic
    case 0x2E2E:  // ⸮ reversed
    case 0xFE56:  // ﹖ small
    case 0x2049:  // ⁉
    case 0x2048:  // ⁈
      return true;
    case ';':  // the Greek question mark is usually typed as a semicolon
      return is_greek_letter(before);
    default:
      break;
  }
  // Armenian marks the question over the stressed vowel of the last word: ՞ inside it.
  std::size_t word = text.substr(0, end).rfind(' ');
  std::string_view tail = text.substr(word == std::string_view::npos ? 0 : word, end);
  return tail.find("\xD5\x9E") != std::string_view::npos;
}

}  // namespace govtech
