#include "govtech/speaker_turns.hpp"

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "govtech/recognise.hpp"
#include "govtech/text.hpp"

namespace govtech {

namespace {

constexpr std::size_t kMaxLabelBytes = 60;

// A paragraph that opens with its speaker's label.
struct Turn {
  std::string name;             // as written: "Mara Lind"
  std::string key;              // compared: "mara lind"
  std::size_t label_bytes = 0;  // of the paragraph's plain text, up to what the speaker says
  bool asks = false;
};

// The paragraph a block is, or holds alone in a division that gives it a language or a
// direction (as LibreOffice writes every right-to-left paragraph).
Paragraph* paragraph_in(Block& block) {
  if (Paragraph* p = block.as<Paragraph>()) return p;
  Division* d = block.as<Division>();
  if (!d || d->blocks.size() != 1 || !d->attributes->id.empty()) return nullptr;
  return d->blocks.front().as<Paragraph>();
}

std::optional<Turn> turn_of(std::string_view text) {
  std::size_t lead = 0;
  while (lead < text.size() && (text[lead] == ' ' || text[lead] == '\t')) ++lead;
  const std::string_view head = text.substr(lead, kMaxLabelBytes);
  std::size_t colon = head.find(':');
  std::size_t colon_bytes = 1;
  const std::size_t wide = head.find("\xEF\xBC\x9A");  // the full-width colon of CJK text
  if (wide < colon) {
    colon = wide;
    colon_bytes = 3;
  }
  if (colon == std::string_view::npos) return std::nullopt;
  const std::string_view name = trim(head.substr(0, colon));
  std::size_t after = lead + colon + colon_bytes;
  const std::string_view said = trim(text.substr(after));
  // "Q:" and "Answer:" are the labelled layouts' to read; "Photo: ..." is a credit.
  if (name.empty() || said.empty() || !looks_like_person_name(name) ||
      qa_label_kind(ascii_lower(name)) != QaLabel::none || is_credit_line(text))
    return std::nullopt;
  while (after < text.size() && text[after] != said.front()) ++after;
  return Turn{.name = std::string(name),
              .key = ascii_lower(name),
              .label_bytes = after,
              .asks = asks_question(said)};
}

// The speaker whose turns ask: at least two of them and two in five, and a larger share than
// any other speaker's. Empty when there is none, or when speakers are too few or too rare
// for the text to be written in turns.
std::string interviewer_of(const std::vector<std::optional<Turn>>& turns, std::size_t paragraphs) {
  struct Tally {
    std::size_t turns = 0;
    std::size_t asks = 0;
  };
  std::map<std::string, Tally> speakers;
  std::size_t labelled = 0;
  for (const std::optional<Turn>& turn : turns) {
    if (!turn) continue;
    ++labelled;
    Tally& tally = speakers[turn->key];
    ++tally.turns;
    tally.asks += turn->asks;
  }
  std::size_t regular = 0;        // speakers with two turns or more
  std::size_t regular_turns = 0;  // and their turns
  for (const auto& [key, tally] : speakers) {
    if (tally.turns < 2) continue;
    ++regular;
    regular_turns += tally.turns;
  }
  // A stray "Note:" or "Update:" is not a speaker; most labels must name the regular ones.
  if (regular < 2 || labelled < 4 || 5 * labelled < 2 * paragraphs ||
      5 * regular_turns < 4 * labelled)
    return {};
  std::string best;
  double best_share = 0;
  bool tied = false;
  for (const auto& [key, tally] : speakers) {
    if (tally.turns < 2) continue;
    const double share = static_cast<double>(tally.asks) / static_cast<double>(tally.turns);
    if (share > best_share) {
      best = key;
      best_share = share;
      tied = false;
    } else if (share == best_share) {
      tied = true;
    }
  }
  if (tied || best.empty() || speakers[best].asks < 2 || best_share < 0.4) return {};
  return best;
}

// A question's inlines from its paragraph, the label dropped; in a span with the division's
// language and direction if it came in one, and without the bold of a bold paragraph.
Inlines question_of(Block& block, std::size_t label_bytes) {
  Paragraph* p = paragraph_in(block);
  Inlines content = std::move(p->content);
  drop_leading_text(content, label_bytes);
  if (content.size() == 1) {
    if (Strong* strong = content.front().as<Strong>()) {
      Inlines inner = std::move(strong->children);
      content = std::move(inner);
    }
  }
  const Division* d = block.as<Division>();
  if (!d || content.empty()) return content;
  return Inlines{Span{*d->attributes, std::move(content)}};
}

void append_line(Inlines& to, Inlines more) {
  if (more.empty()) return;
  if (!to.empty()) to.push_back(SoftBreak{});
  for (Inline& node : more) to.push_back(std::move(node));
}

// What bold, italics or a language span hold: what a label may be set in.
Inlines* formatted_children(Inline& node) {
  if (Strong* n = node.as<Strong>()) return &n->children;
  if (Emphasis* n = node.as<Emphasis>()) return &n->children;
  if (Span* n = node.as<Span>()) return &n->children;
  return nullptr;
}

// Drops the leading spaces of the inlines' text, inside formatting too.
void drop_leading_spaces(Inlines& inlines) {
  while (!inlines.empty()) {
    Inline& first = inlines.front();
    if (Text* text = first.as<Text>()) {
      const std::size_t spaces = text->text.find_first_not_of(" \t");
      if (spaces == std::string::npos) {
        inlines.erase(inlines.begin());
        continue;
      }
      text->text.erase(0, spaces);
      return;
    }
    if (first.kind() == InlineKind::soft_break) {
      inlines.erase(inlines.begin());
      continue;
    }
    Inlines* children = formatted_children(first);
    if (!children) return;
    drop_leading_spaces(*children);
    if (!children->empty()) return;
    inlines.erase(inlines.begin());
  }
}

// Drops `bytes` bytes of leading plain text; what is left of them after this node's.
std::size_t drop_text(Inlines& inlines, std::size_t bytes) {
  while (bytes > 0 && !inlines.empty()) {
    Inline& first = inlines.front();
    if (Text* text = first.as<Text>()) {
      const std::size_t n = std::min(bytes, text->text.size());
      text->text.erase(0, n);
      bytes -= n;
      if (text->text.empty()) inlines.erase(inlines.begin());
      continue;
    }
    if (first.kind() == InlineKind::soft_break || first.kind() == InlineKind::hard_break) {
      --bytes;  // plain_text() gives a break as one space
      inlines.erase(inlines.begin());
      continue;
    }
    Inlines* children = formatted_children(first);
    if (!children) break;  // a link or code in the label: left as it is
    bytes = drop_text(*children, bytes);
    if (!children->empty()) break;
    inlines.erase(inlines.begin());
  }
  return bytes;
}

}  // namespace

void drop_leading_text(Inlines& inlines, std::size_t bytes) {
  drop_text(inlines, bytes);
  drop_leading_spaces(inlines);
}

std::optional<Document> read_speaker_turns(Blocks& blocks, std::size_t from) {
  std::vector<std::optional<Turn>> turns(blocks.size());
  std::size_t first = blocks.size();
  std::size_t paragraphs = 0;  // from the first turn on
  for (std::size_t i = from; i < blocks.size(); ++i) {
    Paragraph* p = paragraph_in(blocks[i]);
    if (!p) continue;
    turns[i] = turn_of(plain_text(p->content));
    if (turns[i] && first == blocks.size()) first = i;
    if (first < blocks.size()) ++paragraphs;
  }
  const std::string interviewer = interviewer_of(turns, paragraphs);
  if (interviewer.empty()) return std::nullopt;

  Document doc;
  for (std::size_t i = from; i < first; ++i) doc.intro.push_back(std::move(blocks[i]));
  std::string answering;  // the key of the entry's answering speaker
  bool asking = false;    // the interviewer's turn goes on
  for (std::size_t i = first; i < blocks.size(); ++i) {
    Block& block = blocks[i];
    const std::optional<Turn>& turn = turns[i];
    if (turn && turn->key == interviewer) {
      Inlines question = question_of(block, turn->label_bytes);
      if (!doc.entries.empty() && doc.entries.back().answer.empty()) {
        append_line(doc.entries.back().question, std::move(question));  // remarks, then asks
      } else {
        doc.entries.push_back(QandA{
            .question = std::move(question), .question_speaker = turn->name, .pos = block.pos});
        answering.clear();
      }
      asking = true;
      continue;
    }
    if (doc.entries.empty()) {  // a guest who speaks before the first question
      doc.intro.push_back(std::move(block));
      continue;
    }
    QandA& entry = doc.entries.back();
    if (turn) {
      asking = false;
      if (answering.empty()) {
        answering = turn->key;
        entry.answer_speaker = turn->name;
      }
      // A third speaker keeps the label, so that the answer still says who speaks.
      if (turn->key == answering)
        drop_leading_text(paragraph_in(block)->content, turn->label_bytes);
      entry.answer.push_back(std::move(block));
      continue;
    }
    if (asking && entry.answer.empty()) {
      if (Paragraph* p = paragraph_in(block)) {
        append_line(entry.question, std::move(p->content));
        continue;
      }
    }
    entry.answer.push_back(std::move(block));
  }
  return doc;
}

}  // namespace govtech
