// Finding the interview in a sequence of paragraphs: the stage every reader shares.
//
// A reader knows its own syntax; what makes a paragraph a question does not depend on it. So a
// reader turns its input into Units (the plain text of each paragraph with the hints its
// format gives: bold, a heading, the blank lines around it) and asks recognise_interview()
// which of them are the header, the questions and the answers. The reader then builds its
// Document from those roles with its own inline content.
//
// The recogniser weighs evidence rather than demanding one layout: a question mark of any
// script, an interrogative or imperative opening in the common publishing languages, the
// reader's hints, numbering in sequence, a question shorter than what follows it, and above
// all consistency: whatever most of the questions share (their spacing, bold, second-person
// address) is asked of the rest, so that an answer ending in a rhetorical question stays an
// answer. An article that quotes a question or asks one rhetorically has no interview.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "govtech/ast.hpp"
#include "govtech/diagnostics.hpp"
#include "govtech/export.hpp"

namespace govtech {

// One paragraph of the input, as its reader sees it.
struct Unit {
  std::string_view text{};          // plain text, trimmed; must outlive the call
  SourcePos pos{};                  // where it starts
  std::uint32_t blanks_before = 1;  // blank lines before it in the source (0: none)
  std::uint32_t blanks_after = 1;
  int heading = 0;      // heading level, 0 when not a heading
  bool bold = false;    // bold and nothing else
  bool nested = false;  // inside a list, quote, table or code block: never a question
};

// What a unit turned out to be.
enum class UnitRole : std::uint8_t {
  body,         // prose before the first question (or the whole of an article)
  title,        // the headline
  subtitle,     // the standfirst under the headline
  interviewee,  // "Name, Role, Unit, Organisation, Country"; also the title
  byline,       // "By Name | 12 March 2024"
  series,       // "Women in GovTech Special Report 2020."
  credit,       // "Photo: ..." or a caption: kept as body, never a question
  dateline,     // a date on its own
  question,
  answer,
  trailing  // after the last answer: "This interview has been edited for length."
};

struct Recognition {
  // The layout found: "published" (a header and questions set apart by blank lines),
  // "unlabelled" (questions told by their wording), "numbered", "bold", "headings";
  // empty when the units hold no interview.
  std::string layout;
  double confidence = 0;            // 0..1
  std::vector<UnitRole> roles;      // one per unit
  std::vector<std::uint32_t> skip;  // bytes to drop from the start of a question ("3. ")
  std::size_t questions = 0;
  std::size_t question_like = 0;      // units that read as questions, interview or not
  SourcePos first_question_like{};    // where the first of them is
  std::string why_not;                // when no interview was found: why, in words
  Metadata meta;                      // what the header said (title, interviewee, byline, ...)
  std::vector<std::string> evidence;  // why, in words, for -v
};

struct RecogniseSettings {
  bool read_header = true;  // look for a headline, byline, interviewee line above the questions
};

// Classifies every unit. Linear in the total size of the units.
GOVTECH_API Recognition recognise_interview(std::span<const Unit> units,
                                            const RecogniseSettings& settings = {});

// Copies into `meta` what the recognised header said (`found.meta`: title, subtitle,
// interviewee, byline, series, date, extra keys) where `meta` says nothing yet, so that front
// matter or a keyed header, read first, wins.
GOVTECH_API void adopt_header(Metadata& meta, const Metadata& found);

// Tells, for --report and -v, that the input was read as an article: the "layout" fact, the
// recogniser's evidence as notes, and a warning naming the first question-like unit when two or
// more were left as prose. `units` names them in the warning ("lines", "paragraphs"); `hint`
// ends it ("-v explains"). Returns whether it warned.
GOVTECH_API bool report_article(const Recognition& found, std::string_view units,
                                std::string_view hint, Diagnostics& diagnostics);

// -------------------------------------------------------------------------------------------
// The cues it uses, for readers that need one of them alone.

// Ends with a question mark of any script (? ？ ؟ ; in Greek ՞ ፧ ⸮), closing quotes and
// brackets allowed after it; or opens with Spanish ¿ and closes it.
GOVTECH_API bool asks_question(std::string_view text);

// "By Ana Lima | 12 March 2024", "Par Claire Dubois", "글 김민준 기자", "聞き手：佐藤": the
// authors and, if the line gives one, the date (ISO 8601 when it can be read, else as written).
struct Byline {
  std::vector<std::string> authors;
  std::string date;
};
GOVTECH_API std::optional<Byline> parse_byline(std::string_view line);

// What a label before a question or answer says, by its key in lower case: "q", "question",
// "p" (pregunta), "frage", "질문", "問", "q1", ... ask; "a", "answer", "r", "antwort", "답변",
// "答", ... answer. How the label is written ("Q:", "Q.", "Q -") is the reader's to parse.
enum class QaLabel { none, question, answer };
GOVTECH_API QaLabel qa_label_kind(std::string_view key);

// A person's name as bylines and speaker labels print it: one to five words, each capitalised
// (or a particle such as "de" or "van"), or a short name in a script without case.
GOVTECH_API bool looks_like_person_name(std::string_view text);

// "Photo: ...", "Image credit: ...", "Foto: ...", "사진=...": a picture's credit or caption.
GOVTECH_API bool is_credit_line(std::string_view line);

// "12 March 2024", "March 12, 2024", "2024-03-12": the date in ISO 8601, or nothing.
GOVTECH_API std::optional<std::string> parse_date(std::string_view text);

// The interviewee from a header line "Name, Role, [Units,] Organisation, [Place,] Country",
// read by meaning where the data allows: a trailing country (ISO 3166-1) and a province or
// state (ISO 3166-2) are places, not the organisation. What cannot be placed stays as written.
struct PersonLine {
  Person person;
  std::string region;  // a subdivision named before the country ("West Java"), if any
};
GOVTECH_API PersonLine person_from_header_line(std::string_view line);

// Whether `text` names a country (ISO 3166-1 name, common name or official name) or a
// subdivision of one (ISO 3166-2), compared without regard to case.
GOVTECH_API bool is_country_name(std::string_view text);
GOVTECH_API bool is_subdivision_name(std::string_view text);

}  // namespace govtech
