#include "assemble.hpp"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "govtech/recognise.hpp"
#include "govtech/text.hpp"
#include "notes.hpp"

namespace govtech::docx {

namespace {

bool nested(const Item& item) {
  return item.table || item.para.list || item.para.kind == ParaKind::quote ||
         item.para.kind == ParaKind::code;
}

// "1. What drew you here?" numbered by Word rather than typed: a bold paragraph at the top
// level of a numbered list.
bool numbered_bold(const Item& item) {
  return !item.table && item.para.list && item.para.list->ordered && item.para.ilvl == 0 &&
         item.para.bold && item.para.kind == ParaKind::normal;
}

// Gathers paragraphs into blocks: list paragraphs into (nested) lists, quotation paragraphs
// into a block quote, code paragraphs into a code block. List numbers continue across the
// document as Word counts them, per list instance.
class BlockBuilder {
 public:
  void add(std::vector<Item>& items, std::size_t from, std::size_t to, Blocks& out) {
    std::size_t i = from;
    while (i < to) {
      Item& item = items[i];
      Para& p = item.para;
      std::size_t j = i + 1;
      if (item.table) {
        out.push_back(std::move(*item.table));
      } else if (p.list) {
        while (j < to && !items[j].table && items[j].para.list) ++j;
        lists(items, i, j, out);
      } else if (p.kind == ParaKind::quote) {
        BlockQuote quote;
        for (j = i; j < to && !items[j].table && items[j].para.kind == ParaKind::quote; ++j) {
          quote.blocks.push_back(block_of(items[j].para));
        }
        out.push_back(Block(std::move(quote), p.pos));
      } else if (p.kind == ParaKind::code) {
        CodeBlock code;
        for (j = i; j < to && !items[j].table && items[j].para.kind == ParaKind::code; ++j) {
          code.text += code_text(items[j].para.content) + "\n";
        }
        out.push_back(Block(std::move(code), p.pos));
      } else {
        out.push_back(block_of(p));
      }
      i = j;
    }
  }

  // A paragraph that runs otherwise than the document (right to left in a left-to-right
  // document, or the reverse) says so to the writers: a heading by its attributes, another
  // paragraph (a list item's, an answer's) by a division.
  static Block block_of(Para& p) {
    if (p.heading > 0 || p.kind == ParaKind::title) {
      Heading heading{p.kind == ParaKind::title ? 1 : p.heading, std::move(p.content)};
      heading.attributes->direction = p.direction;
      return Block(std::move(heading), p.pos);
    }
    if (p.direction != Direction::unspecified) {
      return Block(
          Division{Attributes{.direction = p.direction}, {Paragraph{std::move(p.content)}}}, p.pos);
    }
    return Block(Paragraph{std::move(p.content)}, p.pos);
  }

 private:
  static std::string code_text(const Inlines& inlines) {
    std::string out;
    for (const Inline& node : inlines) {
      if (node.kind() == InlineKind::hard_break || node.kind() == InlineKind::soft_break) {
        out += '\n';
      } else {
        out += flat_text(Inlines{node});
      }
    }
    return out;
  }

  struct Open {
    bool ordered = false;
    int start = 1;
    int num_id = 0;
    int ilvl = 0;
    std::vector<ListItem> items{};
    SourcePos pos{};
  };

  void close(std::vector<Open>& stack, Blocks& out) {
    Open top = std::move(stack.back());
    stack.pop_back();
    Block list = top.ordered ? Block(OrderedList{top.start, true, std::move(top.items)}, top.pos)
                             : Block(BulletList{true, std::move(top.items)}, top.pos);
    if (stack.empty()) {
      out.push_back(std::move(list));
      return;
    }
    if (stack.back().items.empty()) stack.back().items.push_back(ListItem{});
    stack.back().items.back().blocks.push_back(std::move(list));
  }

  // An explicit stack of the open levels: nesting comes from w:ilvl (0..8), never recursion.
  void lists(std::vector<Item>& items, std::size_t from, std::size_t to, Blocks& out) {
    std::vector<Open> stack;
    for (std::size_t i = from; i < to; ++i) {
      Para& p = items[i].para;
      const ListLevel& level = *p.list;
      while (!stack.empty() && stack.back().ilvl > p.ilvl) close(stack, out);
      if (!stack.empty() && stack.back().ilvl == p.ilvl &&
          (stack.back().num_id != p.num_id || stack.back().ordered != level.ordered)) {
        close(stack, out);
      }
      if (stack.empty() || stack.back().ilvl < p.ilvl) {
        const auto key = std::make_pair(p.num_id, p.ilvl);
        int start = level.start;
        if (auto seen = counted_.find(key); seen != counted_.end() && p.ilvl == 0) {
          start = seen->second + 1;
        }
        counted_[key] = start - 1;
        stack.push_back({level.ordered, start, p.num_id, p.ilvl, {}, p.pos});
      }
      ++counted_[std::make_pair(p.num_id, p.ilvl)];
      ListItem item;
      item.blocks.push_back(block_of(p));
      stack.back().items.push_back(std::move(item));
    }
    while (!stack.empty()) close(stack, out);
  }

