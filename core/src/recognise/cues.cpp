#include "cues.hpp"

#include <array>
#include <cstdint>
#include <cstring>

#include "govtech/text.hpp"

namespace govtech::recognise_detail {

namespace {

char32_t lower_code_point(char32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if ((c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 32;                // Latin-1
  if (c >= 0x100 && c <= 0x17F && c % 2 == 0 && c != 0x130) return c + 1;  // Latin Extended-A
  if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;               // Greek
  if (c >= 0x410 && c <= 0x42F) return c + 32;                             // Cyrillic
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

bool is_letter_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || c >= 0x80;
}

// Scripts written without spaces between words: a cue there is a prefix, not a word.
bool unspaced_script(std::string_view text) {
  std::size_t pos = 0;
  if (text.empty()) return false;
  char32_t c = next_code_point(text, pos);
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x3400 && c <= 0x9FFF) ||
         (c >= 0xAC00 && c <= 0xD7AF) || (c >= 0xFF00 && c <= 0xFFEF);
}

// `folded` opens with `cue` as a whole word (or as a prefix in unspaced scripts).
bool opens_with(std::string_view folded, std::string_view cue) {
  // The first byte tells most cues apart, without a call to compare the rest.
  if (folded.empty() || folded.front() != cue.front()) return false;
  if (folded.substr(0, cue.size()) != cue) return false;
  if (folded.size() == cue.size()) return true;
  if (unspaced_script(cue)) return true;
  const unsigned char next = static_cast<unsigned char>(folded[cue.size()]);
  if (cue.back() == ' ' || cue.back() == '\'' || cue.back() == '-') return true;
  return !is_letter_byte(next) && !(next >= '0' && next <= '9');
}

template <std::size_t N>
bool opens_with_any(std::string_view folded, const std::string_view (&cues)[N]) {
  // Spanish questions open with ¿ (and sometimes a quote); the cue follows it.
  for (std::string_view lead : {"\xC2\xBF", "\xE2\x80\x9C", "\"", "\xC2\xAB "}) {
    if (folded.substr(0, lead.size()) == lead) folded = trim(folded.substr(lead.size()));
  }
  for (std::string_view cue : cues) {
    if (opens_with(folded, cue)) return true;
  }
  return false;
}

// Words that open a question. English, French, Spanish, Portuguese, German, Italian, Dutch,
// Indonesian and Malay, the Scandinavian languages, Greek, Arabic, Hebrew, Korean, Japanese and
// Chinese: the languages of the publications this tool serves.
constexpr std::string_view kInterrogatives[] = {
    // English
    "what", "what's", "how", "how's", "why", "when", "where", "who", "whom", "whose", "which", "is",
    "are", "was", "were", "do", "does", "did", "can", "could", "would", "will", "should", "have",
    "has", "had", "may", "might", "so how", "so what", "and how", "and what", "to what extent",
    "in what", "in your", "from your",
    // French
    "qu'est-ce",
    "qu\xE2\x80\x99"
    "est-ce",
    "que", "quel", "quelle", "quels", "quelles", "comment", "pourquoi", "quand", "o\xC3\xB9", "qui",
    "combien", "est-ce", "avez-vous", "pouvez-vous", "\xC3\xAAtes-vous", "selon vous", "quelle est",
    "en quoi", "y a-t-il",
    // Spanish, Portuguese
    "qu\xC3\xA9", "c\xC3\xB3mo", "por qu\xC3\xA9", "cu\xC3\xA1l", "cu\xC3\xA1les", "cu\xC3\xA1ndo",
    "d\xC3\xB3nde", "qui\xC3\xA9n", "cu\xC3\xA1nto", "cu\xC3\xA1nta", "o que", "como", "por que",
    "porque", "qual", "quais", "quando", "onde", "quem", "quanto", "en su opini\xC3\xB3n",
    "na sua opini\xC3\xA3o",
    // German
    "was", "wie", "warum", "wann", "wo", "wer", "welche", "welcher", "welches", "weshalb", "wieso",
    "inwiefern", "woran",
    "wof\xC3\xBC"
    "r",
    "worauf", "k\xC3\xB6nnen", "haben", "sind", "gibt", "ist", "hat", "wird", "werden", "sehen sie",
    // Italian
    "cosa", "che cosa", "come", "perch\xC3\xA9", "quale", "quali", "dove", "chi", "quanto",
    "quanti", "qual \xC3\xA8",
    // Dutch
    "wat", "hoe", "waarom", "wanneer", "waar", "welke", "kunt", "heeft", "hebt", "bent",
    // Indonesian, Malay
    "apa", "apakah", "bagaimana", "mengapa", "kenapa", "kapan", "di mana", "siapa", "seberapa",
    "sejauh mana", "bisakah", "boleh",
    // Swedish, Norwegian, Danish
    "vad", "hur", "varf\xC3\xB6r", "n\xC3\xA4r", "vem", "vilken", "vilka", "hva", "hvordan",
    "hvorfor", "n\xC3\xA5r", "hvem", "hvilken", "hvilke", "hvad",
    // Greek
    "\xCF\x84\xCE\xB9", "\xCF\x80\xCF\x8E\xCF\x82", "\xCE\xB3\xCE\xB9\xCE\xB1\xCF\x84\xCE\xAF",
    "\xCF\x80\xCE\xBF\xCE\xB9\xCE\xBF\xCF\x82",
    // Arabic
    "\xD9\x85\xD8\xA7", "\xD9\x85\xD8\xA7\xD8\xB0\xD8\xA7", "\xD9\x83\xD9\x8A\xD9\x81",
    "\xD9\x84\xD9\x85\xD8\xA7\xD8\xB0\xD8\xA7", "\xD9\x85\xD8\xAA\xD9\x89",
    "\xD8\xA3\xD9\x8A\xD9\x86", "\xD9\x85\xD9\x86", "\xD9\x87\xD9\x84",
    "\xD8\xA5\xD9\x84\xD9\x89 \xD8\xA3\xD9\x8A", "\xD8\xA8\xD8\xB1\xD8\xA3\xD9\x8A\xD9\x83",
    // Hebrew
    "\xD7\x9E\xD7\x94", "\xD7\x90\xD7\x99\xD7\x9A", "\xD7\x9C\xD7\x9E\xD7\x94",
    "\xD7\x9E\xD7\x93\xD7\x95\xD7\xA2", "\xD7\x9E\xD7\xAA\xD7\x99",
    "\xD7\x90\xD7\x99\xD7\xA4\xD7\x94", "\xD7\x9E\xD7\x99", "\xD7\x94\xD7\x90\xD7\x9D",
    // Korean
    "\xEB\xAC\xB4\xEC\x97\x87", "\xEC\x96\xB4\xEB\x96\xBB\xEA\xB2\x8C", "\xEC\x99\x9C",
    "\xEC\x96\xB8\xEC\xA0\x9C", "\xEC\x96\xB4\xEB\x94\x94", "\xEB\x88\x84\xEA\xB5\xAC",
    "\xEC\x96\xB4\xEB\x96\xA4", "\xEC\x96\xB4\xEB\x96\xA0\xED\x95\x9C",
    // Japanese
    "\xE4\xBD\x95", "\xE3\x81\xA9\xE3\x81\x86", "\xE3\x81\xAA\xE3\x81\x9C",
    "\xE3\x81\x84\xE3\x81\xA4", "\xE3\x81\xA9\xE3\x81\x93", "\xE8\xAA\xB0",
    "\xE3\x81\xA9\xE3\x81\xAE", "\xE3\x81\xA9\xE3\x82\x93\xE3\x81\xAA",
    // Chinese
    "\xE4\xBB\x80\xE4\xB9\x88", "\xE5\xA6\x82\xE4\xBD\x95", "\xE4\xB8\xBA\xE4\xBB\x80",
    "\xE6\x80\x8E", "\xE5\x93\xAA", "\xE8\xB0\x81", "\xE8\xAB\x8B", "\xE8\xAF\xB7"};

constexpr std::string_view kImperatives[] = {
    // English
    "tell us", "tell me", "describe", "explain", "talk us through", "talk me through",
    "walk us through", "walk me through", "take us through", "take us back", "share", "give us",
    "let's talk", "let us talk", "talk about", "talk to us", "please describe", "please explain",
    "please tell", "introduce yourself", "paint a picture", "write", "name one", "name three",
    "name a", "imagine", "finish the sentence", "complete the sentence", "sum up", "summarise",
    "summarize", "pick one", "choose one", "give one", "recommend", "think back",
    // French
    "parlez-nous", "racontez-nous",
    "d\xC3\xA9"
    "crivez",
    "expliquez", "pr\xC3\xA9sentez", "dites-nous",
    // Spanish, Portuguese
    "cu\xC3\xA9ntenos", "cu\xC3\xA9ntanos",
    "h\xC3\xA1"
    "blenos",
    "h\xC3\xA1"
    "blanos",
    "descr\xC3\xAD"
    "banos",
    "expl\xC3\xAD"
    "quenos",
    "conte-nos", "fale-nos", "descreva", "explique",
    // German
    "erz\xC3\xA4hlen sie", "beschreiben sie", "erkl\xC3\xA4ren sie", "stellen sie", "schildern sie",
    "erz\xC3\xA4hl",
    // Italian
    "ci racconti", "ci parli", "descriva", "raccontaci", "parlaci", "ci spieghi",
    // Dutch
    "vertel", "beschrijf", "leg uit",
    // Indonesian
    "ceritakan", "jelaskan", "coba ceritakan",
    // Scandinavian
    "ber\xC3\xA4tta", "fortell", "fort\xC3\xA6l"};

constexpr std::string_view kSecondPerson[] = {
    "you", "your", "yours",       "yourself", "vous", "votre", "vos",   "tu",    "usted", "ustedes",
    "su",  "sus",  "voc\xC3\xAA", "sie",      "ihr",  "ihre",  "ihnen", "ihrer", "du",    "dein",
    "lei", "voi",  "suo",         "sua",      "u",    "uw",    "jij",   "anda",  "kamu"};

// Whole words: "i'm" holds the word "i", an apostrophe being no letter; a typographic one
// (which folding makes ASCII) is read as part of the word.
constexpr std::string_view kFirstPerson[] = {
    "i", "i\xE2\x80\x99m", "we", "we\xE2\x80\x99re", "our", "my", "nous", "je", "wir", "ich"};

// Unspaced scripts: any occurrence counts.
constexpr std::string_view kSecondPersonUnspaced[] = {
    "\xEB\x8B\xB9\xEC\x8B\xA0",              // 당신
    "\xEB\x8B\x98",                          // 님
    "\xE3\x81\x82\xE3\x81\xAA\xE3\x81\x9F",  // あなた
    "\xE6\x82\xA8",                          // 您
    "\xE4\xBD\xA0",                          // 你
    "\xD8\xA3\xD9\x86\xD8\xAA"};             // أنت

// The lengths and first bytes of a list of words: most words of a text have neither, and are
// told apart from the whole list by two bit tests.
struct WordFilter {
  std::uint64_t lengths = 0;  // bit n: some word is n bytes long (n < 64)
  std::uint64_t first[4] = {0, 0, 0, 0};

  template <std::size_t N>
  constexpr explicit WordFilter(const std::string_view (&words)[N]) {
    for (std::string_view w : words) {
      lengths |= std::uint64_t{1} << w.size();
      const auto b = static_cast<unsigned char>(w.front());
      first[b / 64] |= std::uint64_t{1} << (b % 64);
    }
  }
  bool may_hold(std::string_view word) const {
    const auto b = static_cast<unsigned char>(word.front());
    return word.size() < 64 && (lengths >> word.size() & 1) && (first[b / 64] >> (b % 64) & 1);
  }
};

// Whether some word of `folded` (a longest run of letter bytes) is one of `words`: one pass
// over the text, however many words are looked for.
template <std::size_t N>
bool holds_any_word(std::string_view folded, const std::string_view (&words)[N],
                    const WordFilter& filter) {
  std::size_t i = 0;
  while (i < folded.size()) {
    while (i < folded.size() && !is_letter_byte(static_cast<unsigned char>(folded[i]))) ++i;
    const std::size_t start = i;
    while (i < folded.size() && is_letter_byte(static_cast<unsigned char>(folded[i]))) ++i;
    const std::string_view word = folded.substr(start, i - start);
    if (word.empty() || !filter.may_hold(word)) continue;
    for (std::string_view w : words) {
      if (w == word) return true;
    }
  }
  return false;
}

constexpr WordFilter kSecondPersonFilter{kSecondPerson};
constexpr WordFilter kFirstPersonFilter{kFirstPerson};

constexpr std::string_view kClosingNotes[] = {"this interview has been edited",
                                              "this interview was edited",
                                              "the interview has been edited",
                                              "interview edited for",
                                              "this conversation has been edited",
                                              "this transcript has been edited",
                                              "edited for length",
                                              "edited for clarity",
                                              "cet entretien a",
                                              "l'entretien a \xC3\xA9t\xC3\xA9",
                                              "esta entrevista",
                                              "das interview wurde",
                                              "share this",
                                              "related articles",
                                              "read more:",
                                              "subscribe to"};

// Words one of which every closing note holds: a line with none of them is no note, which
// takes a few searches of it rather than one per note.
constexpr std::string_view kClosingNoteWords[] = {
    "edit", "entre", "interview wurde", "share this", "related arti", "read more:", "subscribe to"};

constexpr bool every_note_holds_a_word() {
  for (std::string_view note : kClosingNotes) {
    bool held = false;
    for (std::string_view word : kClosingNoteWords) held = held || note.find(word) != note.npos;
    if (!held) return false;
  }
  return true;
}
static_assert(every_note_holds_a_word(), "a closing note without one of kClosingNoteWords");

}  // namespace

std::string fold_case(std::string_view text) {
  // Folding never lengthens the text (each letter folds to one as long, and U+2019 to one
  // byte), so it is written in place into room made once; ASCII, most of it, eight bytes at
  // a time.
  std::string out(text.size(), '\0');
  std::size_t at = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    // Eight ASCII bytes at a time: each capital gets its 0x20 bit.
    if (pos + 8 <= text.size()) {
      std::uint64_t x;
      std::memcpy(&x, text.data() + pos, 8);
      constexpr std::uint64_t kOnes = 0x0101010101010101, kHighs = 0x8080808080808080;
      if ((x & kHighs) == 0) {
        const std::uint64_t from_a = x + (0x80 - 'A') * kOnes;      // high bit set from 'A' up
        const std::uint64_t past_z = x + (0x80 - 'Z' - 1) * kOnes;  // ... and past 'Z'
        x |= ((from_a & ~past_z) & kHighs) >> 2;
        std::memcpy(out.data() + at, &x, 8);
        at += 8;
        pos += 8;
        continue;
      }
    }
    const unsigned char byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      out[at++] =
          byte >= 'A' && byte <= 'Z' ? static_cast<char>(byte + 32) : static_cast<char>(byte);
      ++pos;
      continue;
    }
    const std::size_t from = pos;
    char32_t c = next_code_point(text, pos);
    // Typographic apostrophes compare as the ASCII one.
    if (c == 0x2019) c = '\'';
    std::string folded;
    append_utf8(folded, lower_code_point(c));
    if (folded.size() > pos - from) {  // not seen in practice; kept correct all the same
      out.resize(out.size() + folded.size() - (pos - from));
    }
    out.replace(at, folded.size(), folded);
    at += folded.size();
  }
  out.resize(at);
  return out;
}

