// What kind of image some bytes are, judged from the bytes (never from a file name, which may
// lie), and whether an SVG image is safe to embed. One sniffer for every writer that embeds
// images, so that they agree on what an image is.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "govtech/export.hpp"

namespace govtech {

struct ImageType {
  std::string media_type;  // e.g. "image/png"
  std::string extension;   // without dot, e.g. "png"
  // A core media type of EPUB 3.2 (png, jpeg, gif, svg): every reading system shows it.
  // WebP became one only in EPUB 3.3, so older reading systems and validators reject it.
  bool core_in_epub32 = true;
};

// PNG, JPEG, GIF or WebP from the magic bytes, or SVG: XML whose root element is <svg> (after
// a byte order mark, white space, the XML declaration, comments and a doctype). Nothing for
// anything else, e.g. an HTML or text file that mentions "<svg".
GOVTECH_API std::optional<ImageType> sniff_image_type(std::string_view bytes);

// Why an SVG image must not be embedded, or an empty string. Embedded in a page or a book, an
// SVG document can run scripts, so anything that could be active is refused rather than
// cleaned: a script, foreignObject, iframe, embed, object or handler element, an attribute
// named on..., a link (href) to anything but a fragment of the image itself, an animation
// that sets a link, a url() outside the image, an entity declaration, and "javascript:".
GOVTECH_API std::string svg_problem(std::string_view svg);

}  // namespace govtech
