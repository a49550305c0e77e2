#include "docbook_images.hpp"

#include "govtech/image_type.hpp"
#include "govtech/text.hpp"

namespace govtech::docbook {

CarriedImages::CarriedImages(WriteContext& ctx, const std::vector<const Document*>& documents)
    : ctx_(ctx) {
  for (const Document* doc : documents) {
    for (const DocumentResource& resource : doc->resources) names_.insert(resource.name);
  }
}

std::optional<std::string> CarriedImages::operator()(std::string_view src) {
  if (!names_.count(src)) return std::nullopt;
  auto known = encoded_.find(src);
  if (known == encoded_.end()) {
    std::optional<std::string> data;
    if (auto resource = ctx_.document_resource ? ctx_.document_resource(src) : std::nullopt) {
      const std::optional<ImageType> type = sniff_image_type(resource->bytes);
      if (!type || (type->extension == "svg" && !svg_problem(resource->bytes).empty())) {
        ctx_.diagnostics.warn("the picture '" + resource->path +
                              "' is not an image that can be embedded safely; its imagedata "
                              "names it, with no file to find");
      } else {
        data = "data:" + type->media_type + ";base64," + base64_encode(resource->bytes);
      }
    }
    known = encoded_.emplace(std::string(src), std::move(data)).first;
  }
  if (!known->second) return std::nullopt;
  if (bytes_ + known->second->size() > kMaxBytes) {
    if (!bound_reached_) {
      ctx_.diagnostics.warn("the pictures the document carries reached 256 MiB in the output; '" +
                            std::string(src) +
                            "' and the ones after it are named, not embedded, in imagedata");
      bound_reached_ = true;
    }
    return std::nullopt;
  }
  bytes_ += known->second->size();
  return known->second;
}

}  // namespace govtech::docbook
