// Interview conventions in Markdown.
//
// Three ways of marking questions are recognised, each on top-level blocks only (so a "Q:" in
// a code block, a quotation or a list is never a question):
//
//   labels    a paragraph starting with a `Q:` label (plain, **Q:**, **Q**:, *Q:*, or the word
//             Question), the answer beneath it optionally starting with an `A:` label; a
//             question paragraph may carry its answer after a line break ("Q: ...\nA: ...").
//   headings  headings of one level that end with '?'.
//   bold      paragraphs that are bold and nothing else (`**What drew you here?**`), or bold
//             text ending in '?' followed by a line break and the answer.
//
// The detection rule: a convention applies when at least two of its questions are answered
// (followed by content that is not another question; for headings and bold paragraphs, two
// questions that end with '?') and, for headings and bold paragraphs,
// when the questions make up the pattern rather than sit in it: questions ending with '?' must
// be at least two thirds of the headings of their level from the first such question to the
// last, and half of all headings of that level; or at least half of the whole-bold paragraphs
// from the first question on. Those other headings or bold
// paragraphs between the questions ("Tell us about your team.") are questions too. When
// several conventions apply, the one with the most answered questions wins (labels, then
// headings, then bold on a tie). A document that follows none stays a plain document: one
// heading ending with '?' in an article does not make it an interview.
//
// Blocks before the first question are the intro. The last answer ends at a heading of the
// question level or higher that is not a question (headings), or else at its last thematic
// break followed by more content (all conventions): what follows is the trailing matter (a
// bio, a closing note), the break included.
#include "interview.hpp"

#include "recognised.hpp"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "govtech/speaker_turns.hpp"
#include "govtech/text.hpp"

