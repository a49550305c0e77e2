// Turning lines of plain text into the document's inlines and blocks.
#pragma once

#include <optional>
#include <string_view>

#include "govtech/ast.hpp"
#include "page.hpp"
#include "spaces.hpp"

namespace govtech::text_reader {

// Appends `text` to `out`, separated from what is already there by a soft break.
void append_line(Inlines& out, std::string_view text);

// The lines [first, first + count) of `group`, joined by soft breaks.
Inlines group_inlines(const Page& page, const Group& group, std::size_t first = 0);

// A group as a block: a bullet or numbered list when every line is a list item, else a
// paragraph. Lines from `first` on.
Block group_block(const Page& page, const Group& group, std::size_t first = 0);

// Appends a group's blocks to `out`: group_block(), except that a lead-in line followed by
// list items ("Three things:" / "- one" / "- two") becomes a paragraph and a list.
void add_group_blocks(Blocks& out, const Page& page, const Group& group, std::size_t first = 0);

// A paragraph holding `content`, placed at `pos`.
Block paragraph(Inlines content, SourcePos pos);

// A paragraph that starts with a bold speaker label ("Ama Owusu:"), for turns that cannot
// carry their speaker on a Q&A entry.
Block labelled_paragraph(std::string_view label, Inlines content, SourcePos pos);

// A line that starts with a number: "3. text" or "3) text".
struct NumberedItem {
  int number = 0;
  std::string_view text;  // after the number and its white space
};
std::optional<NumberedItem> numbered_item(std::string_view line);

// True when the (trimmed) line ends with a question mark, ASCII or full-width.
bool ends_with_question_mark(std::string_view line);

}  // namespace govtech::text_reader
