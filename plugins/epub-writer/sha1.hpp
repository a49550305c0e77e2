// SHA-1 (FIPS 180-4), used only to derive name-based UUIDs (RFC 9562, version 5). Not for
// anything that needs collision resistance against an attacker. libcrypto's would first set
// up OpenSSL's providers: 6 million instructions, ten times what a small book's hash costs.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace govtech::epub {

class Sha1 {
 public:
  Sha1();
  void update(std::string_view bytes);
  std::array<std::uint8_t, 20> finish();  // the object may not be updated afterwards

 private:
  void process_block(const std::uint8_t* block);

  std::array<std::uint32_t, 5> state_;
  std::array<std::uint8_t, 64> buffer_{};
  std::size_t buffered_ = 0;
  std::uint64_t total_bytes_ = 0;
};

}  // namespace govtech::epub
