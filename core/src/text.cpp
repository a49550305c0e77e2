#include "govtech/text.hpp"

#include <iconv.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <utility>

namespace govtech {

SourcePos text_position(std::string_view bytes, std::size_t offset) {
  SourcePos at{1, 1};
  offset = std::min(offset, bytes.size());
  for (std::size_t i = 0; i < offset; ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') {
      if (i + 1 == offset) break;  // the LF of a CRLF still ends this line
      ++i;
    }
    if (c == '\n' || c == '\r') {
      ++at.line;
      at.column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++at.column;  // a character starts here
    }
  }
  return at;
}

std::optional<Utf8Problem> find_invalid_utf8(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    // Fast path: ASCII runs are the common case, so skip them eight bytes at a time.
    while (i + 8 <= n) {
      std::uint64_t word;
      std::memcpy(&word, s + i, 8);
      if (word & 0x8080808080808080u) break;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = s[i];
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::size_t len = 0;
    char32_t min = 0;
    if (c >= 0xC2 && c <= 0xDF) {
      len = 2;
      min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
      len = 3;
      min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
      len = 4;
      min = 0x10000;
    }
    bool ok = len > 0 && i + len <= n;
    char32_t cp = 0;
    if (ok) {
      cp = c & (0xFF >> (len + 1));
      for (std::size_t k = 1; k < len; ++k) {
        if ((s[i + k] & 0xC0) != 0x80) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (s[i + k] & 0x3F);
      }
    }
    ok = ok && cp >= min && cp <= 0x10FFFF && !(cp >= 0xD800 && cp <= 0xDFFF);
    if (!ok) {
      // Point at the byte that starts the broken sequence: in a file saved as Latin-1 or
      // Windows-1252, that is the character the user has to look at.
      std::size_t bad = i;
      const SourcePos at = text_position(text, bad);
      return Utf8Problem{bad, at.line, at.column, s[bad]};
    }
    i += len;
  }
  return std::nullopt;
}

std::string to_utf8(std::string_view bytes, const std::string& encoding) {
  iconv_t cd = iconv_open("UTF-8", encoding.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) {
    throw Error(ErrorKind::usage,
                "unknown input encoding '" + encoding + "' (try utf-8, latin1 or windows-1252)");
  }
  std::unique_ptr<void, int (*)(iconv_t)> guard(cd, iconv_close);
  std::string out(bytes.size() * 2 + 16, '\0');
  char* in = const_cast<char*>(bytes.data());
  std::size_t in_left = bytes.size();
  std::size_t done = 0;
  while (true) {
    char* dst = out.data() + done;
    std::size_t out_left = out.size() - done;
    std::size_t rc = iconv(cd, in_left ? &in : nullptr, &in_left, &dst, &out_left);
    done = out.size() - out_left;
    if (rc != static_cast<std::size_t>(-1) && in_left == 0) {
      // Flush any shift state.
      dst = out.data() + done;
      out_left = out.size() - done;
      iconv(cd, nullptr, nullptr, &dst, &out_left);
      done = out.size() - out_left;
      break;
    }
    if (errno == E2BIG) {
      out.resize(out.size() * 2);
      continue;
    }
    std::uint64_t offset = bytes.size() - in_left;
    throw Error(ErrorKind::input, "the input is not valid " + encoding + " (byte offset " +
                                      std::to_string(offset) + ")");
  }
  out.resize(done);
  return out;
}

namespace {

std::string utf8_error_message(const Utf8Problem& p) {
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", p.byte);
  return "invalid UTF-8: byte " + std::string(hex) + " at byte offset " + std::to_string(p.offset) +
         "; if the file uses another encoding, name it with --input-encoding "
         "(e.g. --input-encoding latin1 or windows-1252)";
}

}  // namespace

std::string decode_text_input(std::string_view bytes, const ReadContext& ctx, NulBytes nul_bytes) {
  std::string storage;
  std::string_view text = decode_text_input(bytes, ctx, nul_bytes, storage);
  if (text.data() == storage.data() && text.size() == storage.size()) return storage;
  return std::string(text);  // a view of the input, or of the storage past a byte order mark
}

std::string_view decode_text_input(std::string_view bytes, const ReadContext& ctx,
                                   NulBytes nul_bytes, std::string& storage) {
  std::string converted;
  const std::string encoding = ascii_lower(ctx.options.get("input-encoding"));
  const bool was_converted = !encoding.empty() && encoding != "utf-8" && encoding != "utf8";
  if (was_converted) {
    try {
      converted = to_utf8(bytes, encoding);
    } catch (const Error& e) {
      throw e.in_file(ctx.file);
    }
    bytes = converted;
  }
  if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  if (auto problem = find_invalid_utf8(bytes)) {
    throw Error(ErrorKind::input, utf8_error_message(*problem),
                {ctx.file, {problem->line, problem->column}, problem->offset});
  }

  // Copied in runs between the bytes that need attention (CR and NUL), which memchr finds;
  // not copied at all when there are none.
  const std::size_t n = bytes.size();
  const char* data = bytes.data();
  auto next = [&](char c, std::size_t from) {
    const void* at = std::memchr(data + from, c, n - from);
    return at ? static_cast<std::size_t>(static_cast<const char*>(at) - data) : n;
  };
  std::size_t next_cr = next('\r', 0);
  std::size_t next_nul = next('\0', 0);
  if (next_cr == n && next_nul == n) {
    if (!was_converted) return bytes;  // a view of the caller's input
    const std::size_t skip = static_cast<std::size_t>(bytes.data() - converted.data());
    storage = std::move(converted);
    return std::string_view(storage).substr(skip);  // past a byte order mark
  }
  std::string out;
  out.reserve(n);
  std::size_t i = 0;
  while (true) {
    const std::size_t stop = std::min(next_cr, next_nul);
    out.append(data + i, stop - i);
    if (stop == n) break;
    if (stop == next_cr) {
      out.push_back('\n');
      i = stop + 1;
      if (i < n && data[i] == '\n') ++i;
      next_cr = next('\r', i);
    } else {
      if (nul_bytes == NulBytes::reject) {
        throw Error(ErrorKind::input,
                    "not a text file: it holds a NUL byte at byte offset " + std::to_string(stop),
                    {ctx.file, text_position(bytes, stop), stop});
      }
      out += "\xEF\xBF\xBD";
      i = stop + 1;
      next_nul = next('\0', i);
    }
  }
  storage = std::move(out);
  return storage;
}