bool opens_with_interrogative(std::string_view folded) {
  return opens_with_any(folded, kInterrogatives);
}

bool opens_with_imperative(std::string_view folded) {
  return opens_with_any(folded, kImperatives);
}

bool addresses_someone(std::string_view folded) {
  if (holds_any_word(folded, kSecondPerson, kSecondPersonFilter)) return true;
  for (std::string_view w : kSecondPersonUnspaced) {
    if (folded.find(w) != std::string_view::npos) return true;
  }
  return false;
}

bool speaks_in_first_person(std::string_view folded) {
  return holds_any_word(folded, kFirstPerson, kFirstPersonFilter);
}

std::size_t interviewer_dash(std::string_view text) {
  // ―― (U+2015 twice), —— (U+2014 twice), or ── (U+2500 twice), as Japanese magazines write it;
  // one em dash before a Spanish "¿" or a word ("—¿Por qué...?", "— ¿QUÉ...?").
  std::size_t at = 0;
  for (std::string_view dash : {"\xE2\x80\x95", "\xE2\x80\x94", "\xE2\x94\x80"}) {
    while (text.substr(at, dash.size()) == dash) at += dash.size();
    if (at >= 2 * dash.size()) return text.size() - trim(text.substr(at)).size();
    if (at == dash.size() && dash != "\xE2\x94\x80" && at < text.size()) {
      const std::string_view rest = trim(text.substr(at));
      if (!rest.empty() && rest.size() + 1 >= text.size() - at) return text.size() - rest.size();
    }
    at = 0;
  }
  return 0;
}

