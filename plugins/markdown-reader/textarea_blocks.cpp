#include "textarea_blocks.hpp"

#include <cctype>

namespace govtech::markdown {

namespace {

bool starts_with_nocase(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[i])) != prefix[i]) return false;
  }
  return true;
}

// Every tag looked for starts with '<', which has no case: jump from one '<' to the next.
std::size_t find_nocase(std::string_view text, std::string_view what, std::size_t from) {
  for (std::size_t i = text.find('<', from);
       i != std::string_view::npos && i + what.size() <= text.size(); i = text.find('<', i + 1)) {
    if (starts_with_nocase(text.substr(i), what)) return i;
  }
  return std::string_view::npos;
}

// The offset of `<textarea` opening a type-1 HTML block on this line (up to three spaces of
// indentation, then the tag name followed by white space, `>` or the end of the line).
std::optional<std::size_t> textarea_opening(std::string_view line) {
  std::size_t indent = 0;
  while (indent < line.size() && indent < 4 && line[indent] == ' ') ++indent;
  if (indent > 3 || !starts_with_nocase(line.substr(indent), "<textarea")) return std::nullopt;
  std::size_t after = indent + 9;
  if (after < line.size() && line[after] != ' ' && line[after] != '\t' && line[after] != '>') {
    return std::nullopt;
  }
  return indent;
}

// The top-level block a line belongs to: the last one starting on or before it.
const Block* block_at(const Blocks& top_level, std::uint32_t line) {
  const Block* found = nullptr;
  for (const Block& block : top_level) {
    if (block.pos.line == 0 || block.pos.line > line) continue;
    if (!found || block.pos.line >= found->pos.line) found = &block;
  }
  return found;
}

}  // namespace

std::optional<std::string> patch_textarea_blocks(std::string_view body, std::size_t body_offset,
                                                 const LineIndex& lines, const Blocks& top_level) {
  if (find_nocase(body, "<textarea", 0) == std::string_view::npos) return std::nullopt;
  std::optional<std::string> patched;
  std::size_t resume = 0;  // body offset before which everything is decided
  for (std::uint32_t line = lines.line_of(body_offset); line <= lines.line_count(); ++line) {
    std::size_t start = lines.line_start(line) - body_offset;
    if (start < resume) continue;
    auto opening = textarea_opening(lines.line_text(line));
    if (!opening) continue;
    const Block* block = block_at(top_level, line);
    bool misparsed = block && (block->kind() == BlockKind::paragraph ||
                               (block->kind() == BlockKind::raw && block->pos.line == line));
    if (!misparsed) continue;
    std::size_t open_at = start + *opening;
    // The block ends on the first line holding one of the closing tags of start condition 1;
    // md4c knows all of them but </textarea>.
    std::size_t close_at = std::string_view::npos;
    std::size_t earliest_other = std::string_view::npos;
    for (std::string_view other : {"</pre>", "</script>", "</style>"}) {
      earliest_other = std::min(earliest_other, find_nocase(body, other, open_at));
    }
    std::size_t textarea_close = find_nocase(body, "</textarea>", open_at);
    if (textarea_close < earliest_other) close_at = textarea_close;
    if (!patched) patched.emplace(body);
    patched->replace(open_at, 9, "<pre xxxx");
    if (close_at != std::string_view::npos) {
      patched->replace(close_at, 11, "xxxxx</pre>");
      resume = close_at + 11;
    } else {
      resume = earliest_other == std::string_view::npos ? body.size() : earliest_other;
    }
  }
  return patched;
}

}  // namespace govtech::markdown
