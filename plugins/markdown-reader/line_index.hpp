// Maps byte offsets in a text to line numbers, and gives lines back: md4c reports no positions,
// so the reader locates blocks by where their text sits in the input.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

namespace govtech::markdown {

class LineIndex {
 public:
  explicit LineIndex(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n' && i + 1 < text.size()) starts_.push_back(i + 1);
    }
  }

  // The line (from 1) holding the byte at `offset`. O(log lines).
  std::uint32_t line_of(std::size_t offset) const {
    auto after = std::upper_bound(starts_.begin(), starts_.end(), offset);
    return static_cast<std::uint32_t>(after - starts_.begin());
  }

  std::uint32_t line_count() const { return static_cast<std::uint32_t>(starts_.size()); }

  // Line `line` (from 1) without its line ending; empty beyond the last line.
  std::string_view line_text(std::uint32_t line) const {
    if (line == 0 || line > starts_.size()) return {};
    std::size_t begin = starts_[line - 1];
    std::size_t end = line < starts_.size() ? starts_[line] : text_.size();
    std::string_view text = text_.substr(begin, end - begin);
    if (!text.empty() && text.back() == '\n') text.remove_suffix(1);
    return text;
  }

  std::size_t line_start(std::uint32_t line) const { return starts_[line - 1]; }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

}  // namespace govtech::markdown
