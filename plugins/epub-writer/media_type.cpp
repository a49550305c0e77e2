#include "media_type.hpp"

namespace govtech::epub {

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

}  // namespace govtech::epub
