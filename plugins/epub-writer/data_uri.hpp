// Images written into a document as data: URIs (RFC 2397), as editors that paste pictures
// make them: "data:image/png;base64,iVBOR...". A book cannot refer to them as they are, so
// the EPUB writer stores their bytes as image files.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace govtech::epub {

bool is_data_uri(std::string_view src);

// The bytes a data: URI holds, base64 (white space allowed, as in wrapped text) or
// percent-encoded; nothing when `src` is not a data: URI or its base64 cannot be decoded. The
// declared media type is not trusted: what the bytes are is decided by looking at them.
std::optional<std::string> data_uri_bytes(std::string_view src);

// How a warning names an image: its src, unless that is a data: URI, which could be
// megabytes long.
std::string image_name_for_messages(std::string_view src);

}  // namespace govtech::epub
