// Documents built directly as trees, so the DocBook writer can be tested (and its output
// validated) independently of any reader.
#pragma once

#include "govtech/ast.hpp"

namespace govtech::testing {

// An interview using every metadata field and every block and inline kind.
Document full_interview();

// A document that is not an interview, with no title and no language.
Document plain_article();

// Text and structure meant to break a careless writer: markup and "]]>" in text, characters
// XML forbids, odd URLs, empty containers, ragged tables, deep nesting.
Document hostile_document();

// Two interviews in different languages as one publication.
Collection two_interview_collection();

}  // namespace govtech::testing
