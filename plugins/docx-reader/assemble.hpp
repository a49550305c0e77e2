// From the document's paragraphs to the interview: Q:/A: labels or speaker turns where the
// document uses them, else the core's recogniser, whose roles place each paragraph in the
// header, the intro, a question, an answer or the trailing matter. Lists, quotations and code
// are gathered from their paragraphs here, and the notes are placed at their references.
#pragma once

#include <string>
#include <vector>

#include "body.hpp"
#include "govtech/ast.hpp"
#include "govtech/diagnostics.hpp"

namespace govtech::docx {

struct Note {
  std::vector<Item> items;  // empty when the note was referenced but not found
};

// `meta` holds what the package's properties said; the text's own header wins over it.
// `layout` is "auto" (the first that fits of qa, transcript, recognised, article) or one of
// them, forced: Error(input) when the document does not follow it.
Document assemble(std::vector<Item> items, std::vector<Note> notes, Metadata meta,
                  const std::string& layout, Diagnostics& diagnostics);

}  // namespace govtech::docx
