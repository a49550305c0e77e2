#include "blocks.hpp"

#include <optional>

#include "spaces.hpp"

namespace govtech::text_reader {

void append_line(Inlines& out, std::string_view text) {
  if (!out.empty()) out.emplace_back(SoftBreak{});
  out.emplace_back(Text{normalise_spaces(text)});
}

Inlines group_inlines(const Page& page, const Group& group, std::size_t first) {
  Inlines out;
  // A line and the break before it: reserved once, so that a paragraph of a million short
  // lines is not grown by doubling (half again its size, left unused).
  if (group.count > first) out.reserve(2 * (group.count - first) - 1);
  for (std::size_t i = first; i < group.count; ++i) append_line(out, page.line_of(group, i).text);
  return out;
}

Block paragraph(Inlines content, SourcePos pos) {
  return Block(Paragraph{std::move(content)}, pos);
}

Block labelled_paragraph(std::string_view label, Inlines content, SourcePos pos) {
  Inlines with_label;
  with_label.reserve(content.size() + 2);
  with_label.emplace_back(Strong{{Text{std::string(label) + ":"}}});
  with_label.emplace_back(Text{" "});
  for (auto& node : content) with_label.push_back(std::move(node));
  return paragraph(std::move(with_label), pos);
}

bool ends_with_question_mark(std::string_view line) {
  if (line.empty()) return false;
  if (line.back() == '?') return true;
  constexpr std::string_view full_width = "\xEF\xBC\x9F";  // U+FF1F
  return line.size() >= 3 && line.substr(line.size() - 3) == full_width;
}

namespace {

// "- item", "* item", "• item", "– item": the text after the marker.
std::optional<std::string_view> bullet_item(std::string_view line) {
  for (std::string_view marker : {"- ", "* ", "\xE2\x80\xA2 ", "\xE2\x80\x93 "}) {
    if (line.substr(0, marker.size()) == marker) return trim_spaces(line.substr(marker.size()));
  }
  return std::nullopt;
}

}  // namespace

std::optional<NumberedItem> numbered_item(std::string_view line) {
  std::size_t i = 0;
  int number = 0;
  while (i < line.size() && i < 4 && line[i] >= '0' && line[i] <= '9') {
    number = number * 10 + (line[i] - '0');
    ++i;
  }
  if (i == 0 || i >= line.size() || (line[i] != '.' && line[i] != ')')) return std::nullopt;
  std::string_view rest = line.substr(i + 1);
  std::string_view text = trim_spaces(rest);
  if (text.empty() || text.size() == rest.size()) return std::nullopt;  // needs a space
  return NumberedItem{number, text};
}

namespace {

ListItem item_of(std::string_view text, SourcePos pos) {
  ListItem item;
  item.blocks.push_back(paragraph({Text{normalise_spaces(text)}}, pos));
  return item;
}

std::optional<Block> as_bullet_list(const Page& page, const Group& group, std::size_t first) {
  BulletList list;
  for (std::size_t i = first; i < group.count; ++i) {
    const SourceLine& line = page.line_of(group, i);
    auto text = bullet_item(line.text);
    if (!text || text->empty()) return std::nullopt;
    list.items.push_back(item_of(*text, line.pos()));
  }
  return Block(std::move(list), page.line_of(group, first).pos());
}

std::optional<Block> as_ordered_list(const Page& page, const Group& group, std::size_t first) {
  OrderedList list;
  for (std::size_t i = first; i < group.count; ++i) {
    const SourceLine& line = page.line_of(group, i);
    auto item = numbered_item(line.text);
    if (!item) return std::nullopt;
    if (i == first) {
      list.start = item->number;
    } else if (item->number != list.start + static_cast<int>(i - first)) {
      return std::nullopt;  // numbers out of sequence: not a list
    }
    list.items.push_back(item_of(item->text, line.pos()));
  }
  return Block(std::move(list), page.line_of(group, first).pos());
}

}  // namespace

Block group_block(const Page& page, const Group& group, std::size_t first) {
  // One line on its own is a paragraph even if it starts with "- ": it is too little evidence.
  if (group.count - first >= 2) {
    if (auto list = as_bullet_list(page, group, first)) return std::move(*list);
    if (auto list = as_ordered_list(page, group, first)) return std::move(*list);
  }
  return paragraph(group_inlines(page, group, first), page.line_of(group, first).pos());
}

void add_group_blocks(Blocks& out, const Page& page, const Group& group, std::size_t first) {
  if (group.count - first >= 3) {
    Block list = group_block(page, group, first + 1);
    if (list.kind() != BlockKind::paragraph) {
      const SourceLine& lead = page.line_of(group, first);
      out.push_back(paragraph({Text{normalise_spaces(lead.text)}}, lead.pos()));
      out.push_back(std::move(list));
      return;
    }
  }
  out.push_back(group_block(page, group, first));
}

}  // namespace govtech::text_reader