  std::map<std::pair<int, int>, int> counted_;  // items numbered so far, per list and level
};

// ---------------------------------------------------------------------------------------------
// Labelled turns: "Q: ..." / "A: ...", or a transcript's "Name: ...".

struct Label {
  std::string key{};       // lower-cased
  std::string written{};   // as written
  std::size_t length = 0;  // bytes of the label with its colon and the spaces after it
  bool rest = false;       // text follows it
};

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::optional<Label> label_of(std::string_view text) {
  std::size_t colon = text.find(':');
  std::size_t colon_size = 1;
  if (const std::size_t wide = text.find("\xEF\xBC\x9A"); wide < colon) {  // full-width colon
    colon = wide;
    colon_size = 3;
  }
  if (colon == 0 || colon == std::string_view::npos || colon > 40) return std::nullopt;
  const std::string_view name = trim(text.substr(0, colon));
  if (name.empty() || name.find_first_of("?\"!;,()[]") != std::string_view::npos) {
    return std::nullopt;
  }
  const auto first = static_cast<unsigned char>(name[0]);
  if (first < 0x80 && !std::isupper(first) && first != 'q' && first != 'a') return std::nullopt;
  if (std::count(name.begin(), name.end(), ' ') > 3) return std::nullopt;
  Label label{.key = lower(name), .written = std::string(name)};
  const std::size_t at = colon + colon_size;
  const std::string_view after = text.substr(at);
  const std::string_view rest = trim(after);
  label.rest = !rest.empty();
  label.length =
      label.rest ? at + static_cast<std::size_t>(rest.data() - after.data()) : text.size();
  if (label.rest && rest.starts_with("//")) return std::nullopt;  // a URL, not a label
  return label;
}

// The labels the core knows: Q/A, Question/Answer, P/R, F/A, 질문/답변, 問/答, س/ج and more.
bool question_key(const std::string& key) {
  return qa_label_kind(key) == QaLabel::question;
}
bool answer_key(const std::string& key) {
  return qa_label_kind(key) == QaLabel::answer;
}

// A question or answer label: "Q:", "Q :", "Q.", "Q -", "P –", "질문:". A full stop or a dash
// needs a space after it ("Q.E.D." and "A-level" are words), and a full stop labels only Q and
// A ("D. Osei said" opens a sentence).
std::optional<Label> qa_label_of(std::string_view text) {
  std::size_t end = 0;
  while (end < text.size() && end < 24 && text[end] != ' ' && text[end] != ':' &&
         text[end] != '.' && text[end] != '-' && !text.substr(end).starts_with("\xEF\xBC\x9A")) {
    ++end;
  }
  if (end == 0 || end >= text.size()) return std::nullopt;
  Label label{.key = lower(text.substr(0, end))};
  if (!question_key(label.key) && !answer_key(label.key)) return std::nullopt;
  std::size_t at = end;
  while (at < text.size() && text[at] == ' ') ++at;
  const std::string_view rest = text.substr(at);
  std::size_t mark = 0;
  for (std::string_view sep : {":", "\xEF\xBC\x9A", ".", "-", "\xE2\x80\x93", "\xE2\x80\x94"}) {
    if (rest.starts_with(sep)) {
      mark = sep.size();
      break;
    }
  }
  if (mark == 0) return std::nullopt;
  const bool colon = rest.starts_with(":") || rest.starts_with("\xEF\xBC\x9A");
  if (!colon && (mark >= rest.size() || rest[mark] != ' ')) return std::nullopt;
  if (rest.starts_with(".") && label.key != "q" && label.key != "a") return std::nullopt;
  const std::string_view after = rest.substr(mark);
  const std::string_view body = trim(after);
  label.rest = !body.empty();
  label.length = label.rest ? static_cast<std::size_t>(body.data() - text.data()) : text.size();
  return label;
}

// "Q: question? A: answer" in one paragraph, as a document made from text whose Q: and A:
// lines were joined has it: the answer's label after a question mark ends the question.
struct InlineAnswer {
  std::size_t question_end;  // just after the question mark
  std::size_t answer_start;  // just after the answer's label
};
std::optional<InlineAnswer> find_inline_answer(std::string_view s) {
  static constexpr std::string_view kQuestionMarks[] = {"?", "\xEF\xBC\x9F", "\xD8\x9F"};
  for (std::size_t at = 0; at < s.size(); ++at) {
    std::size_t mark = 0;
    for (std::string_view m : kQuestionMarks) {
      if (s.substr(at).starts_with(m)) mark = m.size();
    }
    if (mark == 0) continue;
    std::size_t label_at = at + mark;
    while (label_at < s.size() && s[label_at] == ' ') ++label_at;
    if (label_at == at + mark) continue;  // a label needs a space before it
    const std::optional<Label> label = qa_label_of(s.substr(label_at));
    if (label && answer_key(label->key) && label->rest) {
      return InlineAnswer{at + mark, label_at + label->length};
    }
  }
  return std::nullopt;
}

// The answer's inlines, taken out of a question paragraph's `content`, when it holds one.
std::optional<Inlines> split_inline_answer(Inlines& content) {
  for (std::size_t i = 0; i < content.size(); ++i) {
    Text* text = content[i].as<Text>();
    if (!text) continue;
    const std::optional<InlineAnswer> found = find_inline_answer(text->text);
    if (!found) continue;
    Inlines answer;
    answer.push_back(Text{text->text.substr(found->answer_start)});
    for (std::size_t k = i + 1; k < content.size(); ++k) answer.push_back(std::move(content[k]));
    content.erase(content.begin() + static_cast<long>(i) + 1, content.end());
    text->text.erase(found->question_end);
    return answer;
  }
  return std::nullopt;
}

bool header_key(const std::string& key) {
  static constexpr std::string_view kKeys[] = {
      "photo",     "image",        "picture",       "source",    "note",
      "notes",     "title",        "date",          "by",        "update",
      "updated",   "caption",      "credit",        "subtitle",  "series",
      "keywords",  "location",     "see also",      "related",   "email",
      "e-mail",    "tel",          "phone",         "web",       "website",
      "http",      "https",        "editor's note", "read more", "disclaimer",
      "published", "interview by", "translated by", "tags"};
  for (std::string_view k : kKeys) {
    if (key == k) return true;
  }
  return false;
}

struct Turn {
  bool question = false;
  std::string speaker{};  // kept on the entry; empty for Q:/A:
  std::size_t length = 0;
};

// One optional turn per item, or nothing when the document is not written in turns (of the
// kinds allowed).
std::optional<std::vector<std::optional<Turn>>> plan_turns(const std::vector<Item>& items, bool qa,
                                                           bool transcript) {
  std::vector<std::optional<Label>> labels(items.size()), qa_labels(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& item = items[i];
    // Headings too: a page saved as a Word document may give each turn a heading.
    if (nested(item) || item.para.kind != ParaKind::normal) continue;
    labels[i] = label_of(item.para.text);
    qa_labels[i] = qa_label_of(item.para.text);
  }
  std::vector<std::optional<Turn>> plan(items.size());

  // Q:/A: labels: two questions at least, each followed by something that is not a question.
  std::size_t answered = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!qa_labels[i] || !question_key(qa_labels[i]->key)) continue;
    plan[i] = Turn{true, {}, qa_labels[i]->length};
    const bool next_is_question =
        i + 1 < items.size() && qa_labels[i + 1] && question_key(qa_labels[i + 1]->key);
    answered += (i + 1 < items.size() && !next_is_question) ||
                find_inline_answer(items[i].para.text).has_value();
  }
  if (qa && answered >= 2) {
    for (std::size_t i = 0; i < items.size(); ++i) {
      if (qa_labels[i] && answer_key(qa_labels[i]->key)) {
        plan[i] = Turn{false, {}, qa_labels[i]->length};
      }
    }
    return plan;
  }
  std::fill(plan.begin(), plan.end(), std::nullopt);

