#include "entry_compression.hpp"

#include <libdeflate.h>

#include <memory>

#include "govtech/diagnostics.hpp"

namespace govtech::epub {

namespace {

struct FreeCompressor {
  void operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }
};

// A compressor holds its hash tables (a few hundred KB): each thread keeps one for the level
// it last used rather than setting one up for every entry of every book.
libdeflate_compressor* compressor_for(int level) {
  thread_local std::unique_ptr<libdeflate_compressor, FreeCompressor> compressor;
  thread_local int compressor_level = -1;
  if (!compressor || compressor_level != level) {
    compressor.reset(libdeflate_alloc_compressor(level));
    if (!compressor) {
      throw Error(ErrorKind::output, "cannot compress an EPUB entry: out of memory");
    }
    compressor_level = level;
  }
  return compressor.get();
}

}  // namespace

bool will_deflate(std::string_view bytes, int level) {
  return level > 0 && !bytes.empty();
}

CompressedEntry compress_entry(std::string_view bytes, int level) {
  CompressedEntry entry;
  entry.size = bytes.size();
  entry.crc = libdeflate_crc32(0, bytes.data(), bytes.size());
  if (will_deflate(bytes, level)) {
    libdeflate_compressor* compressor = compressor_for(level);
    std::string out(libdeflate_deflate_compress_bound(compressor, bytes.size()), '\0');
    const std::size_t written =
        libdeflate_deflate_compress(compressor, bytes.data(), bytes.size(), out.data(), out.size());
    // The bound is libdeflate's own, so this cannot happen short of a bug in it.
    if (written == 0) {
      throw Error(ErrorKind::output, "cannot compress an EPUB entry: libdeflate ran out of room");
    }
    out.resize(written);
    entry.bytes = std::move(out);
    entry.deflated = true;
  }
  return entry;
}

}  // namespace govtech::epub
