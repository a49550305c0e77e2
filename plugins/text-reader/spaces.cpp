#include "spaces.hpp"

#include "govtech/text.hpp"

namespace govtech::text_reader {

namespace {

std::size_t sequence_length(unsigned char lead) {
  return lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

// Bytes of the white-space character at `pos`, or 0 when there is none there.
std::size_t space_at(std::string_view text, std::size_t pos) {
  const auto c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return (c == ' ' || (c >= '\t' && c <= '\r')) ? 1 : 0;
  // Every Unicode space outside ASCII starts with one of these lead bytes.
  if (c != 0xC2 && c != 0xE1 && c != 0xE2 && c != 0xE3 && c != 0xEF) return 0;
  std::size_t next = pos;
  return is_unicode_space(next_code_point(text, next)) ? next - pos : 0;
}

}  // namespace

std::string_view trim_spaces(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t n = space_at(text, start);
    if (n == 0) break;
    start += n;
  }
  std::size_t end = text.size();
  while (end > start) {
    // Step back to the first byte of the last character.
    std::size_t lead = end - 1;
    while (lead > start && (static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
    if (space_at(text, lead) != end - lead) break;
    end = lead;
  }
  return text.substr(start, end - start);
}

std::string normalise_spaces(std::string_view line) {
  std::string out;
  out.reserve(line.size());
  std::size_t pos = 0;
  std::size_t copied = 0;  // line[copied, pos) is waiting to be appended as written
  while (pos < line.size()) {
    const auto c = static_cast<unsigned char>(line[pos]);
    if (c > ' ' && c < 0x80) {  // the common case: printable ASCII
      ++pos;
      continue;
    }
    std::size_t n = space_at(line, pos);
    if (n == 0) {
      pos += sequence_length(static_cast<unsigned char>(line[pos]));
      continue;
    }
    std::size_t run_end = pos + n;
    std::size_t run = 1;
    while (run_end < line.size()) {
      std::size_t more = space_at(line, run_end);
      if (more == 0) break;
      run_end += more;
      ++run;
    }
    if (run == 1 && line[pos] != '\t') {
      pos = run_end;  // keep it as written
      continue;
    }
    out.append(line.substr(copied, pos - copied));
    out.push_back(' ');
    pos = copied = run_end;
  }
  out.append(line.substr(copied));
  return out;
}

}  // namespace govtech::text_reader