  // Speaker turns: two speakers or more making up most of the text, one of whom asks.
  struct Speaker {
    std::string written;
    std::size_t turns = 0;
    std::size_t asks = 0;
  };
  std::map<std::string, Speaker> speakers;
  std::size_t labelled = 0, first = items.size(), counted_from_first = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const bool top = !nested(items[i]) && items[i].para.kind == ParaKind::normal;
    if (top && first < items.size()) ++counted_from_first;
    if (!labels[i] || !labels[i]->rest || header_key(labels[i]->key) || qa_labels[i] ||
        is_credit_line(items[i].para.text)) {
      labels[i].reset();
      continue;
    }
    if (first == items.size()) {
      first = i;
      counted_from_first = 1;
    }
    Speaker& s = speakers[labels[i]->key];
    if (s.written.empty()) s.written = labels[i]->written;
    ++s.turns;
    s.asks += asks_question(items[i].para.text);
    ++labelled;
  }
  std::size_t regular = 0;
  const Speaker* host = nullptr;
  std::string host_key;
  for (const auto& [key, s] : speakers) {
    regular += s.turns >= 2;
    if (!host || s.asks > host->asks) {
      host = &s;
      host_key = key;
    }
  }
  if (!transcript || regular < 2 || labelled < 4 || labelled * 2 < counted_from_first || !host ||
      host->asks < 2 || host->asks * 5 < host->turns * 2) {
    return std::nullopt;
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (!labels[i]) continue;
    const Speaker& s = speakers[labels[i]->key];
    if (items[i].para.heading > 0 && s.turns < 2) continue;  // "Part one: ..." stays a heading
    plan[i] = Turn{labels[i]->key == host_key, s.written, labels[i]->length};
  }
  return plan;
}

