// Images inlined as data: URLs: the files an image names, for --embed-resources, and always
// the pictures the document carries inside itself (a Word file's), which have no file to link.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "govtech/plugin.hpp"

namespace html_writer {

// Inlines the images of one page as data: URLs. Each resolved file or carried resource is
// encoded once, however many references lead to it; since every reference still carries the
// whole URL, the page's inlined files are bounded (kMaxInlinedBytes), and images past that are
// linked. Carried resources, which cannot be linked, have a bound of their own, the most image
// data a reader keeps (kMaxCarriedBytes); past it their description stands in.
class ImageInliner {
 public:
  static constexpr std::size_t kMaxInlinedBytes = std::size_t{64} << 20;
  static constexpr std::size_t kMaxCarriedBytes = std::size_t{256} << 20;

  // `documents`: those the page shows, whose resources are always inlined.
  ImageInliner(govtech::WriteContext& ctx, const std::vector<const govtech::Document*>& documents);

  // Whether `src` names a resource one of the documents carries.
  bool carries(std::string_view src) const { return carried_.count(src) > 0; }

  // A data: URL holding the image `src` refers to, or nothing (with a warning) when it cannot
  // be read, is not an image browsers show, or the page's bound is reached. Remote and data:
  // sources are left alone (nothing).
  std::optional<std::string> operator()(std::string_view src);

 private:
  // The data: URL of `resource`, or nothing after a warning that ends with `otherwise`.
  std::optional<std::string> encoded(const govtech::Resource& resource, std::string_view otherwise);

  govtech::WriteContext& ctx_;
  std::set<std::string, std::less<>> carried_;
  std::map<std::string, std::optional<std::string>, std::less<>> by_file_;  // path -> data: URL
  std::size_t inlined_ = 0;
  std::size_t inlined_carried_ = 0;
  bool bound_reached_ = false;
  bool carried_bound_reached_ = false;
};

}  // namespace html_writer