std::string percent_decoded(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 2 < text.size() &&
        std::isxdigit(static_cast<unsigned char>(text[i + 1])) &&
        std::isxdigit(static_cast<unsigned char>(text[i + 2]))) {
      out.push_back(static_cast<char>(std::stoi(std::string(text.substr(i + 1, 2)), nullptr, 16)));
      i += 2;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

bool has_url_scheme(std::string_view reference) {
  std::size_t colon = reference.find(':');
  if (colon == std::string_view::npos || colon < 2) return false;
  for (char c : reference.substr(0, colon)) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') {
      return false;
    }
  }
  return true;
}

bool is_unicode_space(char32_t c) {
  switch (c) {
    case 0x09:
    case 0x0A:
    case 0x0B:
    case 0x0C:
    case 0x0D:
    case 0x20:
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

char32_t next_code_point(std::string_view text, std::size_t& pos) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[pos + k]); };
  unsigned char c = byte(0);
  if (c < 0x80) {
    ++pos;
    return c;
  }
  std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (pos + len > text.size()) len = text.size() - pos;
  char32_t cp = len == 1 ? c : c & (0xFF >> (len + 1));
  for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (byte(k) & 0x3F);
  pos += len;
  return cp;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out.push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (c >> 6)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (c >> 12)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (c >> 18)));
    out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

namespace {

// A printable ASCII byte other than the space: no space and no part of one, so that most
// trimming and blank tests are decided by one byte without decoding a character.
bool solid_ascii(char c) {
  return c > 0x20 && c < 0x7F;
}

}  // namespace

std::string_view trim_end(std::string_view text) {
  // Walk back from the end over whole characters (a lead byte and at most three continuation
  // bytes): the recogniser trims whole paragraphs, so this must not read from the start.
  std::size_t end = text.size();
  if (end > 0 && solid_ascii(text[end - 1])) return text;
  while (end > 0) {
    std::size_t start = end - 1;
    while (start > 0 && end - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
      --start;
    std::size_t pos = start;
    const char32_t c = next_code_point(text, pos);
    if (pos != end || !is_unicode_space(c)) break;
    end = start;
  }
  return text.substr(0, end);
}

std::string_view trim(std::string_view text) {
  if (!text.empty() && solid_ascii(text.front()) && solid_ascii(text.back())) return text;
  std::size_t pos = 0;
  std::size_t start = text.size();
  while (pos < text.size()) {
    std::size_t here = pos;
    if (!is_unicode_space(next_code_point(text, pos))) {
      start = here;
      break;
    }
  }
  return trim_end(text.substr(start));
}

bool is_blank(std::string_view text) {
  // Stops at the first character that is not a space: whole documents are asked about.
  if (!text.empty() && solid_ascii(text.front())) return false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    if (!is_unicode_space(next_code_point(text, pos))) return false;
  }
  return true;
}

bool is_language_tag(std::string_view tag) {
  auto is_letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
  bool primary = true;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = std::min(tag.find('-', start), tag.size());
    const std::string_view subtag = tag.substr(start, end - start);
    const std::size_t n = subtag.size();
    if (primary) {
      if (!(n == 2 || n == 3 || (n >= 5 && n <= 8))) return false;
      if (!std::all_of(subtag.begin(), subtag.end(), is_letter)) return false;
    } else {
      if (n < 1 || n > 8) return false;
      if (!std::all_of(subtag.begin(), subtag.end(),
                       [&](char c) { return is_letter(c) || is_digit(c); })) {
        return false;
      }
    }
    if (end == tag.size()) return true;
    primary = false;
    start = end + 1;
  }
}

std::string collapse_spaces(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t here = pos;
    char32_t c = next_code_point(text, pos);
    if (is_unicode_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out.push_back(' ');
    pending_space = false;
    out.append(text.substr(here, pos - here));
  }
  return out;
}

IdSet::IdSet(std::initializer_list<std::string> reserved) : used_(reserved) {}

std::string unique_id(std::string_view text, IdSet& used, std::string_view fallback) {
  std::string id;
  bool dash = false;
  for (unsigned char c : text) {
    if (std::isalnum(c)) {
      if (dash && !id.empty()) id.push_back('-');
      dash = false;
      id.push_back(static_cast<char>(std::tolower(c)));
    } else if (c < 0x80) {
      dash = true;  // punctuation and spaces separate words; other scripts are dropped
    }
    if (id.size() >= 60) break;
  }
  while (!id.empty() && id.back() == '-') id.pop_back();
  // An XML ID (DocBook, EPUB) must start with a letter.
  if (id.empty() || !std::isalpha(static_cast<unsigned char>(id[0]))) {
    id = std::string(fallback) + (id.empty() ? "" : "-" + id);
  }
  std::string candidate = id;
  if (used.contains(candidate)) {
    int& next = used.next_number_[id];
    next = std::max(next, 2);
    do {
      candidate = id + "-" + std::to_string(next++);
    } while (used.contains(candidate));
  }
  used.insert(candidate);
  return candidate;
}
}  // namespace govtech