void strip_label(Para& p, std::size_t length) {
  strip_front(p.content, 0);
  strip_front(p.content, length);
}

void append_question(QandA& entry, Inlines content) {
  if (!entry.question.empty()) entry.question.push_back(SoftBreak{});
  for (Inline& node : content) entry.question.push_back(std::move(node));
}

// ---------------------------------------------------------------------------------------------

class Assembler {
 public:
  explicit Assembler(std::vector<Item>& items) : items_(items), consumed_(items.size(), false) {}

  // Title and Subtitle paragraphs give the metadata, wherever they are; a second Title stays
  // in the text as a heading.
  void styled_header(Metadata& meta) {
    for (std::size_t i = 0; i < items_.size(); ++i) {
      Para& p = items_[i].para;
      if (items_[i].table) continue;
      if (p.kind == ParaKind::title && !titled_) {
        meta.title = collapse_spaces(p.text);
        titled_ = true;
        consumed_[i] = true;
      } else if (p.kind == ParaKind::subtitle && !subtitled_) {
        meta.subtitle = collapse_spaces(p.text);
        subtitled_ = true;
        consumed_[i] = true;
      } else if (p.kind == ParaKind::author && !p.text.empty()) {
        meta.authors.push_back(collapse_spaces(p.text));
        consumed_[i] = true;
      } else if (p.kind == ParaKind::date && meta.date.empty() && !p.text.empty()) {
        meta.date = parse_date(p.text).value_or(collapse_spaces(p.text));
        consumed_[i] = true;
      }
    }
  }

  bool consumed(std::size_t i) const { return consumed_[i]; }

  // Blocks of items [from, to), leaving out the consumed ones.
  void blocks(std::size_t from, std::size_t to, Blocks& out) {
    std::size_t i = from;
    while (i < to) {
      while (i < to && consumed(i)) ++i;
      std::size_t j = i;
      while (j < to && !consumed(j)) ++j;
      if (i < j) blocks_.add(items_, i, j, out);
      i = j;
    }
  }

