// Text helpers shared by readers and writers: decoding input, UTF-8 checks, Unicode-aware
// whitespace, identifiers.
#pragma once

#include <array>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

#include "govtech/export.hpp"
#include "govtech/plugin.hpp"

namespace govtech {

// Where the first byte that is not valid UTF-8 sits.
struct Utf8Problem {
  std::uint64_t offset = 0;  // from the start of the input, counting from 0
  std::uint32_t line = 1;
  std::uint32_t column = 1;  // in characters
  unsigned char byte = 0;
};

// Rejects overlong forms, surrogates and code points above U+10FFFF, as RFC 3629 does.
GOVTECH_API std::optional<Utf8Problem> find_invalid_utf8(std::string_view text);

// The line and column (from 1) of the byte at `offset` of an input, for error messages: CR, LF
// and CRLF each end a line, as readers take them; columns count UTF-8 characters. It reads
// the text up to `offset`, so call it when an error is made, not for every token.
GOVTECH_API SourcePos text_position(std::string_view bytes, std::size_t offset);

// What a reader does with a NUL byte in its input.
enum class NulBytes {
  reject,   // "not a text file": plain text never holds one
  replace,  // U+FFFD, as CommonMark says
};

// Turns a reader's raw input into clean UTF-8 text: converts from the encoding named by the
// "input-encoding" option (through iconv), drops a byte order mark, makes every line end in
// LF, and deals with NUL bytes. Throws Error(input) naming the file, line and byte offset when
// the input is not valid UTF-8 (suggesting --input-encoding) or holds a NUL it must reject.
GOVTECH_API std::string decode_text_input(std::string_view bytes, const ReadContext& ctx,
                                          NulBytes nul_bytes);
// The same without a copy when the input needs no change (UTF-8 without a byte order mark,
// CR or NUL, the usual case): returns a view of `bytes` itself, or else of `storage`, which
// then holds the decoded text. Either way the view lives as long as both of them.
GOVTECH_API std::string_view decode_text_input(std::string_view bytes, const ReadContext& ctx,
                                               NulBytes nul_bytes, std::string& storage);

// Converts `bytes` from `encoding` (any name iconv knows: latin1, windows-1252, ...) to UTF-8.
GOVTECH_API std::string to_utf8(std::string_view bytes, const std::string& encoding);

// Undoes %XX escapes as browsers do: a % not followed by two hex digits stays as it is.
GOVTECH_API std::string percent_decoded(std::string_view text);

// Whether a reference starts with a URL scheme ("https:", "data:"), so it names no local file.
// One letter before the colon is a Windows drive ("C:"), not a scheme.
GOVTECH_API bool has_url_scheme(std::string_view reference);

// Unicode white space (Zs, tab, line and paragraph separators, and U+FEFF which web pages
// leave behind), as opposed to the ASCII-only isspace().
GOVTECH_API bool is_unicode_space(char32_t c);
GOVTECH_API std::string_view trim(std::string_view text);
GOVTECH_API std::string_view trim_end(std::string_view text);
GOVTECH_API bool is_blank(std::string_view text);  // nothing but Unicode white space

// Whether `tag` has the shape of a BCP 47 language tag ("en", "fr-CA", "zh-Hant-TW", "es-419"):
// a primary subtag of 2-3 or 5-8 letters (4 are reserved), then subtags of 1-8 letters or
// digits. The shape only: whether the subtags are registered is not checked.
GOVTECH_API bool is_language_tag(std::string_view tag);

// The first byte at or after `from` that is one of `bytes`, or npos: std::string's
// find_first_of, without its call to memchr for every byte of the text (a tenth of the time
// on long paragraphs).
inline std::size_t find_any_of(std::string_view text, std::string_view bytes,
                               std::size_t from = 0) {
  bool wanted[256] = {};
  for (char c : bytes) wanted[static_cast<unsigned char>(c)] = true;
  for (std::size_t i = from; i < text.size(); ++i) {
    if (wanted[static_cast<unsigned char>(text[i])]) return i;
  }
  return std::string_view::npos;
}

// Collapses every run of Unicode white space to one ASCII space and trims the ends.
GOVTECH_API std::string collapse_spaces(std::string_view text);

// Decodes one UTF-8 character at `pos` (input must be valid) and advances `pos`.
GOVTECH_API char32_t next_code_point(std::string_view text, std::size_t& pos);
GOVTECH_API void append_utf8(std::string& out, char32_t c);

// ASCII letters lower-cased, every other byte as it is: for names that are ASCII by
// definition (encodings, schemes, tags, option values), never for words of a language.
GOVTECH_API std::string ascii_lower(std::string_view text);

// Base64 (RFC 4648, with padding, no line breaks) through libcrypto.
GOVTECH_API std::string base64_encode(std::string_view bytes);
// Decodes base64, skipping white space and line breaks (as wrapped base64 has them); nothing
// when it is not base64.
GOVTECH_API std::optional<std::string> base64_decode(std::string_view text);

// The bytes an escaper must look at: the markup characters, controls, and the lead bytes of
// the characters forbidden_character_length drops. Any other byte is copied as it is, so text
// is scanned for these with one table lookup a byte.
inline constexpr std::array<bool, 256> kMayNeedEscaping = [] {
  std::array<bool, 256> attention{};
  for (std::size_t c = 0; c < 0x20; ++c) attention[c] = true;
  for (unsigned char c :
       {'&', '<', '>', '"', '\x7F', '\xC2', '\xEF', '\xF0', '\xF1', '\xF2', '\xF3', '\xF4'}) {
    attention[c] = true;
  }
  return attention;
}();

// The length of the character at byte `i` of valid UTF-8 `text` if XML 1.0 or HTML forbids
// it in a document, else 0: C0 controls other than tab, LF and CR; DEL and the C1 controls;
// the noncharacters U+FDD0..U+FDEF and U+xxFFFE / U+xxFFFF of every plane. Every writer drops
// the same characters through this one test.
inline std::size_t forbidden_character_length(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) {
    return k < text.size() ? static_cast<unsigned char>(text[k]) : 0u;
  };
  const unsigned c = byte(i);
  if ((c >= 0x20 && c < 0x7F) || (c >= 0x80 && c < 0xC2)) return 0;  // the common case, inline
  if (c < 0x20) return (c == '\t' || c == '\n' || c == '\r') ? 0 : 1;
  if (c == 0x7F) return 1;
  if (c == 0xC2 && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9F) return 2;
  if (c == 0xEF) {
    const unsigned b1 = byte(i + 1), b2 = byte(i + 2);
    if (b1 == 0xB7 && b2 >= 0x90 && b2 <= 0xAF) return 3;  // U+FDD0..U+FDEF
    if (b1 == 0xBF && (b2 == 0xBE || b2 == 0xBF)) return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    // Plane n's last two code points: F0+ (n-plane bits) .. BF BF BE/BF with the low bits of
    // the second byte all ones.
    const unsigned b1 = byte(i + 1), b2 = byte(i + 2), b3 = byte(i + 3);
    if ((b1 & 0x0F) == 0x0F && b2 == 0xBF && (b3 == 0xBE || b3 == 0xBF)) return 4;
  }
  return 0;
}

// The identifiers already given in one output. It remembers, for each identifier, the next
// number to try, so that thousands of questions that start alike still get their identifiers
// in linear time.
class GOVTECH_API IdSet {
 public:
  IdSet() = default;
  IdSet(std::initializer_list<std::string> reserved);  // ids the output uses for itself
  bool contains(std::string_view id) const { return used_.find(id) != used_.end(); }
  bool empty() const { return used_.empty(); }
  bool insert(std::string id) { return used_.insert(std::move(id)).second; }

 private:
  friend std::string unique_id(std::string_view, IdSet&, std::string_view);
  std::set<std::string, std::less<>> used_;
  std::map<std::string, int, std::less<>> next_number_;
};

// A readable identifier for a heading or question ("what-drew-you-to-govtech"), unique among
// `used`, which it extends. Falls back to `fallback` (numbered) when the text has no letters.
GOVTECH_API std::string unique_id(std::string_view text, IdSet& used,
                                  std::string_view fallback = "section");

}  // namespace govtech
