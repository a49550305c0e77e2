// Documents built in C++ for the HTML writer's tests: each exercises one concern.
#pragma once

#include "govtech/ast.hpp"

namespace html_test {

// An interview using every block and inline kind, speakers, task items, a table, full
// metadata (title, subtitle, interviewee, two authors, series, date, keywords, rights).
govtech::Document kitchen_sink_interview();

// Hostile input: a title holding </title>, & and ", answers holding <script>, <img onerror>,
// <iframe>, javascript: and data: links, metadata holding </script>.
govtech::Document hostile_interview();

// A document that is not an interview (Markdown-like body with headings that skip levels).
govtech::Document plain_article();

// A small interview in French, to check the page's language and its words.
govtech::Document french_interview();

}  // namespace html_test