  Document turns(const std::vector<std::optional<Turn>>& plan, Document doc) {
    std::size_t first = 0;
    while (first < plan.size() && !(plan[first] && plan[first]->question)) ++first;
    // Above the first question: a byline, else the intro.
    for (std::size_t i = 0; i < first; ++i) {
      if (consumed(i) || nested(items_[i])) continue;
      if (auto byline = parse_byline(items_[i].para.text); byline && doc.meta.authors.empty()) {
        doc.meta.authors = byline->authors;
        if (doc.meta.date.empty()) doc.meta.date = byline->date;
        consumed_[i] = true;
      }
    }
    blocks(0, first, doc.intro);
    bool asking = false;  // the last turn was a question
    std::size_t i = first;
    while (i < plan.size()) {
      if (!plan[i]) {
        std::size_t j = i;
        while (j < plan.size() && !plan[j]) ++j;
        blocks(i, j, doc.entries.back().answer);
        asking = false;
        i = j;
        continue;
      }
      const Turn& turn = *plan[i];
      Para& p = items_[i].para;
      strip_label(p, turn.length);
      QandA* entry = doc.entries.empty() ? nullptr : &doc.entries.back();
      if (turn.question) {
        if (p.bold) unwrap_strong(p.content);
        // A host's turns in a row are one question; two Q: labels are two questions.
        const bool continues =
            asking && entry && !turn.speaker.empty() && entry->question_speaker == turn.speaker;
        if (!continues) {
          doc.entries.push_back({.question_speaker = turn.speaker, .pos = p.pos});
          entry = &doc.entries.back();
        }
        std::optional<Inlines> answer =
            turn.speaker.empty() ? split_inline_answer(p.content) : std::nullopt;
        const Direction direction = p.direction;
        append_question(*entry, directed_content(p));
        asking = true;
        if (answer) {
          p.content = std::move(*answer);
          p.direction = direction;
          entry->answer.push_back(BlockBuilder::block_of(p));
          asking = false;
        }
      } else {
        if (entry->answer_speaker.empty()) entry->answer_speaker = turn.speaker;
        if (turn.speaker != entry->answer_speaker) {
          p.content.insert(p.content.begin(), Text{" "});
          p.content.insert(p.content.begin(), Strong{{Text{turn.speaker + ":"}}});
        }
        entry->answer.push_back(BlockBuilder::block_of(p));
        asking = false;
      }
      ++i;
    }
    return doc;
  }

  // The recogniser's reading. Nothing when it finds no interview.
  std::optional<Document> recognised(Document doc, Recognition& r) {
    std::vector<Unit> units;
    std::vector<std::size_t> index;  // item of each unit
    for (std::size_t i = 0; i < items_.size(); ++i) {
      // The styled title and subtitle are known already: without them the recogniser reads
      // an interviewee line or a byline beneath them as it would at the top.
      if (consumed(i)) continue;
      const Item& item = items_[i];
      units.push_back({.text = item.table ? item.table_text : item.para.text,
                       .pos = item.para.pos,
                       .blanks_before = units.empty() ? 2 : item.blanks_before,
                       .heading = item.para.heading,
                       .bold = item.para.bold,
                       // Bold paragraphs Word numbers as a list may be numbered questions.
                       .nested = nested(item) && !numbered_bold(item)});
      if (units.size() > 1) units[units.size() - 2].blanks_after = item.blanks_before;
      index.push_back(i);
    }
    if (units.empty()) return std::nullopt;
    units.back().blanks_after = 2;
    r = recognise_interview(units);
    if (r.layout.empty()) return std::nullopt;

    Metadata& meta = doc.meta;
    if (!titled_ && !r.meta.title.empty()) meta.title = r.meta.title;
    if (meta.subtitle.empty()) meta.subtitle = r.meta.subtitle;
    if (!r.meta.interviewee.empty()) meta.interviewee = r.meta.interviewee;
    if (!r.meta.authors.empty()) meta.authors = r.meta.authors;
    if (!r.meta.series.empty()) meta.series = r.meta.series;
    if (!r.meta.date.empty()) meta.date = r.meta.date;
    for (auto& kv : r.meta.extra) meta.extra.push_back(kv);

    const std::size_t n = units.size();
    auto run_end = [&](std::size_t i) {
      std::size_t j = i + 1;
      while (j < n && r.roles[j] == r.roles[i] && index[j] == index[j - 1] + 1) ++j;
      return j;
    };
    for (std::size_t i = 0; i < n;) {
      std::size_t j = run_end(i);
      switch (r.roles[i]) {
        case UnitRole::body:
        case UnitRole::credit:
          blocks(index[i], index[j - 1] + 1, doc.intro);
          break;
        case UnitRole::question: {
          QandA entry{.pos = units[i].pos};
          for (std::size_t k = i; k < j; ++k) {
            Para& p = items_[index[k]].para;
            strip_label(p, r.skip[k]);
            if (p.bold) unwrap_strong(p.content);
            append_question(entry, directed_content(p));
          }
          doc.entries.push_back(std::move(entry));
          break;
        }
        case UnitRole::answer:
          blocks(index[i], index[j - 1] + 1, doc.entries.back().answer);
          break;
        case UnitRole::trailing:
          blocks(index[i], index[j - 1] + 1, doc.trailing);
          break;
        case UnitRole::title:
        case UnitRole::subtitle:
          // A headline the styles already gave stays text; so does a second standfirst.
          if ((r.roles[i] == UnitRole::title && titled_ &&
               items_[index[i]].para.kind != ParaKind::title) ||
              (r.roles[i] == UnitRole::subtitle && subtitled_)) {
            blocks(index[i], index[j - 1] + 1, doc.intro);
          }
          break;
        default:
          break;  // the header: in the metadata now
      }
      i = j;
    }
    if (doc.entries.empty()) return std::nullopt;
    return doc;
  }

