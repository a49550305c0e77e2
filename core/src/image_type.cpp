#include "govtech/image_type.hpp"
#include "govtech/text.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace govtech {

namespace {

bool starts_with(std::string_view bytes, std::string_view prefix) {
  return bytes.substr(0, prefix.size()) == prefix;
}

// An SVG file is XML whose root element is <svg>: skip a byte order mark, white space, the
// XML declaration, comments, processing instructions and a doctype before looking.
bool looks_like_svg(std::string_view bytes) {
  if (starts_with(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  for (int guard = 0; guard < 64; ++guard) {
    std::size_t start = bytes.find_first_not_of(" \t\r\n");
    if (start == std::string_view::npos) return false;
    bytes.remove_prefix(start);
    std::string_view end_marker;
    if (starts_with(bytes, "<?")) {
      end_marker = "?>";
    } else if (starts_with(bytes, "<!--")) {
      end_marker = "-->";
    } else if (starts_with(bytes, "<!")) {
      end_marker = ">";
    } else {
      if (!starts_with(bytes, "<svg") && !starts_with(bytes, "<svg:svg")) return false;
      std::size_t after = bytes.find_first_of(" \t\r\n/>:", 1);
      if (after == std::string_view::npos) return false;
      // "<svg:svg" keeps its prefix; "<svgfoo" is not an svg element.
      return bytes.substr(1, after - 1) == "svg" || starts_with(bytes, "<svg:svg");
    }
    std::size_t end = bytes.find(end_marker);
    if (end == std::string_view::npos) return false;
    bytes.remove_prefix(end + end_marker.size());
  }
  return false;
}

// The name without a namespace prefix ("svg:script" -> "script").
std::string_view local_name(std::string_view name) {
  std::size_t colon = name.rfind(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

}  // namespace

std::optional<ImageType> sniff_image_type(std::string_view bytes) {
  if (starts_with(bytes, "\x89PNG\r\n\x1A\n")) return ImageType{"image/png", "png"};
  if (starts_with(bytes, "\xFF\xD8\xFF")) return ImageType{"image/jpeg", "jpg"};
  if (starts_with(bytes, "GIF87a") || starts_with(bytes, "GIF89a")) {
    return ImageType{"image/gif", "gif"};
  }
  if (bytes.size() >= 12 && starts_with(bytes, "RIFF") && bytes.substr(8, 4) == "WEBP") {
    return ImageType{"image/webp", "webp", false};
  }
  if (looks_like_svg(bytes.substr(0, 4096))) return ImageType{"image/svg+xml", "svg"};
  return std::nullopt;
}

std::string svg_problem(std::string_view svg) {
  const std::string text = ascii_lower(svg);
  if (text.find("<!entity") != std::string::npos) return "it declares entities";
  if (text.find("javascript:") != std::string::npos) return "it holds a javascript: URL";
  for (std::size_t at = text.find("url("); at != std::string::npos;
       at = text.find("url(", at + 1)) {
    std::size_t value = text.find_first_not_of(" \t\r\n'\"", at + 4);
    if (value == std::string::npos || text[value] != '#')
      return "it refers to a url() outside itself";
  }
  static constexpr std::array<std::string_view, 6> kActiveElements{
      "script", "foreignobject", "iframe", "embed", "object", "handler"};
  // Each tag: its name, then its attributes (name, optional = and a value).
  // A tag's quoted values may hold '<': the next tag is looked for after the tag read, so that
  // each byte is read once.
  std::size_t resume = 0;
  for (std::size_t lt = text.find('<'); lt != std::string::npos;
       lt = text.find('<', std::max(lt + 1, resume))) {
    std::size_t i = lt + 1;
    if (i < text.size() && text[i] == '/') ++i;
    if (i >= text.size() || text[i] == '!' || text[i] == '?') continue;
    std::size_t name_end = i;
    while (name_end < text.size() && !is_space(text[name_end]) && text[name_end] != '>' &&
           text[name_end] != '/') {
      ++name_end;
    }
    const std::string_view element = local_name(std::string_view(text).substr(i, name_end - i));
    if (std::find(kActiveElements.begin(), kActiveElements.end(), element) !=
        kActiveElements.end()) {
      return "it holds a " + std::string(element) + " element";
    }
    const bool animation = element == "set" || element == "animate";
    i = name_end;
    while (i < text.size() && text[i] != '>' && text[i] != '<') {
      while (i < text.size() && (is_space(text[i]) || text[i] == '/')) ++i;
      std::size_t attr_begin = i;
      while (i < text.size() && !is_space(text[i]) && text[i] != '=' && text[i] != '>' &&
             text[i] != '/' && text[i] != '<') {
        ++i;
      }
      const std::string_view attribute =
          local_name(std::string_view(text).substr(attr_begin, i - attr_begin));
      std::string_view value;
      while (i < text.size() && is_space(text[i])) ++i;
      if (i < text.size() && text[i] == '=') {
        ++i;
        while (i < text.size() && is_space(text[i])) ++i;
        if (i < text.size() && (text[i] == '"' || text[i] == '\'')) {
          const char quote = text[i];
          std::size_t close = text.find(quote, i + 1);
          if (close == std::string::npos) return "a tag is not closed";
          value = std::string_view(text).substr(i + 1, close - i - 1);
          i = close + 1;
        } else {
          std::size_t begin = i;
          while (i < text.size() && !is_space(text[i]) && text[i] != '>') ++i;
          value = std::string_view(text).substr(begin, i - begin);
        }
      }
      if (attribute.size() > 2 && attribute.substr(0, 2) == "on") {
        return "it has an event handler attribute (" + std::string(attribute) + ")";
      }
      if (attribute == "href" && !value.empty() && value.front() != '#') {
        return "it links to something outside itself";
      }
      if (animation && attribute == "attributename" && value.find("href") != std::string::npos) {
        return "an animation in it sets a link";
      }
      if (attribute.empty() && i < text.size() && text[i] != '>') ++i;  // a stray character
    }
    resume = i;
  }
  return {};
}

}  // namespace govtech
