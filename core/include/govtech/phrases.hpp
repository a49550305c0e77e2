// The words a writer itself puts in a document, and the writing direction of a language.
//
// One table for every writer, generated at build time (core/gen/make_phrases.cpp) from the
// DocBook XSL stylesheets' translations (docbook-xsl-ns: "Table of Contents", "by", "and",
// the question and answer labels) and from CLDR (unicode-cldr-core: quotation marks, the
// character order, each language's likely script and each script's direction). A language
// the data does not translate gets the English words; `text_language` says which it got, so
// that a writer can mark them.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "govtech/ast.hpp"
#include "govtech/export.hpp"

namespace govtech {

// All views point into static storage: they live as long as the program.
struct Phrases {
  std::string_view language;       // the table's tag, lower case ("pt-br"; "en" for fallback)
  std::string_view text_language;  // the language the words below are in
  std::string_view contents;       // "Table of Contents", "차례", "قائمة المحتويات"
  std::string_view by;             // "by", "par"; empty where the locale puts no word
  std::string_view by_capitalised;  // "By", "Par": `by` starting a sentence
  std::string_view and_joiner;      // between the last two names: " and ", " et ", "、", ", "
  std::string_view question;        // the question label without punctuation: "Q", "질문", "问"
  std::string_view answer;          // "A", "답변", "答"
  std::string_view notes;           // the heading of a list of notes: "Notes", "주석"
  std::string_view quote_start;     // “ « 「 ”
  std::string_view quote_end;
  std::string_view inner_quote_start;  // the quotation marks of a quote inside a quote
  std::string_view inner_quote_end;
  Direction direction;  // ltr or rtl
};

// The phrases for a BCP 47 tag, case-insensitive: the tag itself, then with its last subtag
// dropped ("pt-BR" -> "pt"), then English. "_" counts as "-".
GOVTECH_API const Phrases& phrases_for(std::string_view bcp47);

// Every row of the table, sorted by tag: for what is looked for in every language at once
// (the question and answer labels a reader may meet).
GOVTECH_API std::span<const Phrases> all_phrases();

// The marks around a Quoted in `language`: the language's quotation marks (the inner pair for
// a single-quoted quotation), with the no-break spaces French typography puts inside « ».
struct QuoteMarks {
  std::string open;
  std::string close;
};
GOVTECH_API QuoteMarks quote_marks(std::string_view language, QuoteKind kind);

// The primary language subtag of a BCP 47 tag, lower case: "EN-US" and "en_GB" give "en". Two
// tags with the same one are one language to a reader's voice.
GOVTECH_API std::string primary_language(std::string_view bcp47);
// Whether `a` and `b` have the same primary subtag, as primary_language() gives it ("EN-US"
// and "en"), without making either.
GOVTECH_API bool same_primary_language(std::string_view a, std::string_view b);

// ltr or rtl for a BCP 47 tag: its script subtag decides when it has one ("pa-Arab"), else
// the language ("ar", "dv", "ckb" -> rtl); unspecified for an empty tag.
GOVTECH_API Direction direction_of_language(std::string_view bcp47);

// The document's direction: its own (-M dir=, front matter) when given, else its language's;
// ltr when neither says.
GOVTECH_API Direction document_direction(const Metadata& meta);

// "rtl", "ltr" or "" (unspecified), as HTML's and DocBook's dir attributes spell them.
GOVTECH_API std::string_view direction_name(Direction direction);

// The dir attribute a root element (html, article) needs for text in `language` whose own
// direction is `direction` (unspecified: the language's): "rtl" for right-to-left text, "ltr"
// only where it overrides a right-to-left language, else "" (no attribute: ltr is the
// default).
GOVTECH_API std::string_view root_dir(Direction direction, std::string_view language);

}  // namespace govtech
