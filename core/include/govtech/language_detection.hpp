// Which language a text is in, for documents that do not say (CLD2, the Compact Language
// Detector of Debian's libcld2, linked by the core only).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "govtech/ast.hpp"
#include "govtech/diagnostics.hpp"
#include "govtech/export.hpp"

namespace govtech {

struct DetectedLanguage {
  std::string tag;          // BCP 47: "ko", "he", "zh", "zh-Hant"
  std::string name;         // in English: "Korean"
  int percent = 0;          // the share of the text in that language
  std::size_t letters = 0;  // the characters it was judged on (not spaces, digits, punctuation)
};

// The fewest letters a guess is made on: below it detection says nothing.
inline constexpr std::size_t kMinLettersToDetect = 20;

// The language of `utf8` when the detector is sure of it (CLD2 calls it reliable, it covers
// at least `min_percent` of the text, and the text has at least `min_letters` letters);
// otherwise nothing. Invalid UTF-8 gives nothing.
GOVTECH_API std::optional<DetectedLanguage> detect_language(
    std::string_view utf8, int min_percent = 60, std::size_t min_letters = kMinLettersToDetect);

// The document's text as detection reads it: title, subtitle, questions, answers, the rest.
GOVTECH_API std::string detection_text(const Document& doc);

// For a document whose metadata gives no language: sets meta.language to the detected one,
// with a warning naming it and its confidence (and a note with the details, for -v). Does
// nothing when the language is given, or when the text is too short or mixed to be sure.
GOVTECH_API void detect_document_language(Document& doc, Diagnostics& diagnostics);

// A part of a document is marked only when it is this long and this surely in one language:
// a wrong lang on a paragraph makes a screen reader read it in the wrong voice.
inline constexpr std::size_t kMinLettersForPart = 50;
inline constexpr int kMinPercentForPart = 90;

// Wraps each answer (or, when the answer is mixed, each top-level paragraph of it, the
// introduction and the closing matter) that is surely in another language than the
// document's in a Division whose attributes give that language (and its direction where it
// differs from the document's), with a note for -v; a question so long and sure is wrapped
// in a Span the same way. Nothing when the document has no language.
GOVTECH_API void mark_other_languages(Document& doc, Diagnostics& diagnostics);

}  // namespace govtech
