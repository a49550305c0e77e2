// A decoded text split into its non-blank lines and the groups (paragraphs) they form.
//
// Plain text carries its structure in blank lines, so every layout starts from here: a group is
// a run of consecutive non-blank lines, and what matters between groups is how many blank lines
// separate them. "Blank" is Unicode-wide: a line holding only no-break spaces or tabs is blank.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "govtech/ast.hpp"

namespace govtech::text_reader {

struct SourceLine {
  std::string_view text;  // trimmed of Unicode white space at both ends; never empty
  std::uint32_t number = 0;
  std::uint32_t column = 1;  // of the first character that is not white space

  SourcePos pos() const { return {number, column}; }
};

struct Group {
  std::size_t first = 0;         // index of its first line in Page::lines
  std::size_t count = 0;         // number of lines, at least 1
  std::size_t blanks_after = 0;  // blank lines that follow it (trailing ones for the last group)
};

// A position inside a page: a group, and a line inside that group.
struct Cursor {
  std::size_t group = 0;
  std::size_t line = 0;
};

struct Page {
  std::vector<SourceLine> lines;  // non-blank lines only
  std::vector<Group> groups;

  const SourceLine& line_of(const Group& g, std::size_t i) const { return lines[g.first + i]; }
  const SourceLine& first_line(const Group& g) const { return lines[g.first]; }
  // A group that holds exactly one line.
  bool single_line(std::size_t group) const { return groups[group].count == 1; }
};

// Splits `text` (decoded: UTF-8, LF line endings only) into lines and groups. The page refers
// into `text`, which must outlive it. Linear in the size of the text.
Page split_into_groups(std::string_view text);

}  // namespace govtech::text_reader
