// The inline syntax md4c leaves as text, read from the text it leaves: footnote references
// `[^label]`, inline notes `^[…]`, superscripts `^x^` and bracketed spans `[text]{.class}`.
#pragma once

#include <functional>
#include <optional>
#include <string>

#include "govtech/ast.hpp"
#include "govtech/diagnostics.hpp"

namespace govtech::markdown {

struct InlineSyntax {
  // The blocks of the note a reference names (its label as footnote_key gives it), or
  // nothing when no such note is defined. Unset: `[^label]` stays text.
  std::function<std::optional<Blocks>(const std::string& key, SourcePos where)> note{};
  bool inline_notes = true;     // ^[…]
  bool superscripts = true;     // ^x^
  bool bracketed_spans = true;  // [text]{#id .class lang=ko}
};

// Reads that syntax in every inline sequence of `blocks` (questions and answers come later).
void read_inline_syntax(Blocks& blocks, const InlineSyntax& syntax, Diagnostics& diagnostics);

// The same for one sequence (and everything inside it), as found in a block at `where`.
void read_inline_syntax(Inlines& inlines, const InlineSyntax& syntax, SourcePos where,
                        Diagnostics& diagnostics);

// Adjacent Text nodes made one, in `inlines` only (not inside its nodes).
void merge_adjacent_text(Inlines& inlines);

// Calls `visit(inlines, pos)` for every inline sequence held directly by a block of `blocks`
// or of the blocks inside them (list items, quotes, divisions, table cells, figure captions,
// definition lists), not for sequences inside inline nodes.
void for_each_block_inlines(Blocks& blocks, const std::function<void(Inlines&, SourcePos)>& visit);

}  // namespace govtech::markdown
