#include "embedded_images.hpp"

#include <cctype>

namespace html_writer {

namespace {

// The image types every browser shows, recognised by their first bytes rather than by the
// file name, which may lie.
std::string sniff_image_type(std::string_view bytes) {
  if (bytes.starts_with("\x89PNG\r\n\x1a\n")) return "image/png";
  if (bytes.starts_with("\xFF\xD8\xFF")) return "image/jpeg";
  if (bytes.starts_with("GIF87a") || bytes.starts_with("GIF89a")) return "image/gif";
  if (bytes.size() >= 12 && bytes.starts_with("RIFF") && bytes.substr(8, 4) == "WEBP") {
    return "image/webp";
  }
  const std::string_view head = bytes.substr(0, 1024);
  if (head.find("<svg") != std::string_view::npos) return "image/svg+xml";
  return {};
}

std::string base64(std::string_view bytes) {
  static constexpr char kDigits[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned n = static_cast<unsigned char>(bytes[i]) << 16 |
                       static_cast<unsigned char>(bytes[i + 1]) << 8 |
                       static_cast<unsigned char>(bytes[i + 2]);
    out.push_back(kDigits[n >> 18 & 63]);
    out.push_back(kDigits[n >> 12 & 63]);
    out.push_back(kDigits[n >> 6 & 63]);
    out.push_back(kDigits[n & 63]);
  }
  if (i + 1 == bytes.size()) {
    const unsigned n = static_cast<unsigned char>(bytes[i]) << 16;
    out.push_back(kDigits[n >> 18 & 63]);
    out.push_back(kDigits[n >> 12 & 63]);
    out.append("==");
  } else if (i + 2 == bytes.size()) {
    const unsigned n =
        static_cast<unsigned char>(bytes[i]) << 16 | static_cast<unsigned char>(bytes[i + 1]) << 8;
    out.push_back(kDigits[n >> 18 & 63]);
    out.push_back(kDigits[n >> 12 & 63]);
    out.push_back(kDigits[n >> 6 & 63]);
    out.push_back('=');
  }
  return out;
}

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

std::optional<std::string> ImageInliner::operator()(std::string_view src) {
  if (src.empty() || has_scheme(src) || src.starts_with("//") || !ctx_.document_resource) {
    return std::nullopt;
  }
  std::optional<govtech::Resource> resource = ctx_.document_resource(src);
  if (!resource) return std::nullopt;  // the core has said why
  auto known = by_file_.find(resource->path);
  if (known == by_file_.end()) {
    std::optional<std::string> data;
    const std::string type = sniff_image_type(resource->bytes);
    if (type.empty()) {
      ctx_.diagnostics.warn("'" + resource->path +
                            "' is not a PNG, JPEG, GIF, WebP or SVG image; linking it instead of "
                            "embedding it");
    } else {
      data = "data:" + type + ";base64," + base64(resource->bytes);
    }
    known = by_file_.emplace(resource->path, std::move(data)).first;
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
