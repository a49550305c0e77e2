// The layouts the text reader recognises. Each reader returns nothing when the page does not
// follow its layout, so that read_page() can try the next one.
#pragma once

#include <optional>
#include <string_view>

#include "govtech/plugin.hpp"
#include "govtech/recognise.hpp"
#include "page.hpp"

namespace govtech::text_reader {

// "Q:" / "A:" prefixes under an optional block of `Key: value` lines.
std::optional<Document> read_qa_layout(const Page& page);

// A transcript of "NAME: text" turns; Host:/Guest: header lines say who asks.
std::optional<Document> read_transcript_layout(const Page& page);

// The layout publications use: interviewee line, byline, series line, then questions and
// answers separated by two blank lines.
std::optional<Document> read_published_layout(const Page& page, Diagnostics& diagnostics);

// "1. What ...?" questions with answers beneath, under a title and an "Interview by" line.
std::optional<Document> read_numbered_layout(const Page& page);

// Questions told by their wording and spacing alone, found by the core's recogniser (which
// also reads a headline, byline, credit and interviewee line above them). `explained`, when
// given, receives the recogniser's findings whether or not an interview was found.
std::optional<Document> read_recognised_layout(const Page& page, Recognition* explained);

// Not an interview: every paragraph becomes body content.
Document read_plain_text(const Page& page);

// Picks the layout: the one named by the "text-layout" option (auto, published, qa, numbered,
// transcript, unlabelled, plain), or else the first that fits in the order above. Says which
// layout it chose (a note, shown by -v) and warns when question-like lines were left as prose.
Document read_page(const Page& page, ReadContext& ctx);

}  // namespace govtech::text_reader
