#include "zip_package.hpp"

#include <zip.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <future>
#include <memory>
#include <system_error>
#include <thread>

#include "entry_compression.hpp"
#include "govtech/diagnostics.hpp"

namespace govtech::epub {

namespace {

// Below this many bytes to deflate, a book is compressed on the calling thread alone.
constexpr std::size_t kCompressAheadFrom = 512 * 1024;

[[noreturn]] void fail(const std::string& what, const char* detail) {
  throw Error(ErrorKind::output, "cannot build the EPUB container: " + what + ": " +
                                     (detail ? detail : "unknown libzip error"));
}

// Discards an archive that was never closed, so a failure leaks nothing.
struct ArchiveCloser {
  void operator()(zip_t* archive) const { zip_discard(archive); }
};

struct SourceFreer {
  void operator()(zip_source_t* source) const { zip_source_free(source); }
};

std::string read_all(zip_source_t* source) {
  zip_stat_t stat;
  if (zip_source_stat(source, &stat) < 0 || !(stat.valid & ZIP_STAT_SIZE))
    fail("sizing the buffer", zip_error_strerror(zip_source_error(source)));
  if (zip_source_open(source) < 0)
    fail("reopening the buffer", zip_error_strerror(zip_source_error(source)));
  std::string bytes(static_cast<std::size_t>(stat.size), '\0');
  std::size_t at = 0;
  while (at < bytes.size()) {
    zip_int64_t n = zip_source_read(source, bytes.data() + at, bytes.size() - at);
    if (n <= 0) {
      zip_source_close(source);
      fail("reading the buffer",
           n < 0 ? zip_error_strerror(zip_source_error(source)) : "it ended early");
    }
    at += static_cast<std::size_t>(n);
  }
  zip_source_close(source);
  return bytes;
}

struct PreparedSource;

// Which entries are being compressed on other threads, ahead of libzip: for a long book,
// the next few, one per processor; for a short one, none (starting a thread would cost more
// than compressing).
struct CompressAhead {
  std::vector<PreparedSource>* sources = nullptr;
  std::size_t depth = 0;
  std::size_t started = 0;  // entries [0, started) have been handed to a thread
  void start(std::size_t from);
};

// Serves one entry, compressed by compress_entry() when libzip first asks about it and
// dropped once libzip has copied it, so a long book holds only the few compressed entries
// in flight. A source whose stat names its compression method is copied into the archive as
// it is: libzip neither inflates nor deflates it again.
struct PreparedSource {
  const ZipEntry* entry = nullptr;
  int level = 0;
  std::size_t index = 0;
  CompressAhead* ahead = nullptr;
  std::future<CompressedEntry> in_flight;  // started by `ahead`
  CompressedEntry compressed;
  bool known = false;  // `compressed` has its size and CRC
  bool ready = false;  // ... and its bytes
  std::size_t read = 0;
  zip_error_t error{};
  std::string failure;  // why compressing failed, for the error after zip_close()

