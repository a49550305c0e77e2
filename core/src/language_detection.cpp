#include "govtech/language_detection.hpp"

#include <cld2/public/compact_lang_det.h>

#include <algorithm>
#include <cstdint>
#include <span>
#include <utility>
#include <vector>

#include "govtech/phrases.hpp"
#include "govtech/text.hpp"
#include "govtech/walk.hpp"
#include "parallel_for.hpp"

namespace govtech {

namespace {

// Code points that are letters for counting purposes: not ASCII spaces, digits or
// punctuation, and not the general and CJK punctuation blocks.
std::size_t count_letters(std::string_view text, std::size_t enough = SIZE_MAX) {
  std::size_t letters = 0;
  for (std::size_t i = 0; i < text.size() && letters < enough;) {
    const auto c = static_cast<unsigned char>(text[i]);
    std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++letters;
    } else if (c == 0xE2 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) <= 0x81) {
      // U+2000..U+207F: spaces, dashes, quotation marks
    } else if (c == 0xE3 && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) == 0x80) {
      // U+3000..U+303F: CJK spaces and punctuation
    } else if (c == 0xEF && i + 1 < text.size() &&
               static_cast<unsigned char>(text[i + 1]) == 0xBC) {
      // U+FF00..U+FF3F: full-width punctuation (and Latin capitals, rare in running text)
    } else if (c == 0xC2) {
      // U+0080..U+00BF: no-break space, «, », ¿, ¡
    } else {
      ++letters;
    }
    i += len;
  }
  return letters;
}

// CLD2's codes are mostly ISO 639-1; a few are the old ones BCP 47 has replaced.
std::string bcp47_of(std::string code) {
  if (code == "iw") return "he";
  if (code == "jw") return "jv";
  if (code == "in") return "id";
  if (code == "ji") return "yi";
  return code;
}

// CLD2 names some languages in capitals ("ENGLISH") and some not ("Korean").
std::string title_case(std::string name) {
  bool start = true;
  for (char& c : name) {
    if (c >= 'A' && c <= 'Z' && !start) c = static_cast<char>(c - 'A' + 'a');
    start = c == ' ' || c == '_' || c == '-';
    if (c == '_') c = ' ';
  }
  return name;
}

struct TextCollector : Visitor {
  std::string text;
  void enter(const Inline& node) override {
    if (const auto* t = node.as<Text>()) text += t->text;
    if (node.kind() == InlineKind::soft_break || node.kind() == InlineKind::hard_break) text += ' ';
  }
  void leave(const Block&) override { text += '\n'; }
  void leave(const QandA&) override { text += '\n'; }
};

}  // namespace

namespace {

// What CLD2 found in a text: its three largest languages and their shares.
struct LanguageShares {
  CLD2::Language top[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE};
  int percent[3] = {0, 0, 0};
  int text_bytes = 0;  // the letters' bytes CLD2 judged on
  bool reliable = false;
  std::size_t letters = 0;  // counted only up to min_letters unless asked for all
};

std::optional<LanguageShares> language_shares(std::string_view utf8, std::size_t min_letters,
                                              bool count_all_letters = false) {
  if (find_invalid_utf8(utf8)) return std::nullopt;
  LanguageShares shares;
  shares.letters = count_letters(utf8, count_all_letters ? SIZE_MAX : min_letters);
  if (shares.letters < min_letters) return std::nullopt;
  CLD2::DetectLanguageSummary(utf8.data(), static_cast<int>(utf8.size()), true, shares.top,
                              shares.percent, &shares.text_bytes, &shares.reliable);
  return shares;
}

// The language with the largest share decides: CLD2's own verdict can name a minority
// language (an English interview with one Korean answer comes back "ko", at 27 %).
std::optional<DetectedLanguage> verdict(const LanguageShares& shares, int min_percent) {
  const CLD2::Language found = shares.top[0];
  const int percent = shares.percent[0];
  if (!shares.reliable || found == CLD2::UNKNOWN_LANGUAGE || found == CLD2::TG_UNKNOWN_LANGUAGE ||
      percent < min_percent)
    return std::nullopt;
  return DetectedLanguage{.tag = bcp47_of(CLD2::LanguageCode(found)),
                          .name = title_case(CLD2::LanguageName(found)),
                          .percent = percent,
                          .letters = shares.letters};
}

}  // namespace

std::optional<DetectedLanguage> detect_language(std::string_view utf8, int min_percent,
                                                std::size_t min_letters) {
  const std::optional<LanguageShares> shares = language_shares(utf8, min_letters, true);
  if (!shares) return std::nullopt;
  return verdict(*shares, min_percent);
}

