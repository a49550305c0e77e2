#include "entry_compression.hpp"

#include <zlib.h>

#include <algorithm>

#include "govtech/diagnostics.hpp"

namespace govtech::epub {

namespace {

// zlib works in chunks whose length is a uInt; entries can be longer.
constexpr std::size_t kChunk = std::size_t{1} << 30;

std::uint32_t crc_of(std::string_view bytes) {
  uLong crc = crc32(0, nullptr, 0);
  for (std::size_t at = 0; at < bytes.size(); at += kChunk) {
    const std::size_t n = std::min(kChunk, bytes.size() - at);
    crc = crc32(crc, reinterpret_cast<const Bytef*>(bytes.data() + at), static_cast<uInt>(n));
  }
  return static_cast<std::uint32_t>(crc);
}

// The smallest window that reaches back over (nearly) the whole entry; zlib's raw deflate
// takes 9 to 15 bits. A larger window would only add memory that no match can use.
int window_bits_for(std::size_t size) {
  int bits = 9;
  while (bits < MAX_WBITS && (std::size_t{1} << bits) < size) ++bits;
  return bits;
}

[[noreturn]] void fail(const char* what) {
  throw Error(ErrorKind::output, std::string("cannot compress an EPUB entry: ") + what);
}

}  // namespace

bool will_deflate(std::string_view bytes, int level) {
  return level > 0 && !bytes.empty();
}

CompressedEntry compress_entry(std::string_view bytes, int level) {
  CompressedEntry entry;
  entry.size = bytes.size();
  entry.crc = crc_of(bytes);
  if (will_deflate(bytes, level)) {
    const int window = window_bits_for(bytes.size());
    // memLevel follows the window (8, zlib's default, from 14 bits up): the literal buffer,
    // 2^(memLevel + 6) symbols, still holds as many as the entry has bytes, so a small entry
    // stays one block with one set of codes, and the hash table shrinks with it.
    z_stream stream{};
    if (deflateInit2(&stream, level, Z_DEFLATED, -window, std::min(window - 6, 8),
                     Z_DEFAULT_STRATEGY) != Z_OK) {
      fail(stream.msg ? stream.msg : "zlib could not start");
    }
    std::string out(deflateBound(&stream, static_cast<uLong>(bytes.size())), '\0');
    std::size_t in_at = 0;
    std::size_t out_at = 0;
    int status = Z_OK;
    while (status == Z_OK) {
      if (stream.avail_in == 0) {
        const std::size_t n = std::min(kChunk, bytes.size() - in_at);
        stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data() + in_at));
        stream.avail_in = static_cast<uInt>(n);
        in_at += n;
      }
      if (stream.avail_out == 0) {
        const std::size_t room = std::min(kChunk, out.size() - out_at);
        stream.next_out = reinterpret_cast<Bytef*>(out.data() + out_at);
        stream.avail_out = static_cast<uInt>(room);
        out_at += room;
      }
      status = deflate(&stream, in_at == bytes.size() ? Z_FINISH : Z_NO_FLUSH);
    }
    const std::size_t written = stream.total_out;
    deflateEnd(&stream);
    if (status != Z_STREAM_END) fail("zlib stopped early");
    out.resize(written);
    entry.bytes = std::move(out);
    entry.deflated = true;
  }
  return entry;
}

}  // namespace govtech::epub
