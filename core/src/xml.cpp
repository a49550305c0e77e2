#include "govtech/xml.hpp"

#include "govtech/text.hpp"

#include <cctype>

namespace govtech {

void append_xml_escaped(std::string& out, std::string_view text, bool attribute) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    while (i < text.size() && !kMayNeedEscaping[static_cast<unsigned char>(text[i])]) ++i;
    if (i == text.size()) break;
    const char c = text[i];
    const char* replacement = nullptr;
    std::size_t skip = 0;
    switch (c) {
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
        if (attribute) replacement = "&quot;";
        break;
      case '\n':
        if (attribute) replacement = "&#10;";
        break;
      case '\t':
        if (attribute) replacement = "&#9;";
        break;
      default:
        skip = forbidden_character_length(text, i);
        if (skip) replacement = "";
    }
    if (replacement) {
      out.append(text.substr(start, i - start));
      out.append(replacement);
      if (skip > 1) i += skip - 1;
      start = i + 1;
    }
  }
  out.append(text.substr(start));
}

std::string xml_escaped(std::string_view text, bool attribute) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  append_xml_escaped(out, text, attribute);
  return out;
}

std::string xml_safe(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (std::size_t skip = forbidden_character_length(text, i)) {
      i += skip - 1;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

bool is_unsafe_url(std::string_view url) {
  // Browsers ignore leading spaces and controls, and tabs or newlines anywhere in a scheme.
  std::string scheme;
  for (char ch : url) {
    auto c = static_cast<unsigned char>(ch);
    if (c <= 0x20) continue;
    if (c == ':') break;
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return false;
    scheme.push_back(static_cast<char>(std::tolower(c)));
    if (scheme.size() > 16) return false;
  }
  if (scheme == "javascript" || scheme == "vbscript" || scheme == "file") return true;
  if (scheme == "data") {
    std::string rest;
    std::size_t colon = url.find(':');
    for (char ch : url.substr(colon + 1, 12)) {
      rest.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(ch))));
    }
    for (const char* ok : {"image/png", "image/gif", "image/jpeg", "image/webp"}) {
      if (rest.rfind(ok, 0) == 0) return false;
    }
    return true;
  }
  return false;
}

}  // namespace govtech
