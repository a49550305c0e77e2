#include "cover.hpp"

#include "data_uri.hpp"
#include "media_type.hpp"

namespace govtech::epub {

namespace {

const std::string* metadata_cover(const Metadata& meta) {
  for (const auto& [key, value] : meta.extra) {
    if (key == kCoverImageKey && !value.empty()) return &value;
  }
  return nullptr;
}

// Checks that `bytes` are an image a reading system shows, and makes the cover's file of them.
PublicationFile cover_file(std::string bytes, const std::string& name, ErrorKind kind) {
  std::optional<ImageType> type = sniff_image_type(bytes);
  if (!type || !type->core_in_epub32) {
    throw Error(kind, "the cover image " + name + " is not a PNG, JPEG, GIF or SVG image");
  }
  if (type->extension == "svg") {
    if (std::string problem = svg_problem(bytes); !problem.empty()) {
      throw Error(kind, "the cover image " + name + " is an SVG image that could run code (" +
                            problem + ")");
    }
  }
  return PublicationFile{.id = "cover-image",
                         .href = "images/cover." + type->extension,
                         .media_type = type->media_type,
                         .properties = "cover-image",
                         .bytes = std::move(bytes)};
}

}  // namespace

std::optional<PublicationFile> load_cover_image(WriteContext& ctx, const Metadata& meta) {
  if (ctx.options.has("cover-image")) {
    const std::string path = ctx.options.get("cover-image");
    std::optional<Resource> resource = ctx.user_file ? ctx.user_file(path) : std::nullopt;
    if (!resource) throw Error(ErrorKind::usage, "cannot read the cover image '" + path + "'");
    return cover_file(std::move(resource->bytes), "'" + path + "'", ErrorKind::usage);
  }
  const std::string* src = metadata_cover(meta);
  if (!src) return std::nullopt;
  // Named by the input (or -M, which stands in for it): an input error, like a bad value of
  // any other key.
  if (is_data_uri(*src)) {
    const std::string name = image_name_for_messages(*src) + " (cover-image in the metadata)";
    std::optional<std::string> bytes = data_uri_bytes(*src);
    if (!bytes) throw Error(ErrorKind::input, "the cover image " + name + " cannot be decoded");
    return cover_file(std::move(*bytes), name, ErrorKind::input);
  }
  std::optional<Resource> resource =
      ctx.document_resource ? ctx.document_resource(*src) : std::nullopt;
  if (!resource) {
    throw Error(ErrorKind::input,
                "cannot read the cover image '" + *src +
                    "' (cover-image in the metadata): it is looked for beside the input and in "
                    "each --resource-path, as the document's images are; --cover-image FILE "
                    "takes a file from anywhere");
  }
  return cover_file(std::move(resource->bytes), "'" + *src + "' (cover-image in the metadata)",
                    ErrorKind::input);
}

}  // namespace govtech::epub
