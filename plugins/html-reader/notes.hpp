// Footnotes and endnotes as pages mark them: a reference (a link in <sup> or in an element CSS
// raises as superscript, role="doc-noteref",
// epub:type="noteref", Word's #_ftn1, Google Docs' #ftnt1) to an element kept apart in a notes
// container (role="doc-endnotes", class "footnotes", Word's mso-element:footnote-list), or
// marked as a note itself. Found before the walk, so that the notes leave the body however the
// page orders them.
#pragma once

#include <gumbo.h>

#include <unordered_map>
#include <vector>

#include "styles.hpp"

namespace html_reader {

struct PageNotes {
  // The element a reference stands in (its <a>, or the <sup> around it alone) -> the note's
  // element, whose content becomes the note. Each note is placed at its first reference only.
  std::unordered_map<const GumboNode*, const GumboNode*> note_at;
  // Out of the body: the notes, their back-links, and containers left with nothing else.
  std::vector<const GumboNode*> removed;
};

PageNotes find_notes(const GumboNode* root, const ClassStyles& styles);

}  // namespace html_reader