  bool prepare() {
    if (ready) return true;
    try {
      ahead->start(index);
      compressed = in_flight.valid() ? in_flight.get() : compress_entry(entry->bytes, level);
    } catch (const std::exception& e) {
      failure = e.what();
      zip_error_set(&error, ZIP_ER_INTERNAL, 0);
      return false;
    }
    known = ready = true;
    return true;
  }
};

void CompressAhead::start(std::size_t from) {
  const std::size_t until = std::min(sources->size(), from + depth);
  for (started = std::max(started, from); started < until; ++started) {
    PreparedSource& source = (*sources)[started];
    try {
      source.in_flight = std::async(std::launch::async, compress_entry,
                                    std::string_view(source.entry->bytes), source.level);
    } catch (const std::system_error&) {
      depth = 0;  // no thread to be had: the rest is compressed on this one
      return;
    }
  }
}

zip_int64_t serve_prepared(void* state, void* data, zip_uint64_t length, zip_source_cmd_t command) {
  auto& source = *static_cast<PreparedSource*>(state);
  const CompressedEntry& entry = source.compressed;
  switch (command) {
    case ZIP_SOURCE_OPEN:
      source.read = 0;
      return source.prepare() ? 0 : -1;
    case ZIP_SOURCE_READ: {
      const std::string_view payload = entry.deflated ? entry.bytes : source.entry->bytes;
      const std::size_t n =
          std::min<std::size_t>(static_cast<std::size_t>(length), payload.size() - source.read);
      std::memcpy(data, payload.data() + source.read, n);
      source.read += n;
      return static_cast<zip_int64_t>(n);
    }
    case ZIP_SOURCE_CLOSE:
      std::string().swap(source.compressed.bytes);
      source.ready = false;
      return 0;
    case ZIP_SOURCE_STAT: {
      if (!source.known && !source.prepare()) return -1;
      auto* stat = static_cast<zip_stat_t*>(data);
      zip_stat_init(stat);
      stat->size = entry.size;
      stat->crc = entry.crc;
      stat->comp_method = entry.deflated ? ZIP_CM_DEFLATE : ZIP_CM_STORE;
      stat->valid |= ZIP_STAT_SIZE | ZIP_STAT_CRC | ZIP_STAT_COMP_METHOD;
      return sizeof *stat;
    }
    case ZIP_SOURCE_FREE:
      return 0;
    case ZIP_SOURCE_ERROR:
      return zip_error_to_data(&source.error, data, length);
    case ZIP_SOURCE_SUPPORTS:
      return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                            ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
    default:
      return -1;
  }
}

}  // namespace

DosTime dos_time_utc(std::int64_t unix_time) {
  constexpr std::int64_t k1980 = 315532800;      // 1980-01-01T00:00:00Z
  constexpr std::int64_t k2107End = 4354819198;  // 2107-12-31T23:59:58Z
  if (unix_time < k1980) unix_time = k1980;
  if (unix_time > k2107End) unix_time = k2107End;
  std::time_t t = static_cast<std::time_t>(unix_time);
  std::tm tm{};
  gmtime_r(&t, &tm);
  DosTime dos;
  dos.time = static_cast<std::uint16_t>((tm.tm_hour << 11) | (tm.tm_min << 5) | (tm.tm_sec / 2));
  dos.date =
      static_cast<std::uint16_t>(((tm.tm_year - 80) << 9) | ((tm.tm_mon + 1) << 5) | tm.tm_mday);
  return dos;
}

std::string build_zip(const std::vector<ZipEntry>& entries, std::int64_t unix_time, int level) {
  // Both outlive the archive that uses them, and wait for any thread still compressing.
  std::vector<PreparedSource> sources(entries.size());
  CompressAhead ahead{&sources};
  std::size_t to_deflate = 0;
  for (const ZipEntry& entry : entries) {
    if (entry.compress) to_deflate += entry.bytes.size();
  }
  if (level > 0 && to_deflate >= kCompressAheadFrom) {
    ahead.depth = std::max(1u, std::thread::hardware_concurrency());
  }

  zip_error_t error;
  zip_error_init(&error);
  std::unique_ptr<zip_source_t, SourceFreer> buffer(
      zip_source_buffer_create(nullptr, 0, 0, &error));
  if (!buffer) fail("creating a buffer", zip_error_strerror(&error));
  std::unique_ptr<zip_t, ArchiveCloser> archive(
      zip_open_from_source(buffer.get(), ZIP_TRUNCATE, &error));
  if (!archive) fail("opening the buffer", zip_error_strerror(&error));
  zip_source_keep(buffer.get());  // the archive's close would otherwise free it

  DosTime stamp = dos_time_utc(unix_time);
  for (std::size_t n = 0; n < entries.size(); ++n) {
    const ZipEntry& entry = entries[n];
    PreparedSource& source = sources[n];
    source.entry = &entry;
    source.level = entry.compress ? level : 0;
    source.index = n;
    source.ahead = &ahead;
    zip_error_init(&source.error);
    zip_source_t* data = zip_source_function(archive.get(), serve_prepared, &source);
    if (!data) fail(entry.name, zip_strerror(archive.get()));
    zip_int64_t index = zip_file_add(archive.get(), entry.name.c_str(), data, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(data);
      fail(entry.name, zip_strerror(archive.get()));
    }
    auto i = static_cast<zip_uint64_t>(index);
    // A stored entry must say so here, or libzip would deflate it after all.
    bool ok = (will_deflate(entry.bytes, source.level) ||
               zip_set_file_compression(archive.get(), i, ZIP_CM_STORE, 0) == 0) &&
              zip_file_set_dostime(archive.get(), i, stamp.time, stamp.date, 0) == 0 &&
              zip_file_set_external_attributes(archive.get(), i, 0, ZIP_OPSYS_UNIX,
                                               0100644u << 16) == 0 &&
              zip_file_extra_field_delete(archive.get(), i, ZIP_EXTRA_FIELD_ALL,
                                          ZIP_FL_CENTRAL | ZIP_FL_LOCAL) == 0;
    if (!ok) fail(entry.name, zip_strerror(archive.get()));
  }
  if (zip_close(archive.get()) < 0) {
    for (std::size_t n = 0; n < entries.size(); ++n) {
      if (!sources[n].failure.empty()) fail(entries[n].name, sources[n].failure.c_str());
    }
    fail("writing", zip_strerror(archive.get()));
  }
  archive.release();  // zip_close freed it
  return read_all(buffer.get());
}

}  // namespace govtech::epub