  Document article(Document doc) {
    blocks(0, items_.size(), doc.intro);
    return doc;
  }

  void notes(std::vector<Note>& notes, Document& doc) {
    if (notes.empty()) return;
    std::vector<Blocks> placed;
    for (Note& note : notes) {
      Blocks blocks;
      if (!note.items.empty() && !note.items.front().table) {
        strip_front(note.items.front().para.content, 0);
      }
      blocks_.add(note.items, 0, note.items.size(), blocks);
      placed.push_back(std::move(blocks));
    }
    place_notes(doc, placed);
  }

 private:
  std::vector<Item>& items_;
  BlockBuilder blocks_;
  std::vector<bool> consumed_;  // items whose text went into the metadata
  bool titled_ = false;
  bool subtitled_ = false;
};

// Says what was found, for -v and --report, as the text reader does.
void explain(const std::string& layout, const Document& doc, const Recognition* r,
             Diagnostics& diagnostics) {
  diagnostics.describe("layout", layout);
  std::string summary =
      "read as the '" + layout + "' layout: " + std::to_string(doc.entries.size()) + " question(s)";
  if (r && !r->layout.empty()) {
    char confidence[32];
    std::snprintf(confidence, sizeof confidence, ", confidence %.2f", r->confidence);
    summary += confidence;
  }
  diagnostics.note(summary);
  if (r) {
    for (const std::string& why : r->evidence) diagnostics.note(why);
  }
}

}  // namespace

Document assemble(std::vector<Item> items, std::vector<Note> notes, Metadata meta,
                  const std::string& layout, Diagnostics& diagnostics) {
  const bool any = layout == "auto";
  if (!any && layout != "qa" && layout != "transcript" && layout != "recognised" &&
      layout != "article") {
    throw Error(ErrorKind::usage, "unknown docx layout '" + layout +
                                      "'; use auto, qa, transcript, recognised or article");
  }
  Assembler assembler(items);
  Document doc;
  Metadata from_text;
  assembler.styled_header(from_text);
  doc.meta = from_text;

  Document result;
  Recognition r;
  std::optional<Document> found;
  std::optional<std::vector<std::optional<Turn>>> plan;
  if (any || layout == "qa" || layout == "transcript") {
    plan = plan_turns(items, any || layout == "qa", any || layout == "transcript");
  }
  if (!plan && (any || layout == "recognised")) found = assembler.recognised(doc, r);
  if (!any && layout != "article" && !plan && !found) {
    std::string why = "fewer than two Q: paragraphs have an answer after them";
    if (layout == "transcript") {
      why = "no two speakers' \"Name: text\" turns make up most of the text, one of them asking";
    } else if (layout == "recognised") {
      why = r.why_not.empty() ? "no questions found" : r.why_not;
    }
    throw Error(ErrorKind::input, "the document does not follow the '" + layout +
                                      "' layout (-V docx-layout=" + layout + "): " + why);
  }
  if (plan) {
    const bool qa = std::none_of(plan->begin(), plan->end(), [](const std::optional<Turn>& t) {
      return t && !t->speaker.empty();
    });
    result = assembler.turns(*plan, std::move(doc));
    explain(qa ? "qa" : "transcript", result, nullptr, diagnostics);
  } else if (found) {
    result = std::move(*found);
    explain(r.layout, result, &r, diagnostics);
  } else {
    result = assembler.article(std::move(doc));
    if (!report_article(r, "paragraphs", "-v explains; -V docx-layout=NAME forces a layout",
                        diagnostics)) {
      diagnostics.note("read as an article: no interview layout fits");
    }
  }
  assembler.notes(notes, result);

  // The package's properties fill what the text did not say.
  Metadata& m = result.meta;
  if (m.title.empty()) m.title = meta.title;
  if (m.authors.empty()) m.authors = meta.authors;
  if (m.date.empty()) m.date = meta.date;
  if (m.language.empty()) m.language = meta.language;
  if (m.description.empty()) m.description = meta.description;
  if (m.keywords.empty()) m.keywords = meta.keywords;
  for (auto& kv : meta.extra) m.extra.push_back(kv);
  return result;
}

}  // namespace govtech::docx
