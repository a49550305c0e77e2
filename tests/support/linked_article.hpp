// A text without questions whose links lead within it: to headings by their automatic ids and
// by an id the author gave, to a span, across its top sections (so across the documents of a
// split EPUB), and once to nothing. The writers' tests and the validators' books use it.
#pragma once

#include "govtech/ast.hpp"

namespace govtech_test {

// Title "Measuring water"; top sections "Method" (## and ### Sampling), "Results" (id
// "results") and "Method" again (automatic id "method-2"); a paragraph at line 3 links to
// "#method", "#results", "#sampling", "#dry-season" (a span) and "#nowhere" (missing).
govtech::Document linked_article();

}  // namespace govtech_test
