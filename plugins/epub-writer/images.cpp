#include "images.hpp"

#include <cstdio>

#include "data_uri.hpp"
#include "govtech/text.hpp"
#include "media_type.hpp"

namespace govtech::epub {

namespace {

std::string numbered(const char* stem, std::size_t n) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%s-%03zu", stem, n);
  return buffer;
}

}  // namespace

ImageEmbedder::ImageEmbedder(WriteContext& ctx, AccessibilityFacts& facts, std::string href_prefix)
    : ctx_(ctx), facts_(facts), href_prefix_(std::move(href_prefix)) {}

std::optional<std::string> ImageEmbedder::operator()(const Image& image) {
  auto cached = by_src_.find(image.src);
  std::optional<std::string> href =
      cached != by_src_.end() ? cached->second : (by_src_[image.src] = embed(image.src));
  if (!href) return std::nullopt;
  ++facts_.images;
  if (plain_text(image.alt).find_first_not_of(" \t\n") == std::string::npos) {
    ++facts_.images_without_alt;
  }
  return href_prefix_ + *href;
}

std::optional<std::string> ImageEmbedder::embed(const std::string& src) {
  if (is_data_uri(src)) {
    std::optional<std::string> bytes = data_uri_bytes(src);
    if (!bytes) {
      ctx_.diagnostics.warn("a " + image_name_for_messages(src) +
                            " cannot be decoded; its alt text is shown instead");
      return std::nullopt;
    }
    return add_image(std::move(*bytes), image_name_for_messages(src));
  }
  if (has_url_scheme(src)) {
    // EPUB requires images inside the container; fetching them is not a converter's business.
    ctx_.diagnostics.warn("image '" + src +
                          "' is not a local file and cannot be embedded; its alt text is shown "
                          "instead");
    return std::nullopt;
  }
  std::optional<Resource> resource =
      ctx_.document_resource ? ctx_.document_resource(src) : std::nullopt;
  if (!resource) {
    // The core has already said why (missing, or outside the allowed folders).
    ctx_.diagnostics.warn("image '" + src + "' is not embedded; its alt text is shown instead");
    return std::nullopt;
  }
  if (auto known = by_file_.find(resource->path); known != by_file_.end()) return known->second;
  std::optional<std::string> href =
      add_image(std::move(resource->bytes), "'" + resource->path + "'");
  if (href) by_file_.emplace(resource->path, *href);
  return href;
}

std::optional<std::string> ImageEmbedder::add_image(std::string bytes,
                                                    const std::string& name_for_messages) {
  std::optional<ImageType> type = sniff_image_type(bytes);
  if (!type) {
    ctx_.diagnostics.warn(name_for_messages +
                          " is not a PNG, JPEG, GIF or SVG image; its alt text is shown instead");
    return std::nullopt;
  }
  if (type->extension == "svg") {
    if (std::string problem = svg_problem(bytes); !problem.empty()) {
      ctx_.diagnostics.warn(name_for_messages + " is an SVG image that could run code (" + problem +
                            "); it is not embedded, its alt text is shown instead");
      return std::nullopt;
    }
  }
  if (!type->core_in_epub32) {
    ctx_.diagnostics.warn(name_for_messages +
                          " is a WebP image, which many reading systems cannot show; convert "
                          "it to PNG or JPEG. Its alt text is shown instead");
    return std::nullopt;
  }
  std::string name = numbered("img", files_.size() + 1);
  PublicationFile file{.id = name,
                       .href = "images/" + name + "." + type->extension,
                       .media_type = type->media_type,
                       .bytes = std::move(bytes)};
  files_.push_back(std::move(file));
  return files_.back().href;
}

}  // namespace govtech::epub
