// The writer's building blocks, compiled in directly: SHA-1, name-based UUIDs, image type
// sniffing, dates, entry compression and the zip container.
#include <catch2/catch.hpp>

#include <zlib.h>

#include <random>

#include "data_uri.hpp"
#include "entry_compression.hpp"
#include "epub_support.hpp"
#include "identifier.hpp"
#include "media_type.hpp"
#include "publication_info.hpp"
#include "sha1.hpp"
#include "zip_package.hpp"

using namespace govtech::epub;

namespace {

std::string hex(const std::array<std::uint8_t, 20>& digest) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (auto b : digest) {
    out += digits[b >> 4];
    out += digits[b & 15];
  }
  return out;
}

// Inflates raw deflate data, to check it against the original.
std::string inflated(const std::string& data, std::size_t size) {
  std::string out(size, '\0');
  z_stream stream{};
  REQUIRE(inflateInit2(&stream, -MAX_WBITS) == Z_OK);
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  stream.avail_in = static_cast<uInt>(data.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  int status = inflate(&stream, Z_FINISH);
  inflateEnd(&stream);
  CHECK(status == Z_STREAM_END);
  CHECK(stream.total_out == size);
  return out;
}

std::string sha1_hex(const std::string& text) {
  Sha1 sha;
  sha.update(text);
  return hex(sha.finish());
}

}  // namespace

