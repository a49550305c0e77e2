// The pictures a document carries inside itself (a Word file's), which DocBook cannot refer to
// as files: each becomes a data: URI in <imagedata fileref>, as processors of DocBook (the
// XSL stylesheets, FOP) accept, so that the book stays one self-contained file. Images that
// name files keep their fileref as written.
#pragma once

#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "govtech/plugin.hpp"

namespace govtech::docbook {

class CarriedImages {
 public:
  // Every fileref holds the whole URI, so those of one output are bounded, as the HTML
  // writer bounds the pictures it inlines; past that, an image keeps its name as fileref.
  static constexpr std::size_t kMaxBytes = std::size_t{256} << 20;

  CarriedImages(WriteContext& ctx, const std::vector<const Document*>& documents);

  // The data: URI for `src` when it names a carried picture that can be embedded; nothing
  // otherwise (with a warning when it names one).
  std::optional<std::string> operator()(std::string_view src);

 private:
  WriteContext& ctx_;
  std::set<std::string, std::less<>> names_;
  std::map<std::string, std::optional<std::string>, std::less<>> encoded_;
  std::size_t bytes_ = 0;
  bool bound_reached_ = false;
};

}  // namespace govtech::docbook
