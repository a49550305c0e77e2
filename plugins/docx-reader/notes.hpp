// Footnotes and endnotes at their references. The body is read before the notes are, so a
// reference leaves a placeholder note naming its number, filled once the notes are read.
#pragma once

#include <cstddef>
#include <vector>

#include "govtech/ast.hpp"

namespace govtech::docx {

// The placeholder for the note numbered `number` (from 1).
Inline note_placeholder(std::size_t number);

// Fills every placeholder with the blocks of its note; a note that was referenced but not
// found (its blocks empty) stays its number in brackets, as Word shows it.
void place_notes(Document& doc, const std::vector<Blocks>& notes);

// Gives the placeholder numbered n the number numbers[n - 1]: a stretch of the body read on
// its own numbers its notes from 1 (body_in_parallel.cpp).
void renumber_notes(Inlines& inlines, const std::vector<std::size_t>& numbers);
void renumber_notes(Block& block, const std::vector<std::size_t>& numbers);

}  // namespace govtech::docx
