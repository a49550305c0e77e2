// The wording cues of a question, in the languages interviews are published in. Internal to
// the recogniser.
#pragma once

#include <string>
#include <string_view>

namespace govtech::recognise_detail {

// The text lower-cased for comparison: ASCII and the Latin, Greek and Cyrillic letters that
// have one-to-one lower-case forms; other scripts unchanged.
std::string fold_case(std::string_view text);

// Opens with an interrogative word ("How", "Pourquoi", "¿Qué", "Wie", "어떻게", "كيف", ...).
bool opens_with_interrogative(std::string_view folded);

// Opens with a request for an answer ("Tell us", "Describe", "Parlez-nous", "Cuéntenos", ...).
bool opens_with_imperative(std::string_view folded);

// Addresses the reader or interviewee: you, vous, usted, Sie, 당신, あなた, 您, ...
bool addresses_someone(std::string_view folded);

// Speaks as I or we (whether or not it also addresses someone).
bool speaks_in_first_person(std::string_view folded);

// Opens with a dash used by Japanese and Korean publications for the interviewer ("――").
std::size_t interviewer_dash(std::string_view text);

// Mostly upper-case letters (at least eight of them).
bool shouted(std::string_view text);

// Number of characters (code points).
std::size_t char_count(std::string_view text);

// Sentences ended inside the text (., !, ?, 。 followed by a space or the end).
std::size_t sentence_count(std::string_view text);

// "3. " or "3) " at the start: the number and the bytes the prefix takes, or number 0.
struct Numbering {
  int number = 0;
  std::size_t length = 0;
};
Numbering leading_number(std::string_view text);

// "This interview has been edited for length and clarity", "Share this article", ...
bool is_closing_note(std::string_view folded);

}  // namespace govtech::recognise_detail
