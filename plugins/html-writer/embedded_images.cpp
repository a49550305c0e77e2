#include "embedded_images.hpp"

#include <cctype>

#include "govtech/image_type.hpp"
#include "govtech/text.hpp"

namespace html_writer {

namespace {

// True for "https://...", "data:..." and other URLs with a scheme: they are not local files.
bool has_scheme(std::string_view src) {
  for (std::size_t i = 0; i < src.size(); ++i) {
    const auto c = static_cast<unsigned char>(src[i]);
    if (c == ':') return i > 1;  // "C:" is a drive letter, not a scheme
    if (!std::isalnum(c) && c != '+' && c != '-' && c != '.') return false;
  }
  return false;
}

}  // namespace

ImageInliner::ImageInliner(govtech::WriteContext& ctx,
                           const std::vector<const govtech::Document*>& documents)
    : ctx_(ctx) {
  for (const govtech::Document* doc : documents) {
    for (const govtech::DocumentResource& resource : doc->resources) carried_.insert(resource.name);
  }
}

std::optional<std::string> ImageInliner::encoded(const govtech::Resource& resource,
                                                 std::string_view otherwise) {
  const std::optional<govtech::ImageType> type = govtech::sniff_image_type(resource.bytes);
  std::string problem;
  if (type && type->extension == "svg") problem = govtech::svg_problem(resource.bytes);
  if (!type) {
    ctx_.diagnostics.warn("'" + resource.path + "' is not a PNG, JPEG, GIF, WebP or SVG image; " +
                          std::string(otherwise));
  } else if (!problem.empty()) {
    // Linked, an SVG is shown as an image, which runs nothing; inlined it could.
    ctx_.diagnostics.warn("'" + resource.path + "' is an SVG image that could run code (" +
                          problem + "); " + std::string(otherwise));
  } else {
    return "data:" + type->media_type + ";base64," + govtech::base64_encode(resource.bytes);
  }
  return std::nullopt;
}

std::optional<std::string> ImageInliner::operator()(std::string_view src) {
  if (carries(src)) {
    // Named by the resource's name, which is what the core's answer calls it.
    auto known = by_file_.find(src);
    if (known == by_file_.end()) {
      std::optional<govtech::Resource> resource =
          ctx_.document_resource ? ctx_.document_resource(src) : std::nullopt;
      std::optional<std::string> data;
      if (resource) data = encoded(*resource, "its description is shown instead");
      known = by_file_.emplace(std::string(src), std::move(data)).first;
    }
    if (!known->second) return std::nullopt;
    if (inlined_carried_ + known->second->size() > kMaxCarriedBytes) {
      if (!carried_bound_reached_) {
        ctx_.diagnostics.warn(
            "the pictures the document carries, inlined in the page, reached 256 MiB; '" +
            std::string(src) + "' and the ones after it are shown as their descriptions");
        carried_bound_reached_ = true;
      }
      return std::nullopt;
    }
    inlined_carried_ += known->second->size();
    return known->second;
  }
  if (src.empty() || has_scheme(src) || src.starts_with("//") || !ctx_.document_resource) {
    return std::nullopt;
  }
  std::optional<govtech::Resource> resource = ctx_.document_resource(src);
  if (!resource) return std::nullopt;  // the core has said why
  auto known = by_file_.find(resource->path);
  if (known == by_file_.end()) {
    known =
        by_file_.emplace(resource->path, encoded(*resource, "linking it instead of embedding it"))
            .first;
  }
  if (!known->second) return std::nullopt;
  if (inlined_ + known->second->size() > kMaxInlinedBytes) {
    if (!bound_reached_) {
      ctx_.diagnostics.warn("the images inlined in the page reached 64 MiB; '" + std::string(src) +
                            "' and the images after it are linked instead of embedded");
      bound_reached_ = true;
    }
    return std::nullopt;
  }
  inlined_ += known->second->size();
  return known->second;
}

}  // namespace html_writer
