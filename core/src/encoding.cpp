// ASCII case folding and base64, one home for every plugin.
#include <openssl/evp.h>

#include <limits>
#include <memory>
#include <string>

#include "govtech/text.hpp"

namespace govtech {

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string base64_encode(std::string_view bytes) {
  std::string out;
  // EVP_EncodeBlock takes an int length: encode in slices a multiple of 3 bytes long.
  constexpr std::size_t kSlice = 3 << 20;
  out.reserve((bytes.size() + 2) / 3 * 4 + 1);
  for (std::size_t at = 0; at < bytes.size(); at += kSlice) {
    const std::string_view slice = bytes.substr(at, kSlice);
    const std::size_t start = out.size();
    out.resize(start + (slice.size() + 2) / 3 * 4 + 1);
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data() + start),
                                  reinterpret_cast<const unsigned char*>(slice.data()),
                                  static_cast<int>(slice.size()));
    out.resize(start + static_cast<std::size_t>(n));
  }
  return out;
}

std::optional<std::string> base64_decode(std::string_view text) {
  if (text.size() > static_cast<std::size_t>(std::numeric_limits<int>::max())) return std::nullopt;
  std::unique_ptr<EVP_ENCODE_CTX, decltype(&EVP_ENCODE_CTX_free)> ctx(EVP_ENCODE_CTX_new(),
                                                                      EVP_ENCODE_CTX_free);
  if (!ctx) return std::nullopt;
  EVP_DecodeInit(ctx.get());
  std::string out(text.size() / 4 * 3 + 3, '\0');
  auto* to = reinterpret_cast<unsigned char*>(out.data());
  int written = 0, tail = 0;
  if (EVP_DecodeUpdate(ctx.get(), to, &written, reinterpret_cast<const unsigned char*>(text.data()),
                       static_cast<int>(text.size())) < 0 ||
      EVP_DecodeFinal(ctx.get(), to + written, &tail) < 0) {
    return std::nullopt;
  }
  out.resize(static_cast<std::size_t>(written + tail));
  return out;
}

}  // namespace govtech
