#include "printable.hpp"

#include <cstdio>

#include "govtech/text.hpp"

namespace govtech::cli {

namespace {

void append_hex(std::string& out, unsigned char byte) {
  char buffer[5];
  std::snprintf(buffer, sizeof buffer, "\\x%02X", byte);
  out += buffer;
}

// The length of the valid UTF-8 character at the start of `text`, or 0.
std::size_t utf8_length(std::string_view text) {
  const auto lead = static_cast<unsigned char>(text[0]);
  std::size_t length = lead < 0x80                   ? 1
                       : lead >= 0xC2 && lead < 0xE0 ? 2
                       : lead >= 0xE0 && lead < 0xF0 ? 3
                       : lead >= 0xF0 && lead < 0xF5 ? 4
                                                     : 0;
  if (length == 0 || length > text.size()) return 0;
  return find_invalid_utf8(text.substr(0, length)) ? 0 : length;
}

}  // namespace

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const auto byte = static_cast<unsigned char>(text[i]);
    const std::size_t length = utf8_length(text.substr(i));
    if (length == 0 || byte < 0x20 || byte == 0x7F) {
      append_hex(out, byte);
      ++i;
    } else if (length == 2 && byte == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
      append_hex(out, byte);  // a C1 control, U+0080 to U+009F
      append_hex(out, static_cast<unsigned char>(text[i + 1]));
      i += 2;
    } else {
      out.append(text.substr(i, length));
      i += length;
    }
  }
  return out;
}

std::optional<std::string> utf8_problem(std::string_view text, const std::string& what) {
  auto problem = find_invalid_utf8(text);
  if (!problem) return std::nullopt;
  char byte[8];
  std::snprintf(byte, sizeof byte, "0x%02X", problem->byte);
  return what + " is not valid UTF-8: byte " + byte + " at byte offset " +
         std::to_string(problem->offset) + " of '" + printable(text) + "'";
}

}  // namespace govtech::cli
