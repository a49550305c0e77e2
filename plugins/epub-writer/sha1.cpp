// OpenSSL 3 marks the SHA1_* functions deprecated in favour of EVP, whose set-up is what this
// file avoids; asking for the 1.1.1 API keeps them unmarked, here alone.
#define OPENSSL_API_COMPAT 10101

#include "sha1.hpp"

namespace govtech::epub {

Sha1::Sha1() {
  SHA1_Init(&context_);
}

void Sha1::update(std::string_view bytes) {
  SHA1_Update(&context_, bytes.data(), bytes.size());
}

std::array<std::uint8_t, 20> Sha1::finish() {
  std::array<std::uint8_t, 20> digest{};
  SHA1_Final(digest.data(), &context_);
  return digest;
}

}  // namespace govtech::epub
