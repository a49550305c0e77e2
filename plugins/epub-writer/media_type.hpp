// What kind of image a resource is, judged from its first bytes (never from its name, which
// may lie), and the name it gets inside the book.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace govtech::epub {

struct ImageType {
  std::string media_type;  // e.g. "image/png"
  std::string extension;   // without dot, e.g. "png"
  // A core media type of EPUB 3.2 (png, jpeg, gif, svg): every reading system shows it.
  // WebP became one only in EPUB 3.3, so older reading systems and validators reject it.
  bool core_in_epub32 = true;
};

// PNG, JPEG, GIF, WebP or SVG from the magic bytes; nothing for anything else.
std::optional<ImageType> sniff_image_type(std::string_view bytes);

}  // namespace govtech::epub
