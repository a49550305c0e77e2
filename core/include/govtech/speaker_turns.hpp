// Transcripts written in speaker turns: paragraphs that open with a speaker's name and a
// colon ("Mara Lind: ...", the name often in bold), as podcast and event pages print them.
#pragma once

#include <cstddef>
#include <optional>

#include "govtech/ast.hpp"
#include "govtech/export.hpp"

namespace govtech {

// The interview in `blocks[from...]` when it is written in turns: at least two speakers with
// two turns each, labelled paragraphs making up much of the text, and one speaker (the
// interviewer) asking more than the others. The interviewer's turns become the questions
// and the others' the answers, each without its label, the names kept as the entries'
// speakers; unlabelled paragraphs continue the turn before them. The document holds
// `blocks[from, first turn)` as its intro and no metadata. Nothing when the blocks are not
// written in turns; `blocks` is then untouched.
GOVTECH_API std::optional<Document> read_speaker_turns(Blocks& blocks, std::size_t from = 0);

// Removes the first `bytes` bytes of the inlines' plain text (a label) and the spaces after
// them, inside formatting too; nodes left empty go.
GOVTECH_API void drop_leading_text(Inlines& inlines, std::size_t bytes);

}  // namespace govtech
