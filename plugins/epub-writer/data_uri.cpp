#include "data_uri.hpp"

#include <cctype>
#include <limits>
#include <memory>

#include "govtech/text.hpp"

namespace govtech::epub {

namespace {}  // namespace

bool is_data_uri(std::string_view src) {
  return src.size() >= 5 && ascii_lower(src.substr(0, 5)) == "data:";
}

std::optional<std::string> data_uri_bytes(std::string_view src) {
  if (!is_data_uri(src)) return std::nullopt;
  const std::size_t comma = src.find(',');
  if (comma == std::string_view::npos) return std::nullopt;
  const std::string header = ascii_lower(src.substr(5, comma - 5));
  const std::string_view data = src.substr(comma + 1);
  if (header.size() >= 7 && header.ends_with(";base64")) {
    return base64_decode(percent_decoded(data));  // base64 may be percent-encoded in a URI
  }
  return percent_decoded(data);
}

std::string image_name_for_messages(std::string_view src) {
  if (!is_data_uri(src)) return std::string(src);
  const std::size_t end = src.find_first_of(";,");
  return "data:" + std::string(src.substr(5, end == std::string_view::npos ? 0 : end - 5)) +
         " image written into the document";
}

}  // namespace govtech::epub