bool shouted(std::string_view text) {
  std::size_t upper = 0;
  std::size_t lower = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    // Each code point left adds at most one capital: past this, no amount of them would do.
    if (6 * lower > upper + (text.size() - pos)) return false;
    const auto byte = static_cast<unsigned char>(text[pos]);
    const char32_t c = byte < 0x80 ? text[pos++] : next_code_point(text, pos);
    const char32_t l = lower_code_point(c);
    if (l != c) {
      ++upper;
    } else if ((c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0x24F) || (c >= 0x3B1 && c <= 0x3C9) ||
               (c >= 0x430 && c <= 0x45F)) {
      ++lower;
    }
  }
  return upper >= 8 && upper >= 6 * lower;
}

std::size_t char_count(std::string_view text) {
  // Every byte but a continuation byte (10xxxxxx) starts a code point; eight bytes at a time.
  constexpr std::uint64_t kLow = 0x0101010101010101;
  std::size_t continuations = 0;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t x;
    std::memcpy(&x, text.data() + i, 8);
    // One bit a byte, added up by the multiplication into the top byte (at most 8: no carry).
    continuations += static_cast<std::size_t>((((x >> 7) & ~(x >> 6) & kLow) * kLow) >> 56);
  }
  for (; i < text.size(); ++i)
    continuations += (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80;
  return text.size() - continuations;
}

