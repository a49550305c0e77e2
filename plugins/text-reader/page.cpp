#include "page.hpp"

#include "govtech/text.hpp"
#include "spaces.hpp"

namespace govtech::text_reader {

namespace {

// Characters (not bytes) in the white space that `trimmed` dropped from the start of `raw`.
std::uint32_t leading_columns(std::string_view raw, std::string_view trimmed) {
  std::size_t bytes = static_cast<std::size_t>(trimmed.data() - raw.data());
  std::uint32_t columns = 1;
  for (std::size_t i = 0; i < bytes; ++i) {
    // Count only the first byte of each character.
    if ((static_cast<unsigned char>(raw[i]) & 0xC0) != 0x80) ++columns;
  }
  return columns;
}

}  // namespace

Page split_into_groups(std::string_view text) {
  Page page;
  std::uint32_t number = 0;
  bool in_group = false;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(start, end - start);
    ++number;
    std::string_view trimmed = trim_spaces(raw);
    if (trimmed.empty()) {
      if (!page.groups.empty()) ++page.groups.back().blanks_after;
      in_group = false;
    } else {
      if (!in_group) page.groups.push_back({page.lines.size(), 0, 0});
      in_group = true;
      page.lines.push_back({trimmed, number, leading_columns(raw, trimmed)});
      ++page.groups.back().count;
    }
    if (end == text.size()) break;
    start = end + 1;
  }
  return page;
}

}  // namespace govtech::text_reader