TEST_CASE("SHA-1 matches the FIPS 180 test vectors") {
  CHECK(sha1_hex("") == "da39a3ee5e6b4b0d3255bfef95601890afd80709");
  CHECK(sha1_hex("abc") == "a9993e364706816aba3e25717850c26c9cd0d89d");
  CHECK(sha1_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
  CHECK(sha1_hex(std::string(1000000, 'a')) == "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
  Sha1 pieces;  // fed in uneven chunks
  pieces.update("abcdbcdecdefdefgefghfghighij");
  pieces.update("hijkijkljklmklmnlmnomnopnopq");
  CHECK(hex(pieces.finish()) == "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
}

TEST_CASE("name-based UUIDs are version 5, stable, and differ by name") {
  std::string a = name_based_uuid("interview");
  CHECK(a.size() == 36);
  CHECK(a[14] == '5');
  CHECK(std::string("89ab").find(a[19]) != std::string::npos);
  CHECK(name_based_uuid("interview") == a);
  CHECK(name_based_uuid("interview.") != a);
}

TEST_CASE("the canonical form tells apart trees that flatten to the same text") {
  govtech::Document one, two;
  one.intro.push_back(govtech::Paragraph{{govtech::Text{"ab"}}});
  two.intro.push_back(govtech::Paragraph{{govtech::Text{"a"}, govtech::Text{"b"}}});
  CHECK(canonical_form(one) != canonical_form(two));
  govtech::Document three;
  three.intro.push_back(govtech::Paragraph{{govtech::Emphasis{{govtech::Text{"ab"}}}}});
  CHECK(canonical_form(one) != canonical_form(three));
  govtech::Document four = one;
  four.meta.identifier = "anything";  // not part of what the identifier is derived from
  CHECK(canonical_form(one) == canonical_form(four));
}

TEST_CASE("the identifier is the name-based UUID of the canonical form, however long") {
  govtech::Document doc;
  doc.meta.title = "A long interview";
  for (int i = 0; i < 3000; ++i) {  // a canonical form of a few hundred kilobytes
    doc.entries.push_back(govtech::QandA{
        .question = {govtech::Text{"Question " + std::to_string(i) + "?"}},
        .answer = {govtech::Paragraph{{govtech::Text{std::string(100, 'a' + i % 26)}}}}});
  }
  REQUIRE(canonical_form(doc).size() > 4 * (1 << 16));
  CHECK(derived_identifier(doc) == "urn:uuid:" + name_based_uuid(canonical_form(doc)));
  govtech::Collection books{.meta = doc.meta, .documents = {doc, govtech::Document{}}};
  CHECK(derived_identifier(books) == "urn:uuid:" + name_based_uuid(canonical_form(books)));
  CHECK(derived_identifier(books) != derived_identifier(doc));
}

TEST_CASE("data: URIs decode from base64 or percent-encoding, or not at all") {
  CHECK(data_uri_bytes("data:;base64,SGVsbG8=") == "Hello");
  CHECK(data_uri_bytes("data:text/plain;charset=utf-8;BASE64,SGVs\r\nbG8gd29y bGQ=") ==
        "Hello world");
  CHECK(data_uri_bytes("data:text/plain;base64,SGVsbG8%3D") == "Hello");
  CHECK(data_uri_bytes("data:,A%20b%2c") == "A b,");
  CHECK(data_uri_bytes("data:,") == "");
  CHECK_FALSE(data_uri_bytes("data:;base64,SGV*bG8="));
  CHECK(data_uri_bytes("data:,bad%2") == "bad%2");  // kept as written, as browsers do
  CHECK(data_uri_bytes("data:,bad%zz") == "bad%zz");
  CHECK_FALSE(data_uri_bytes("data:no-comma"));
  CHECK_FALSE(data_uri_bytes("image.png"));
  CHECK(image_name_for_messages("pics/a.png") == "pics/a.png");
  CHECK(image_name_for_messages("data:image/png;base64,AAAA") ==
        "data:image/png image written into the document");
}

TEST_CASE("image types come from magic bytes") {
  CHECK(sniff_image_type(std::string("\x89PNG\r\n\x1A\n....", 12))->media_type == "image/png");
  CHECK(sniff_image_type("\xFF\xD8\xFF\xE0....")->media_type == "image/jpeg");
  CHECK(sniff_image_type("GIF87a....")->media_type == "image/gif");
  auto webp = sniff_image_type(std::string("RIFF\0\0\0\0WEBPVP8 ", 16));
  REQUIRE(webp);
  CHECK(webp->media_type == "image/webp");
  CHECK_FALSE(webp->core_in_epub32);
  CHECK(sniff_image_type("\xEF\xBB\xBF  <svg xmlns='http://www.w3.org/2000/svg'/>")->extension ==
        "svg");
  CHECK(sniff_image_type("<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x\">\n<svg>")
            ->media_type == "image/svg+xml");
  CHECK_FALSE(sniff_image_type("<svgx/>"));
  CHECK_FALSE(sniff_image_type("<html><svg/></html>"));
  CHECK_FALSE(sniff_image_type("RIFF\0\0\0\0WAVE"));
  CHECK_FALSE(sniff_image_type(""));
}

TEST_CASE("dates become W3C dates where they can") {
  CHECK(w3c_date("2020") == "2020");
  CHECK(w3c_date("2020-03") == "2020-03");
  CHECK(w3c_date("2020-03-12") == "2020-03-12");
  CHECK(w3c_date("2020-03-12T10:30:00Z") == "2020-03-12T10:30:00Z");
  CHECK(w3c_date("2020-03-12T10:30+01:00") == "2020-03-12T10:30+01:00");
  CHECK(w3c_date("12 March 2020") == "2020-03-12");
  CHECK(w3c_date("March 12, 2020") == "2020-03-12");
  CHECK(w3c_date("12th Sept. 2020") == "2020-09-12");
  CHECK(w3c_date("March 2020") == "2020-03");
  CHECK_FALSE(w3c_date("spring 2020"));
  CHECK_FALSE(w3c_date("2020-13-01"));
  CHECK_FALSE(w3c_date("12 March"));
  CHECK_FALSE(w3c_date(""));
}

TEST_CASE("zip timestamps are UTC and clamped to what DOS dates can hold") {
  DosTime t = dos_time_utc(1584014400 + 59);  // 2020-03-12T12:00:59Z: 2-second resolution
  CHECK(t.time == ((12u << 11) | (0u << 5) | 29u));
  CHECK(t.date == (((2020u - 1980u) << 9) | (3u << 5) | 12u));
  DosTime early = dos_time_utc(0);
  CHECK(early.date == ((0u << 9) | (1u << 5) | 1u));
  CHECK(early.time == 0);
  CHECK(utc_timestamp(1584014400) == "2020-03-12T12:00:00Z");
}

TEST_CASE("entries are deflated into what zlib inflates back") {
  std::string text;
  for (int i = 0; text.size() < 300000; ++i) {
    text += "<p>Question " + std::to_string(i) + ": how do services reach people?</p>\n";
  }
  // Sizes on both sides of the smallest and largest window deflate has (512 B to 32 KB), and
  // of libdeflate's blocks, inflated by zlib, the other implementation reading systems use.
  for (std::size_t size : {1u, 300u, 512u, 513u, 4096u, 20000u, 32768u, 32769u, 100000u, 300000u}) {
    INFO(size);
    const std::string bytes = text.substr(0, size);
    for (int level : {1, 6, 9}) {
      INFO(level);
      CompressedEntry entry = compress_entry(bytes, level);
      CHECK(entry.size == size);
      CHECK(entry.crc == crc32(0, reinterpret_cast<const Bytef*>(bytes.data()),
                               static_cast<uInt>(bytes.size())));
      REQUIRE(entry.deflated);
      if (size >= 300) CHECK(entry.bytes.size() < size / 2);
      CHECK(inflated(entry.bytes, size) == bytes);
    }
  }

  std::mt19937 random(7);
  std::string noise(70000, '\0');
  for (char& c : noise) c = static_cast<char>(random());
  CompressedEntry noisy = compress_entry(noise, 9);
  REQUIRE(noisy.deflated);
  CHECK(noisy.bytes.size() < noise.size() + 64);  // deflate's stored blocks cost 5 bytes each
  CHECK(inflated(noisy.bytes, noise.size()) == noise);

  CompressedEntry level0 = compress_entry(text, 0);
  CHECK_FALSE(level0.deflated);
  CHECK(level0.bytes.empty());
  CHECK(level0.size == text.size());
  CHECK_FALSE(compress_entry("", 6).deflated);
}

TEST_CASE("the container holds each entry as given, deflated or stored") {
  std::string css(5000, 'a');
  std::mt19937 random(11);
  std::string png(3000, '\0');
  for (char& c : png) c = static_cast<char>(random());
  std::vector<ZipEntry> entries = {
      {"mimetype", "application/epub+zip", false},
      {"EPUB/styles/book.css", css, true},
      {"EPUB/images/noise.png", png, false},
      {"EPUB/empty.txt", "", true},
      {"EPUB/noise.bin", png, true},
  };
  epubtest::Epub epub = epubtest::open_epub(build_zip(entries, 0, 6));
  REQUIRE(epub.items.size() == entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    INFO(entries[i].name);
    CHECK(epub.items[i].name == entries[i].name);
    CHECK(epub.items[i].bytes == entries[i].bytes);
  }
  CHECK(epub.items[0].method == 0);
  CHECK(epub.items[1].method == 8);
  CHECK(epub.items[2].method == 0);
  CHECK(epub.items[3].method == 0);  // nothing to deflate
  CHECK(epub.items[4].method == 8);

  epubtest::Epub stored = epubtest::open_epub(build_zip(entries, 0, 0));
  for (const auto& item : stored.items) CHECK(item.method == 0);
}

TEST_CASE("a long book's entries, compressed on several threads, come back whole and in order") {
  std::vector<ZipEntry> entries = {{"mimetype", "application/epub+zip", false}};
  std::mt19937 random(3);
  for (int part = 1; part <= 12; ++part) {
    std::string text;
    while (text.size() < 200000) {
      text += "<p>Part " + std::to_string(part) + ", line " + std::to_string(random() % 1000) +
              ": the service was rebuilt around its users.</p>\n";
    }
    entries.push_back({"EPUB/text/part-" + std::to_string(part) + ".xhtml", text, true});
  }
  const std::string zip = build_zip(entries, 0, 6);
  CHECK(zip == build_zip(entries, 0, 6));  // the same bytes, whichever thread did what
  epubtest::Epub epub = epubtest::open_epub(zip);
  REQUIRE(epub.items.size() == entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    INFO(entries[i].name);
    CHECK(epub.items[i].name == entries[i].name);
    CHECK(epub.items[i].bytes == entries[i].bytes);
    CHECK(epub.items[i].method == (i == 0 ? 0 : 8));
  }
  CHECK(zip.size() < 12 * 200000 / 3);
}