std::string detection_text(const Document& doc) {
  TextCollector collector;
  collector.text = doc.meta.title + "\n" + doc.meta.subtitle + "\n";
  walk(doc, collector);
  return std::move(collector.text);
}

void detect_document_language(Document& doc, Diagnostics& diagnostics) {
  if (!trim(doc.meta.language).empty()) return;
  const std::string text = detection_text(doc);
  const std::optional<DetectedLanguage> found = detect_language(text);
  if (!found) {
    // Too little text to judge is the common case of a test or a stub: nothing to say.
    if (count_letters(text) < kMinLettersToDetect) return;
    diagnostics.note("language detection: not sure of the language of " +
                     std::to_string(count_letters(text)) + " letters of text; none set");
    return;
  }
  doc.meta.language = found->tag;
  diagnostics.warn("language not given; detected " + found->tag + " (" + found->name + ", " +
                   std::to_string(found->percent) + " %); set -M lang= to change it");
  diagnostics.note("language detection: " + found->tag + " in " + std::to_string(found->percent) +
                   " % of " + std::to_string(found->letters) + " letters, judged reliable by CLD2");
  diagnostics.describe("language",
                       found->tag + " (detected, " + std::to_string(found->percent) + " %)");
}

namespace {

// Languages CLD2 tells apart less surely than it claims: a Malay verdict on an Indonesian
// document's paragraph (or the reverse) is no reason to mark it.
bool same_language(std::string_view a, std::string_view b) {
  // Primary subtags, case-insensitively: Word writes "EN-US".
  if (same_primary_language(a, b)) return true;
  const std::string pa = primary_language(a);
  const std::string pb = primary_language(b);
  for (auto [x, y] :
       {std::pair{"id", "ms"}, std::pair{"hr", "bs"}, std::pair{"sr", "bs"}, std::pair{"sr", "hr"},
        std::pair{"nb", "no"}, std::pair{"nn", "no"}, std::pair{"da", "no"}}) {
    if ((pa == x && pb == y) || (pa == y && pb == x)) return true;
  }
  return false;
}

std::string blocks_text(const Blocks& blocks) {
  TextCollector collector;
  walk(blocks, collector);
  return std::move(collector.text);
}

// A note about a part, kept until every part is judged, so that notes come out in document
// order whichever thread judged the part.
struct PartNote {
  std::string message;
  SourcePos pos;
};

struct PartMarker {
  const Metadata& meta;
  std::vector<PartNote>& notes;

  // The language of a text judged from its shares, when it is sure and not the document's.
  std::optional<DetectedLanguage> other_language(const LanguageShares& shares) const {
    auto found = verdict(shares, kMinPercentForPart);
    if (!found || same_language(found->tag, meta.language)) return std::nullopt;
    return found;
  }
  std::optional<DetectedLanguage> other_language(const std::string& text) const {
    const std::optional<LanguageShares> shares = language_shares(text, kMinLettersForPart);
    if (!shares) return std::nullopt;
    return other_language(*shares);
  }

  // Whether the text whose shares these are may hold a paragraph that other_language() would
  // mark: one needs kMinLettersForPart letters, kMinPercentForPart of them in one language
  // other than the document's, and each letter is at least a byte. Most answers are wholly
  // in the document's language, and this spares detecting each of their paragraphs again.
  bool may_hold_other_part(const LanguageShares& shares) const {
    int others = 100;  // the document's language's share taken away; the rest is unknown or not it
    for (int i = 0; i < 3; ++i) {
      const CLD2::Language language = shares.top[i];
      if (language == CLD2::UNKNOWN_LANGUAGE || language == CLD2::TG_UNKNOWN_LANGUAGE) continue;
      if (same_language(bcp47_of(CLD2::LanguageCode(language)), meta.language)) {
        others -= shares.percent[i];
      }
    }
    // Shares are whole percentages, rounded: one more percent of room than they say.
    const long long other_bytes =
        static_cast<long long>(std::min(100, others + 1)) * shares.text_bytes / 100;
    return other_bytes * 100 >= static_cast<long long>(kMinLettersForPart) * kMinPercentForPart;
  }

  // The language found, and its direction only where it changes: an Arabic answer in an
  // English interview.
  Box<Attributes> marked(const DetectedLanguage& found) const {
    Box<Attributes> attributes;
    attributes->language = found.tag;
    const Direction own = direction_of_language(found.tag);
    if (own != document_direction(meta)) attributes->direction = own;
    return attributes;
  }

  Block wrapped(Blocks blocks, const DetectedLanguage& found, SourcePos pos) const {
    return Block(Division{.attributes = marked(found), .blocks = std::move(blocks)}, pos);
  }

  void note(const DetectedLanguage& found, const char* what, SourcePos pos) const {
    notes.push_back({std::string(what) + " in " + found.tag + " (" + found.name + ", " +
                         std::to_string(found.percent) + " %), not " + meta.language +
                         ": marked lang=\"" + found.tag + "\"",
                     pos});
  }