std::size_t sentence_count(std::string_view text) {
  // Only '.', '!', '?' and the lead byte of 。 can end a sentence: the others are passed over
  // by one table lookup each.
  static constexpr auto kMayEnd = [] {
    std::array<bool, 256> may_end{};
    for (unsigned char c : {'.', '!', '?', '\xE3'}) may_end[c] = true;
    return may_end;
  }();
  std::size_t n = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    while (i < text.size() && !kMayEnd[static_cast<unsigned char>(text[i])]) ++i;
    if (i == text.size()) break;
    const char c = text[i];
    if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.size() || text[i + 1] == ' ')) {
      // "Dr. Osei" and "e.g. this" are not sentences: the word before a full stop is longer.
      if (c == '.' && i >= 3 && (text[i - 3] == ' ' || text[i - 2] == '.')) continue;
      ++n;
    } else if (c == '\xE3' && text.substr(i, 3) == "\xE3\x80\x82") {  // 。
      ++n;
    }
  }
  return n;
}

Numbering leading_number(std::string_view text) {
  std::size_t i = 0;
  int number = 0;
  while (i < text.size() && i < 3 && text[i] >= '0' && text[i] <= '9') {
    number = number * 10 + (text[i] - '0');
    ++i;
  }
  if (i == 0 || i >= text.size() || (text[i] != '.' && text[i] != ')')) return {};
  ++i;
  if (i >= text.size() || (text[i] != ' ' && text[i] != '\t')) return {};
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  return {number, i};
}

bool is_closing_note(std::string_view folded) {
  if (folded.size() >= 400) return false;  // a note is a line, not a paragraph
  bool may_be = false;
  for (std::string_view word : kClosingNoteWords) {
    may_be = may_be || folded.find(word) != std::string_view::npos;
  }
  if (!may_be) return false;
  for (std::string_view note : kClosingNotes) {
    if (folded.find(note) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace govtech::recognise_detail