namespace govtech::markdown {

namespace {

constexpr std::string_view kQuestionLabels[] = {"Question", "Q"};
constexpr std::string_view kAnswerLabels[] = {"Answer", "A"};

// Ends with a question mark, allowing closing quotes, brackets and emphasis marks after it.
bool asks(const Inlines& inlines) {
  std::string text = plain_text(inlines);
  std::string_view view = trim(text);
  while (!view.empty()) {
    std::string_view tail = view;
    std::size_t start = tail.size() - 1;
    while (start > 0 && (static_cast<unsigned char>(tail[start]) & 0xC0) == 0x80) --start;
    std::string_view last = tail.substr(start);
    if (last == "?" || last == "\xEF\xBC\x9F") return true;  // also the fullwidth ？
    static constexpr std::string_view kClosers[] = {
        "\"", "'", ")", "]", "*", "_", "\xE2\x80\x9D", "\xE2\x80\x99", "\xC2\xBB"};
    bool closer = false;
    for (auto c : kClosers) closer = closer || last == c;
    if (!closer) return false;
    view = trim_end(view.substr(0, start));
  }
  return false;
}

// The length of a label at the start of `text` ("Q:", "Q :", "Question:") with the spaces
// after it, or 0. With `colon_optional`, a bare label word is enough (`**Q**: ...`).
std::size_t label_length(std::string_view text, const std::string_view (&labels)[2],
                         bool colon_optional = false) {
  for (std::string_view label : labels) {
    if (text.substr(0, label.size()) != label) continue;
    std::size_t at = label.size();
    while (at < text.size() && text[at] == ' ') ++at;
    if (at < text.size() && text[at] == ':') {
      ++at;
    } else if (!(colon_optional && at == text.size())) {
      continue;
    }
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    return at;
  }
  return 0;
}

void trim_leading_space(Inlines& inlines) {
  while (!inlines.empty()) {
    if (inlines.front().kind() == InlineKind::soft_break ||
        inlines.front().kind() == InlineKind::hard_break) {
      inlines.erase(inlines.begin());
      continue;
    }
    Text* text = inlines.front().as<Text>();
    if (!text) return;
    std::size_t keep = text->text.find_first_not_of(" \t");
    if (keep == std::string::npos) {
      inlines.erase(inlines.begin());
      continue;
    }
    text->text.erase(0, keep);
    return;
  }
}

const Inlines* emphasis_children(const Inline& node) {
  if (const auto* strong = node.as<Strong>()) return &strong->children;
  if (const auto* em = node.as<Emphasis>()) return &em->children;
  return nullptr;
}
Inlines* emphasis_children(Inline& node) {
  return const_cast<Inlines*>(emphasis_children(std::as_const(node)));
}

// Where the label a paragraph starts with sits, decided before anything is copied: most
// paragraphs have none, and a paragraph may be a million inlines long.
enum class LabelPlace {
  none,
  text,                // Q: rest
  whole_emphasis,      // **Q:** rest
  emphasis_and_colon,  // **Q**: rest
  inside_emphasis,     // **Q: rest**
};
struct LabelFound {
  LabelPlace place = LabelPlace::none;
  std::size_t length = 0;  // of the label, in the text it starts
};

LabelFound find_label(const Inlines& content, const std::string_view (&labels)[2]) {
  if (content.empty()) return {};
  const Inline& first = content.front();
  if (const Text* text = first.as<Text>()) {
    const std::size_t n = label_length(text->text, labels);
    return n == 0 ? LabelFound{} : LabelFound{LabelPlace::text, n};
  }
  const Inlines* children = emphasis_children(first);
  if (!children) return {};
  const std::string inside = plain_text(*children);
  const std::string_view label = trim(inside);
  if (label_length(label, labels) == label.size() && !label.empty()) {
    return {LabelPlace::whole_emphasis, 0};
  }
  if (label_length(label, labels, true) == label.size() && !label.empty() && content.size() > 1) {
    if (const Text* next = content[1].as<Text>(); next && next->text.starts_with(":")) {
      return {LabelPlace::emphasis_and_colon, 0};
    }
  }
  if (!children->empty() && children->front().as<Text>()) {
    const std::size_t n = label_length(children->front().as<Text>()->text, labels);
    if (n != 0) return {LabelPlace::inside_emphasis, n};
  }
  return {};
}

// `content` without the label `found` says it starts with. A question wholly in bold with
// its label inside (`**Q: Why?**`) comes back without the bold when `unwrap_lone_emphasis`
// is set (the question becomes a heading anyway).
Inlines without_label(Inlines content, LabelFound found, bool unwrap_lone_emphasis) {
  switch (found.place) {
    case LabelPlace::none:
      break;
    case LabelPlace::text:
      content.front().as<Text>()->text.erase(0, found.length);
      break;
    case LabelPlace::emphasis_and_colon:
      content[1].as<Text>()->text.erase(0, 1);
      [[fallthrough]];
    case LabelPlace::whole_emphasis:
      content.erase(content.begin());
      break;
    case LabelPlace::inside_emphasis: {
      Inlines& children = *emphasis_children(content.front());
      children.front().as<Text>()->text.erase(0, found.length);
      trim_leading_space(children);
      if (unwrap_lone_emphasis && content.size() == 1) {
        Inlines unwrapped = std::move(children);
        return unwrapped;
      }
      return content;
    }
  }
  trim_leading_space(content);
  return content;
}

// `content` without the label it starts with, or nothing when it starts with none.
std::optional<Inlines> strip_label(const Inlines& content, const std::string_view (&labels)[2],
                                   bool unwrap_lone_emphasis) {
  const LabelFound found = find_label(content, labels);
  if (found.place == LabelPlace::none) return std::nullopt;
  return without_label(content, found, unwrap_lone_emphasis);
}
std::optional<Inlines> strip_label(Inlines&& content, const std::string_view (&labels)[2],
                                   bool unwrap_lone_emphasis) {
  const LabelFound found = find_label(content, labels);
  if (found.place == LabelPlace::none) return std::nullopt;
  return without_label(std::move(content), found, unwrap_lone_emphasis);
}

bool is_break(const Inline& node) {
  return node.kind() == InlineKind::soft_break || node.kind() == InlineKind::hard_break;
}

// The inlines without blank text at either end; a view, since every paragraph is asked.
std::span<const Inline> without_blank_ends(const Inlines& inlines) {
  std::size_t begin = 0, end = inlines.size();
  auto blank = [](const Inline& node) {
    const Text* text = node.as<Text>();
    return (text && is_blank(text->text)) || is_break(node);
  };
  while (begin < end && blank(inlines[begin])) ++begin;
  while (end > begin && blank(inlines[end - 1])) --end;
  return std::span<const Inline>(inlines).subspan(begin, end - begin);
}

struct Candidate {
  std::size_t index = 0;  // the block holding the question
  Inlines question{};
  std::optional<Paragraph> lead{};  // the answer's start, from the question's paragraph
  bool asks = false;
};

struct Pattern {
  std::vector<Candidate> questions{};
  std::size_t answered = 0;
  std::size_t trailing_start = 0;  // blocks from here on are trailing matter
  bool strip_answer_labels = false;
};

const Paragraph* paragraph_at(const Blocks& blocks, std::size_t i) {
  return i < blocks.size() ? blocks[i].as<Paragraph>() : nullptr;
}

// Splits "question <line break> rest" at the first line break for which `accept_rest` agrees.
// `accept_rest` decides from the first inline of the rest alone, which is asked first on a
// copy of that inline: copying the whole rest at every break would make a paragraph of many
// lines quadratic.
template <class Accept>
std::optional<std::pair<Inlines, Inlines>> split_at_break(const Inlines& content,
                                                          Accept accept_rest) {
  for (std::size_t i = 0; i < content.size(); ++i) {
    if (!is_break(content[i])) continue;
    if (i + 1 < content.size() && !accept_rest(Inlines{content[i + 1]})) continue;
    Inlines rest(content.begin() + static_cast<std::ptrdiff_t>(i + 1), content.end());
    if (auto accepted = accept_rest(std::move(rest))) {
      return std::make_pair(
          Inlines(content.begin(), content.begin() + static_cast<std::ptrdiff_t>(i)),
          std::move(*accepted));
    }
  }
  return std::nullopt;
}

// How many questions have an answer (content before the next question); with `only_asking`,
// counting only those that end with '?'.
std::size_t count_answered(const std::vector<Candidate>& questions, std::size_t end,
                           bool only_asking) {
  std::size_t answered = 0;
  for (std::size_t k = 0; k < questions.size(); ++k) {
    std::size_t next = k + 1 < questions.size() ? questions[k + 1].index : end;
    bool counts = !only_asking || questions[k].asks;
    if (counts && (questions[k].lead || questions[k].index + 1 < next)) ++answered;
  }
  return answered;
}

Pattern label_pattern(const Blocks& blocks, std::size_t start) {
  Pattern pattern;
  pattern.strip_answer_labels = true;
  for (std::size_t i = start; i < blocks.size(); ++i) {
    const Paragraph* p = paragraph_at(blocks, i);
    if (!p) continue;
    auto stripped = strip_label(p->content, kQuestionLabels, true);
    if (!stripped) continue;
    Candidate c{.index = i};
    auto split = split_at_break(
        *stripped, [](Inlines rest) { return strip_label(std::move(rest), kAnswerLabels, false); });
    if (split) {
      c.question = std::move(split->first);
      c.lead = Paragraph{std::move(split->second)};
    } else {
      c.question = std::move(*stripped);
    }
    c.asks = asks(c.question);
    pattern.questions.push_back(std::move(c));
  }
  pattern.trailing_start = blocks.size();
  pattern.answered = count_answered(pattern.questions, blocks.size(), false);
  return pattern;
}

Pattern heading_pattern(const Blocks& blocks, std::size_t start) {
  Pattern best;
  for (int level = 1; level <= 6; ++level) {
    Pattern pattern;
    std::vector<std::size_t> at_level;
    std::size_t first = blocks.size(), last = blocks.size();
    for (std::size_t i = start; i < blocks.size(); ++i) {
      const Heading* h = blocks[i].as<Heading>();
      if (!h || h->level != level) continue;
      at_level.push_back(i);
      if (asks(h->content)) {
        if (first == blocks.size()) first = i;
        last = i;
      }
    }
    if (first == blocks.size()) continue;
    std::size_t asking = 0, between = 0;
    for (std::size_t i : at_level) {
      if (i < first || i > last) continue;
      ++between;
      Candidate c{.index = i, .question = blocks[i].as<Heading>()->content};
      c.asks = asks(c.question);
      asking += c.asks;
      pattern.questions.push_back(std::move(c));
    }
    if (asking * 3 < between * 2 || asking * 2 < at_level.size()) continue;
    // The last answer ends at the next heading of this level or above.
    pattern.trailing_start = blocks.size();
    for (std::size_t i = last + 1; i < blocks.size(); ++i) {
      const Heading* h = blocks[i].as<Heading>();
      if (h && h->level <= level) {
        pattern.trailing_start = i;
        break;
      }
    }
    // A question heading directly followed by a deeper heading still has an answer; one
    // followed by a heading of its own level or above has none.
    for (std::size_t k = 0; k < pattern.questions.size(); ++k) {
      std::size_t i = pattern.questions[k].index;
      std::size_t end = k + 1 < pattern.questions.size() ? pattern.questions[k + 1].index
                                                         : pattern.trailing_start;
      const Heading* next = i + 1 < end ? blocks[i + 1].as<Heading>() : nullptr;
      bool answered = i + 1 < end && !(next && next->level <= level);
      if (answered && pattern.questions[k].asks) ++pattern.answered;
    }
    if (pattern.answered > best.answered) best = std::move(pattern);
  }
  return best;
}

// Whole-paragraph bold: the bold's content, and the rest of the paragraph after a line break
// when the bold is a question followed by its answer in the same paragraph.
std::optional<Candidate> bold_question(const Paragraph& p, std::size_t index) {
  const std::span<const Inline> content = without_blank_ends(p.content);
  if (content.empty()) return std::nullopt;
  const Inline& head = content.front();
  const Inlines* bold = nullptr;
  if (const auto* strong = head.as<Strong>()) {
    bold = &strong->children;
  } else if (const auto* em = head.as<Emphasis>()) {
    const std::span<const Inline> inner = without_blank_ends(em->children);
    if (inner.size() == 1 && inner.front().as<Strong>()) {
      // `***Why?***`: keep the emphasis inside the question.
      Candidate c{.index = index,
                  .question = Inlines{Emphasis{inner.front().as<Strong>()->children}}};
      c.asks = asks(c.question);
      if (content.size() == 1) return c;
    }
    return std::nullopt;
  }
  if (!bold) return std::nullopt;
  Candidate c{.index = index, .question = *bold};
  c.asks = asks(c.question);
  if (content.size() == 1) return c;
  if (!c.asks || !is_break(content[1])) return std::nullopt;  // a bold lead-in, not a question
  Inlines rest(content.begin() + 2, content.end());
  trim_leading_space(rest);
  if (rest.empty()) return c;
  c.lead = Paragraph{std::move(rest)};
  return c;
}

Pattern bold_pattern(const Blocks& blocks, std::size_t start) {
  Pattern pattern;
  std::vector<Candidate> all;
  for (std::size_t i = start; i < blocks.size(); ++i) {
    if (const Paragraph* p = paragraph_at(blocks, i)) {
      if (auto c = bold_question(*p, i)) all.push_back(std::move(*c));
    }
  }
  std::size_t asking = 0, from_first = 0;
  for (auto& c : all) {
    if (pattern.questions.empty() && !c.asks) continue;  // a bold lede before the questions
    ++from_first;
    asking += c.asks;
    pattern.questions.push_back(std::move(c));
  }
  pattern.trailing_start = blocks.size();
  if (asking * 2 < from_first) pattern.questions.clear();
  pattern.answered = count_answered(pattern.questions, blocks.size(), true);
  return pattern;
}

// `*By Jane Doe and John Roe*`: the names, or nothing when the paragraph is not a byline.
std::optional<std::vector<std::string>> byline(const Block& block) {
  const Paragraph* p = block.as<Paragraph>();
  if (!p) return std::nullopt;
  const std::span<const Inline> content = without_blank_ends(p->content);
  if (content.size() != 1 || !content.front().as<Emphasis>()) return std::nullopt;
  std::string text = collapse_spaces(plain_text(content.front().as<Emphasis>()->children));
  if (text.size() < 4 || !(text.starts_with("By ") || text.starts_with("by "))) {
    return std::nullopt;
  }
  std::vector<std::string> names;
  std::string_view rest = std::string_view(text).substr(3);
  while (!rest.empty()) {
    std::size_t cut = std::string_view::npos, skip = 0;
    for (std::string_view sep : {std::string_view(", and "), std::string_view(" and "),
                                 std::string_view(", "), std::string_view(" & ")}) {
      std::size_t at = rest.find(sep);
      if (at < cut) {
        cut = at;
        skip = sep.size();
      }
    }
    std::string_view name = trim(rest.substr(0, cut));
    if (!name.empty()) names.emplace_back(name);
    if (cut == std::string_view::npos) break;
    rest.remove_prefix(cut + skip);
  }
  if (names.empty()) return std::nullopt;
  return names;
}

// Says which layout was read, and why, for -v and --report.
void explain(const std::string& layout, const Document& doc, const Recognition& found,
             Diagnostics& diagnostics) {
  diagnostics.describe("layout", layout);
  diagnostics.note("read as the '" + layout + "' layout: " + std::to_string(doc.entries.size()) +
                   " question(s)");
  for (const std::string& why : found.evidence) diagnostics.note(why);
  if (found.evidence.empty()) {
    for (const QandA& entry : doc.entries) {
      diagnostics.note("question: " + plain_text(entry.question).substr(0, 80), entry.pos);
    }
  }
}

void move_range(Blocks& from, std::size_t begin, std::size_t end, Blocks& to) {
  for (std::size_t i = begin; i < end && i < from.size(); ++i) to.push_back(std::move(from[i]));
}

}  // namespace

Document assemble_document(Blocks blocks, Metadata meta, bool has_front_matter,
                           Diagnostics& diagnostics) {
  Document doc;
  doc.meta = std::move(meta);

  // Without front matter, the title and byline lines lead the document; they are not part of
  // the question structure.
  std::size_t start = 0;
  bool title_line = false;
  std::optional<std::vector<std::string>> authors;
  if (!has_front_matter && !blocks.empty()) {
    const Heading* h = blocks.front().as<Heading>();
    if (h && h->level == 1) {
      title_line = true;
      start = 1;
    }
    if (start < blocks.size() && (authors = byline(blocks[start]))) ++start;
  }

  // A transcript: the interviewer's turns are the questions, their names the speakers'.
  if (auto turns = read_speaker_turns(blocks, start)) {
    turns->meta = std::move(doc.meta);
    if (title_line)
      turns->meta.title = collapse_spaces(plain_text(blocks.front().as<Heading>()->content));
    if (authors) turns->meta.authors = std::move(*authors);
    explain("transcript", *turns, Recognition{}, diagnostics);
    return std::move(*turns);
  }

  Pattern chosen;
  const char* chosen_name = "";
  const char* names[] = {"labels", "headings", "bold"};
  int k = 0;
  for (Pattern candidate : {label_pattern(blocks, start), heading_pattern(blocks, start),
                            bold_pattern(blocks, start)}) {
    if (candidate.answered >= 2 && candidate.answered > chosen.answered) {
      chosen = std::move(candidate);
      chosen_name = names[k];
    }
    ++k;
  }
  if (chosen.questions.empty()) {
    // No Markdown convention marks the questions: perhaps their wording does.
    Recognition found;
    if (auto recognised = recognised_document(blocks, doc.meta, !has_front_matter, found)) {
      explain(found.layout, *recognised, found, diagnostics);
      return std::move(*recognised);
    }
    report_article(found, "paragraphs", "-v explains", diagnostics);
    // An article that opens with a level-1 heading and names no title is titled by it, as a
    // page is: the writers then give it the page's one <h1> and put the other headings below.
    if (doc.meta.title.empty() && !blocks.empty()) {
      const Heading* h = blocks.front().as<Heading>();
      if (h && h->level == 1) doc.meta.title = collapse_spaces(plain_text(h->content));
    }
    doc.intro = std::move(blocks);
    return doc;
  }

  std::size_t intro_from = 0;
  if (!has_front_matter) {
    if (title_line)
      doc.meta.title = collapse_spaces(plain_text(blocks.front().as<Heading>()->content));
    if (authors) doc.meta.authors = std::move(*authors);
    intro_from = start;
  }
  move_range(blocks, intro_from, chosen.questions.front().index, doc.intro);

  // The last answer may hand over to trailing matter at a thematic break.
  std::size_t last_question = chosen.questions.back().index;
  std::size_t trailing = chosen.trailing_start;
  for (std::size_t h = trailing; h-- > last_question + 2;) {
    if (blocks[h].kind() == BlockKind::thematic_break && h + 1 < trailing) {
      trailing = h;
      break;
    }
  }

  for (std::size_t k = 0; k < chosen.questions.size(); ++k) {
    Candidate& c = chosen.questions[k];
    QandA entry;
    entry.question = std::move(c.question);
    trim_leading_space(entry.question);
    entry.pos = blocks[c.index].pos;
    if (c.lead) entry.answer.emplace_back(std::move(*c.lead), blocks[c.index].pos);
    std::size_t end = k + 1 < chosen.questions.size() ? chosen.questions[k + 1].index : trailing;
    move_range(blocks, c.index + 1, end, entry.answer);
    if (chosen.strip_answer_labels && !c.lead && !entry.answer.empty()) {
      if (Paragraph* first = entry.answer.front().as<Paragraph>()) {
        if (auto stripped = strip_label(first->content, kAnswerLabels, false)) {
          first->content = std::move(*stripped);
        }
      }
    }
    doc.entries.push_back(std::move(entry));
  }
  move_range(blocks, trailing, blocks.size(), doc.trailing);
  explain(chosen_name, doc, Recognition{}, diagnostics);
  return doc;
}

}  // namespace govtech::markdown