  // Each top-level paragraph of `blocks` in another language, wrapped in a Division.
  void paragraphs(std::span<Block> blocks) const {
    for (Block& block : blocks) {
      const auto* paragraph = block.as<Paragraph>();
      if (!paragraph) continue;
      const auto found = other_language(plain_text(paragraph->content));
      if (!found) continue;
      note(*found, "paragraph", block.pos);
      const SourcePos pos = block.pos;
      Blocks one;
      one.push_back(std::move(block));
      block = wrapped(std::move(one), *found, pos);
    }
  }

  // A stretch of the introduction or the closing matter (see stretches_of): its paragraphs
  // judged together, and one by one only when together they may hold one in another language.
  void stretch(std::span<Block> blocks) const {
    std::string text;
    for (const Block& block : blocks) {
      if (const auto* paragraph = block.as<Paragraph>()) {
        text += plain_text(paragraph->content);
        text += '\n';
      }
    }
    const std::optional<LanguageShares> shares = language_shares(text, kMinLettersForPart);
    if (shares && may_hold_other_part(*shares)) paragraphs(blocks);
  }

  // A question long and sure enough to judge, in another language: its words in a Span.
  void question(QandA& entry) const {
    const auto found = other_language(plain_text(entry.question));
    if (!found) return;
    note(*found, "question", entry.pos);
    Span span{.attributes = marked(*found), .children = std::move(entry.question)};
    entry.question.clear();
    entry.question.push_back(std::move(span));
  }

  // A whole answer in another language is marked as one; else its paragraphs one by one.
  void answer(QandA& entry) const {
    if (entry.answer.empty()) return;
    const std::optional<LanguageShares> shares =
        language_shares(blocks_text(entry.answer), kMinLettersForPart);
    if (!shares) return;  // too short to mark, and so is each paragraph of it
    if (const auto found = other_language(*shares)) {
      note(*found, "answer", entry.answer.front().pos);
      const SourcePos pos = entry.answer.front().pos;
      Blocks all = std::move(entry.answer);
      entry.answer.clear();
      entry.answer.push_back(wrapped(std::move(all), *found, pos));
      return;
    }
    // An answer of one paragraph was judged just now, as a whole.
    if (entry.answer.size() == 1 && entry.answer.front().as<Paragraph>()) return;
    if (may_hold_other_part(*shares)) paragraphs(entry.answer);
  }
};

// The introduction or the closing matter (all of a document that is not an interview) cut
// into stretches of a few thousand bytes of paragraph text, each judged on its own.
std::vector<std::span<Block>> stretches_of(Blocks& blocks) {
  constexpr std::size_t kStretchBytes = 4096;
  std::vector<std::span<Block>> stretches;
  std::size_t start = 0;
  std::size_t bytes = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (const auto* paragraph = blocks[i].as<Paragraph>()) {
      bytes += plain_text(paragraph->content).size() + 1;
    }
    if (bytes < kStretchBytes && i + 1 < blocks.size()) continue;
    stretches.push_back(std::span<Block>(blocks).subspan(start, i + 1 - start));
    start = i + 1;
    bytes = 0;
  }
  return stretches;
}

}  // namespace

void mark_other_languages(Document& doc, Diagnostics& diagnostics) {
  if (trim(doc.meta.language).empty()) return;
  // The parts are judged independently (CLD2 keeps no state between calls), so a long
  // document's are spread over the machine's cores. The tasks, in document order: the
  // introduction's stretches, the entries, the closing matter's stretches.
  const std::vector<std::span<Block>> intro = stretches_of(doc.intro);
  const std::vector<std::span<Block>> trailing = stretches_of(doc.trailing);
  const std::size_t first_entry = intro.size();
  const std::size_t first_trailing = first_entry + doc.entries.size();
  const std::size_t tasks = first_trailing + trailing.size();
  std::vector<std::vector<PartNote>> notes(tasks);
  auto judge = [&](std::size_t task) {
    const PartMarker marker{doc.meta, notes[task]};
    if (task < first_entry) {
      marker.stretch(intro[task]);
    } else if (task >= first_trailing) {
      marker.stretch(trailing[task - first_trailing]);
    } else {
      QandA& entry = doc.entries[task - first_entry];
      marker.question(entry);
      marker.answer(entry);
    }
  };
  constexpr std::size_t kPartsPerThread = 64;
  parallel_for(tasks, kPartsPerThread, judge);
  for (std::vector<PartNote>& part_notes : notes) {
    for (PartNote& n : part_notes) diagnostics.note(std::move(n.message), n.pos);
  }
}

}  // namespace govtech
