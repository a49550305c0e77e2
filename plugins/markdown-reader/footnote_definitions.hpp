// Footnote definitions (`[^label]: text`, continued by lines indented four spaces) found
// before md4c parses the text. md4c knows no footnotes: left in, a definition would become a
// link reference definition (its text lost) or a paragraph starting "[^label]:".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace govtech::markdown {

struct FootnoteDefinition {
  std::string label;       // as matched: case-folded, white space collapsed
  std::string text;        // the note's Markdown, its continuation lines unindented
  std::uint32_t line = 0;  // the line of `[^label]:`, counted in the body
};

struct FootnoteDefinitions {
  // The body with every definition's lines blanked (spaces, line endings kept), so that
  // offsets and lines stay where they were; empty when the body has no definition.
  std::string blanked;
  std::vector<FootnoteDefinition> definitions;  // in input order
};

// Definitions start a block at the top level: at most three spaces in, not inside fenced
// code, after a blank line (a definition cannot interrupt a paragraph) or another definition.
FootnoteDefinitions extract_footnote_definitions(std::string_view body);

// The label of a reference or definition as it is matched: ASCII case folded and runs of
// white space made one space.
std::string footnote_key(std::string_view label);

// How long the footnote reference `[^label]` at the start of `text` is, or 0.
std::size_t footnote_reference_length(std::string_view text);

}  // namespace govtech::markdown
