#include "data_uri.hpp"

#include <openssl/evp.h>

#include <cctype>
#include <limits>
#include <memory>

#include "govtech/text.hpp"

namespace govtech::epub {

namespace {

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// OpenSSL's streaming decoder, which skips the white space and line breaks of wrapped base64.
std::optional<std::string> base64_decoded(std::string_view data) {
  if (data.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) return std::nullopt;
  std::unique_ptr<EVP_ENCODE_CTX, decltype(&EVP_ENCODE_CTX_free)> ctx(EVP_ENCODE_CTX_new(),
                                                                      EVP_ENCODE_CTX_free);
  if (!ctx) return std::nullopt;
  EVP_DecodeInit(ctx.get());
  std::string out(data.size() / 4 * 3 + 3, '\0');
  auto* to = reinterpret_cast<unsigned char*>(out.data());
  int written = 0, tail = 0;
  if (EVP_DecodeUpdate(ctx.get(), to, &written, reinterpret_cast<const unsigned char*>(data.data()),
                       static_cast<int>(data.size())) < 0 ||
      EVP_DecodeFinal(ctx.get(), to + written, &tail) < 0) {
    return std::nullopt;
  }
  out.resize(static_cast<std::size_t>(written + tail));
  return out;
}

}  // namespace

bool is_data_uri(std::string_view src) {
  return src.size() >= 5 && lower(src.substr(0, 5)) == "data:";
}

std::optional<std::string> data_uri_bytes(std::string_view src) {
  if (!is_data_uri(src)) return std::nullopt;
  const std::size_t comma = src.find(',');
  if (comma == std::string_view::npos) return std::nullopt;
  const std::string header = lower(src.substr(5, comma - 5));
  const std::string_view data = src.substr(comma + 1);
  if (header.size() >= 7 && header.ends_with(";base64")) {
    return base64_decoded(percent_decoded(data));  // base64 may be percent-encoded in a URI
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
