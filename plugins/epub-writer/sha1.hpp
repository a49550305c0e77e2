// SHA-1 (FIPS 180-4), used only to derive name-based UUIDs (RFC 9562, version 5). Not for
// anything that needs collision resistance against an attacker. libcrypto's SHA1_* functions
// hash directly, with the processor's SHA extensions where it has them; its EVP digests would
// first set up OpenSSL's providers, 6 million instructions, far more than a small book's hash.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include <openssl/sha.h>

namespace govtech::epub {

class Sha1 {
 public:
  Sha1();
  void update(std::string_view bytes);
  std::array<std::uint8_t, 20> finish();  // the object may not be updated afterwards

 private:
  SHA_CTX context_{};
};

}  // namespace govtech::epub
