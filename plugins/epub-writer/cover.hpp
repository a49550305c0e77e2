// The cover image: named with --cover-image FILE, or by the cover-image key of the metadata
// (Markdown front matter, -M cover-image=...), and packaged as images/cover.EXT with the
// manifest property cover-image.
#pragma once

#include <optional>

#include "book.hpp"
#include "govtech/plugin.hpp"

namespace govtech::epub {

// The metadata key that names a cover image.
inline constexpr const char* kCoverImageKey = "cover-image";

// The cover, if one is asked for: --cover-image FILE as the user named it (it wins), else the
// metadata's cover-image, resolved like the document's images (beside the input and in each
// --resource-path, never outside them) or a data: URI. Throws Error naming the file when it
// cannot be read or is not a PNG, JPEG, GIF or (safe) SVG image: a book without the cover
// asked for is not the book asked for.
std::optional<PublicationFile> load_cover_image(WriteContext& ctx, const Metadata& meta);

}  // namespace govtech::epub
