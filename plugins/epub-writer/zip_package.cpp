#include "zip_package.hpp"

#include <zip.h>

#include <cstdio>
#include <ctime>
#include <memory>

#include "govtech/diagnostics.hpp"

namespace govtech::epub {

namespace {

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
  if (zip_source_open(source) < 0)
    fail("reopening the buffer", zip_error_strerror(zip_source_error(source)));
  std::string bytes;
  char chunk[1 << 16];
  for (;;) {
    zip_int64_t n = zip_source_read(source, chunk, sizeof chunk);
    if (n < 0) {
      zip_source_close(source);
      fail("reading the buffer", zip_error_strerror(zip_source_error(source)));
    }
    if (n == 0) break;
    bytes.append(chunk, static_cast<std::size_t>(n));
  }
  zip_source_close(source);
  return bytes;
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
  for (const ZipEntry& entry : entries) {
    zip_source_t* data =
        zip_source_buffer(archive.get(), entry.bytes.data(), entry.bytes.size(), 0);
    if (!data) fail(entry.name, zip_strerror(archive.get()));
    zip_int64_t index = zip_file_add(archive.get(), entry.name.c_str(), data, ZIP_FL_ENC_UTF_8);
    if (index < 0) {
      zip_source_free(data);
      fail(entry.name, zip_strerror(archive.get()));
    }
    auto i = static_cast<zip_uint64_t>(index);
    bool deflate = entry.compress && level > 0;
    bool ok = zip_set_file_compression(archive.get(), i, deflate ? ZIP_CM_DEFLATE : ZIP_CM_STORE,
                                       deflate ? static_cast<zip_uint32_t>(level) : 0) == 0 &&
              zip_file_set_dostime(archive.get(), i, stamp.time, stamp.date, 0) == 0 &&
              zip_file_set_external_attributes(archive.get(), i, 0, ZIP_OPSYS_UNIX,
                                               0100644u << 16) == 0 &&
              zip_file_extra_field_delete(archive.get(), i, ZIP_EXTRA_FIELD_ALL,
                                          ZIP_FL_CENTRAL | ZIP_FL_LOCAL) == 0;
    if (!ok) fail(entry.name, zip_strerror(archive.get()));
  }
  if (zip_close(archive.get()) < 0) fail("writing", zip_strerror(archive.get()));
  archive.release();  // zip_close freed it
  return read_all(buffer.get());
}

}  // namespace govtech::epub
