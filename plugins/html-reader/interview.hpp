// The interview in a page's blocks.
//
// Three readings, the first that fits wins:
//   sections     this project's own HTML writer: an <article> with a <header> and one
//                <section aria-labelledby> per question, read back exactly as it was written;
//   qa           paragraphs labelled "Q:" (or "Q.", "Question:", the label bold or not), the
//                answer after them optionally labelled "A:"; also "Q: ...<br>A: ..." in one
//                paragraph;
//   definitions  a <dl> whose terms ask and whose definitions answer;
// and otherwise the core's recogniser over the top-level paragraphs, with bold (<b>,
// <strong>, a CSS class or style) and heading levels as hints, and lists, quotes, tables and
// code as never questions.
#pragma once

#include <gumbo.h>

#include <optional>

#include "blocks.hpp"
#include "govtech/ast.hpp"
#include "govtech/diagnostics.hpp"

namespace html_reader {

// The page as this project's HTML writer wrote it, or nothing when `article` is not such.
std::optional<govtech::Document> read_own_article(const GumboNode* article, Converter& converter,
                                                  govtech::Metadata meta,
                                                  govtech::Diagnostics& diagnostics);

govtech::Document assemble_interview(TopBlocks top, govtech::Metadata meta,
                                     govtech::Diagnostics& diagnostics);

}  // namespace html_reader
