// Images inlined as data: URLs, for --embed-resources.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "govtech/plugin.hpp"

namespace html_writer {

// Inlines the images of one page as data: URLs. Each resolved file is read and encoded once,
// however many references lead to it; since every reference still carries the whole URL, the
// page's inlined images are bounded (kMaxInlinedBytes), and images past that are linked.
class ImageInliner {
 public:
  static constexpr std::size_t kMaxInlinedBytes = std::size_t{64} << 20;

  explicit ImageInliner(govtech::WriteContext& ctx) : ctx_(ctx) {}

  // A data: URL holding the image `src` refers to, or nothing (with a warning) when it cannot
  // be read, is not an image browsers show, or the page's bound is reached. Remote and data:
  // sources are left alone (nothing).
  std::optional<std::string> operator()(std::string_view src);

 private:
  govtech::WriteContext& ctx_;
  std::map<std::string, std::optional<std::string>> by_file_;  // resolved path -> data: URL
  std::size_t inlined_ = 0;
  bool bound_reached_ = false;
};

}  // namespace html_writer
