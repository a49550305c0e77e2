#include "interview.hpp"

#include <deque>
#include <iterator>
#include <string>
#include <utility>

#include "dom.hpp"
#include "govtech/recognise.hpp"
#include "govtech/speaker_turns.hpp"
#include "govtech/text.hpp"
#include "metadata.hpp"

namespace html_reader {

using namespace govtech;

namespace {

std::vector<const GumboNode*> element_children(const GumboNode* node) {
  std::vector<const GumboNode*> out;
  const GumboVector* kids = children(node);
  for (unsigned i = 0; kids && i < kids->length; ++i) {
    if (is_element(child(kids, i))) out.push_back(child(kids, i));
  }
  return out;
}

const GumboNode* first_with_class(const GumboNode* node, std::string_view css_class) {
  for (const GumboNode* kid : element_children(node)) {
    if (has_token(kid, "class", css_class)) return kid;
  }
  return nullptr;
}

std::string text_of(const GumboNode* node) {
  return collapse_spaces(text_content(node));
}

// Headings of a part of the page, back to the document's levels: the writer shifts them
// below the article's title (intro) or below the question (answers).
void shift_headings(Blocks& blocks, int by) {
  for (Block& block : blocks) {
    if (Heading* h = block.as<Heading>()) h->level = std::max(1, h->level - by);
    // The writer shifts the headings of a division as it shifts those around it.
    if (Division* d = block.as<Division>()) shift_headings(d->blocks, by);
  }
}

// "Name:" of a speaker label span, without its colon.
std::string speaker_label(const GumboNode* span) {
  std::string text = text_of(span);
  if (text.ends_with(':')) text.pop_back();
  return std::string(trim(text));
}

const GumboNode* leading_speaker(const GumboNode* element) {
  const std::vector<const GumboNode*> kids = element_children(element);
  if (kids.empty() || !has_tag(kids.front(), GUMBO_TAG_SPAN) ||
      !has_token(kids.front(), "class", "speaker")) {
    return nullptr;
  }
  // Only when nothing but white space comes before it.
  const GumboVector* all = children(element);
  for (unsigned i = 0; i < all->length; ++i) {
    const GumboNode* n = child(all, i);
    if (n == kids.front()) return n;
    if (n->type == GUMBO_NODE_TEXT) return nullptr;
  }
  return nullptr;
}

void read_own_header(const GumboNode* header, Metadata& meta) {
  std::string headline;
  for (const GumboNode* kid : element_children(header)) {
    const GumboTag tag = kid->v.element.tag;
    if (tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6 && headline.empty()) {
      headline = text_of(kid);
    } else if (has_token(kid, "class", "subtitle")) {
      if (meta.subtitle.empty()) meta.subtitle = text_of(kid);
    } else if (has_token(kid, "class", "interviewee")) {
      // The header's fields, not the JSON-LD's: schema.org has no place for a unit without
      // an organisation, so only the header tells them apart.
      meta.interviewee = {};
      Person& who = meta.interviewee;
      for (auto [css_class, field] :
           {std::pair{"name", &who.name}, std::pair{"role", &who.role},
            std::pair{"unit", &who.unit}, std::pair{"organisation", &who.organisation},
            std::pair{"country", &who.country}}) {
        if (const GumboNode* span = first_with_class(kid, css_class)) *field = text_of(span);
      }
    } else if (has_token(kid, "class", "byline")) {
      if (!meta.authors.empty()) continue;
      for (const GumboNode* span : element_children(kid)) {
        if (has_token(span, "class", "author")) meta.authors.push_back(text_of(span));
      }
    } else if (has_token(kid, "class", "series")) {
      if (meta.series.empty()) meta.series = text_of(kid);
    } else if (has_token(kid, "class", "date")) {
      if (!meta.date.empty()) continue;
      const std::vector<const GumboNode*> inner = element_children(kid);
      const char* datetime = !inner.empty() && has_tag(inner[0], GUMBO_TAG_TIME)
                                 ? attribute(inner[0], "datetime")
                                 : nullptr;
      meta.date = datetime ? std::string(datetime) : text_of(kid);
    }
  }
  // The writer shows the interviewee's name where the document has no title.
  if (meta.title.empty() && headline != meta.interviewee.name) meta.title = headline;
}

// ---------------------------------------------------------------------------------------------
// Q:/A: labels.

constexpr std::string_view kQuestionLabels[] = {"Question", "Q"};
constexpr std::string_view kAnswerLabels[] = {"Answer", "A"};

std::size_t label_length(std::string_view text, const std::string_view (&labels)[2]) {
  std::size_t lead = 0;
  while (lead < text.size() && (text[lead] == ' ' || text[lead] == '\n')) ++lead;
  text.remove_prefix(lead);
  for (std::string_view label : labels) {
    if (!text.starts_with(label)) continue;
    std::size_t at = label.size();
    while (at < text.size() && text[at] == ' ') ++at;
    if (at >= text.size() || (text[at] != ':' && text[at] != '.')) continue;
    ++at;
    while (at < text.size() && (text[at] == ' ' || text[at] == '\t')) ++at;
    return lead + at;
  }
  return 0;
}

Inlines* formatting_children(Inline& node) {
  if (auto* n = node.as<Strong>()) return &n->children;
  if (auto* n = node.as<Emphasis>()) return &n->children;
  return nullptr;
}

// The inlines without their leading label, or nothing when they start with none.
std::optional<Inlines> strip_label(Inlines content, const std::string_view (&labels)[2]) {
  if (content.empty()) return std::nullopt;
  Inline& first = content.front();
  if (Text* text = first.as<Text>()) {
    const std::size_t n = label_length(text->text, labels);
    if (!n) return std::nullopt;
    text->text.erase(0, n);
    if (text->text.empty()) content.erase(content.begin());
  } else if (Inlines* inner = formatting_children(first)) {
    Text* text = inner->empty() ? nullptr : inner->front().as<Text>();
    const std::size_t n = text ? label_length(text->text, labels) : 0;
    if (!n) return std::nullopt;
    text->text.erase(0, n);
    if (text->text.empty()) inner->erase(inner->begin());
    if (inner->empty()) {
      content.erase(content.begin());
    } else if (content.size() == 1) {
      Inlines unwrapped =
          std::move(*inner);  // "<b>Q: Why?</b>": the label's bold, not the question's
      content = std::move(unwrapped);
    }
  } else {
    return std::nullopt;
  }
  normalise(content);
  while (!content.empty() && content.front().kind() == InlineKind::soft_break)
    content.erase(content.begin());
  if (!content.empty()) {
    if (Text* t = content.front().as<Text>()) {
      while (!t->text.empty() && t->text.front() == ' ') t->text.erase(0, 1);
    }
  }
  return content;
}

// A paragraph, or the one paragraph of a division that gives it a language or direction
// (LibreOffice writes <p dir="rtl"> for every right-to-left paragraph): what the layouts read
// as a paragraph. The division stays around the paragraph where the block is kept whole.
const Paragraph* paragraph_of(const Block& block) {
  if (const Paragraph* p = block.as<Paragraph>()) return p;
  const Division* d = block.as<Division>();
  if (!d || d->blocks.size() != 1 || !d->attributes->id.empty() || !d->attributes->classes.empty())
    return nullptr;
  return d->blocks.front().as<Paragraph>();
}
Paragraph* paragraph_of(Block& block) {
  return const_cast<Paragraph*>(paragraph_of(std::as_const(block)));
}

// The content of a paragraph that is wholly bold, also through the spans around the bold
// (<span lang="ar"><b>...</b></span>, as LibreOffice nests them): the Strong, or nothing.
Strong* bold_of(Inlines& content) {
  Inline* only = nullptr;
  for (Inline& node : content) {
    const Text* text = node.as<Text>();
    if (text && is_blank(text->text)) continue;
    if (node.kind() == InlineKind::soft_break || node.kind() == InlineKind::hard_break) continue;
    if (only) return nullptr;
    only = &node;
  }
  if (!only) return nullptr;
  if (Strong* strong = only->as<Strong>()) return strong;
  if (Span* span = only->as<Span>()) return bold_of(span->children);
  return nullptr;
}
bool wholly_bold(const Paragraph& p) {
  return bold_of(const_cast<Inlines&>(p.content)) != nullptr;
}

// A block's paragraph content for a question: in a span saying the division's language and
// direction, if it came in one.
Inlines question_content(Block& block, Inlines content) {
  const Division* d = block.as<Division>();
  if (!d || content.empty()) return content;
  return Inlines{Span{*d->attributes, std::move(content)}};
}

bool is_question_paragraph(const Block& block) {
  const Paragraph* p = paragraph_of(block);
  return p && strip_label(p->content, kQuestionLabels).has_value();
}

void explain(const std::string& layout, const Document& doc, Diagnostics& diagnostics) {
  diagnostics.describe("layout", layout);
  diagnostics.note("read as the '" + layout + "' layout: " + std::to_string(doc.entries.size()) +
                   " question(s)");
  for (const QandA& entry : doc.entries) {
    diagnostics.note("question: " + plain_text(entry.question).substr(0, 80), entry.pos);
  }
}

// The headline and byline at the top of an introduction, for the labelled layouts.
void header_from_intro(Blocks& intro, Metadata& meta) {
  std::size_t used = 0;
  if (!intro.empty()) {
    if (const Heading* h = intro.front().as<Heading>(); h && h->level == 1) {
      const std::string headline = collapse_spaces(plain_text(h->content));
      meta.title = meta.title.empty() ? headline : headline_title(meta.title, headline);
      used = 1;
    } else if (const Paragraph* p = paragraph_of(intro.front()); p && wholly_bold(*p)) {
      // A headline set in bold, as word processors do: short, and no sentence.
      std::string text = collapse_spaces(plain_text(p->content));
      if (meta.title.empty() && !text.empty() && text.size() <= 150 && !text.ends_with('.') &&
          !asks_question(text)) {
        meta.title = std::move(text);
        used = 1;
      }
    }
  }
  if (used < intro.size()) {
    if (const Paragraph* p = paragraph_of(intro[used])) {
      if (auto byline = parse_byline(collapse_spaces(plain_text(p->content)))) {
        if (meta.authors.empty()) meta.authors = byline->authors;
        if (meta.date.empty()) meta.date = byline->date;
        ++used;
      }
    }
  }
  intro.erase(intro.begin(), intro.begin() + static_cast<std::ptrdiff_t>(used));
}

std::optional<Document> labelled(Blocks& blocks, const Metadata& meta) {
  std::size_t questions = 0, answered = 0;
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    if (!is_question_paragraph(blocks[i])) continue;
    ++questions;
    const Paragraph* p = paragraph_of(blocks[i]);
    bool inline_answer = false;
    for (const Inline& node : p->content)
      inline_answer = inline_answer || node.kind() == InlineKind::hard_break;
    if (inline_answer || (i + 1 < blocks.size() && !is_question_paragraph(blocks[i + 1])))
      ++answered;
  }
  if (answered < 2) return std::nullopt;
  Document doc;
  doc.meta = meta;
  for (Block& block : blocks) {
    if (is_question_paragraph(block)) {
      Inlines content = *strip_label(std::move(paragraph_of(block)->content), kQuestionLabels);
      // "Q: ...<br>A: ...": the answer in the same paragraph, after a line break.
      Inlines answer;
      for (std::size_t k = 0; k < content.size(); ++k) {
        if (content[k].kind() != InlineKind::hard_break) continue;
        Inlines rest(std::make_move_iterator(content.begin() + static_cast<std::ptrdiff_t>(k) + 1),
                     std::make_move_iterator(content.end()));
        if (auto stripped = strip_label(rest, kAnswerLabels)) {
          answer = std::move(*stripped);
          content.erase(content.begin() + static_cast<std::ptrdiff_t>(k), content.end());
        } else {
          for (std::size_t m = 0; m < rest.size(); ++m) content[k + 1 + m] = std::move(rest[m]);
        }
        break;
      }
      doc.entries.push_back(
          QandA{.question = question_content(block, std::move(content)), .pos = block.pos});
      if (!answer.empty())
        doc.entries.back().answer.push_back({Paragraph{std::move(answer)}, block.pos});
      continue;
    }
    if (doc.entries.empty()) {
      doc.intro.push_back(std::move(block));
      continue;
    }
    Blocks& answer = doc.entries.back().answer;
    if (answer.empty()) {
      if (Paragraph* p = paragraph_of(block)) {
        if (auto stripped = strip_label(p->content, kAnswerLabels))
          p->content = std::move(*stripped);
      }
    }
    answer.push_back(std::move(block));
  }
  header_from_intro(doc.intro, doc.meta);
  return doc;
}

// Replaces the Strong that bold_of() finds by its children, in place.
void drop_bold(Inlines& content) {
  for (auto it = content.begin(); it != content.end(); ++it) {
    if (Strong* strong = it->as<Strong>()) {
      Inlines children = std::move(strong->children);
      it = content.erase(it);
      content.insert(it, std::make_move_iterator(children.begin()),
                     std::make_move_iterator(children.end()));
      return;
    }
    if (Span* span = it->as<Span>()) return drop_bold(span->children);
  }
}

// A wholly bold paragraph's content without the bold (the spans around it kept).
Inlines unbolded(Paragraph& p) {
  if (wholly_strong(p)) {
    for (Inline& node : p.content) {
      if (Strong* strong = node.as<Strong>()) return std::move(strong->children);
    }
  }
  if (bold_of(p.content)) drop_bold(p.content);
  return std::move(p.content);
}

std::optional<Document> definitions(TopBlocks& top, const Metadata& meta) {
  std::size_t terms = 0, asking = 0;
  for (std::size_t i = 0; i < top.blocks.size(); ++i) {
    if (top.marks[i] != Mark::term) continue;
    ++terms;
    const Paragraph* p = top.blocks[i].as<Paragraph>();
    if (p && asks_question(collapse_spaces(plain_text(p->content))) && i + 1 < top.blocks.size() &&
        top.marks[i + 1] == Mark::definition)
      ++asking;
  }
  if (asking < 2 || asking * 2 < terms) return std::nullopt;
  Document doc;
  doc.meta = meta;
  bool after = false;
  for (std::size_t i = 0; i < top.blocks.size(); ++i) {
    Block& block = top.blocks[i];
    const Mark mark = top.marks[i];
    if (mark == Mark::term && block.as<Paragraph>()) {
      doc.entries.push_back(QandA{.question = unbolded(*block.as<Paragraph>()), .pos = block.pos});
      after = false;
    } else if (mark == Mark::definition && !doc.entries.empty() && !after) {
      doc.entries.back().answer.push_back(std::move(block));
    } else if (doc.entries.empty()) {
      doc.intro.push_back(std::move(block));
    } else {
      after = true;
      doc.trailing.push_back(std::move(block));
    }
  }
  header_from_intro(doc.intro, doc.meta);
  return doc;
}

// Drops `bytes` of leading text ("3. ") from a question's inlines.
void drop_prefix(Inlines& inlines, std::size_t bytes) {
  if (bytes == 0 || inlines.empty()) return;
  if (Text* text = inlines.front().as<Text>()) {
    text->text.erase(0, std::min(bytes, text->text.size()));
    while (!text->text.empty() && text->text.front() == ' ') text->text.erase(0, 1);
  }
}

std::optional<Document> recognised(Blocks& blocks, const Metadata& meta, Recognition& found) {
  std::deque<std::string> texts;  // the units point into these
  std::vector<Unit> units;
  units.reserve(blocks.size());
  for (const Block& block : blocks) {
    Unit unit{.pos = block.pos};
    if (const Paragraph* p = paragraph_of(block)) {
      texts.push_back(plain_text(p->content));
      unit.bold = wholly_bold(*p);
    } else if (const Heading* h = block.as<Heading>()) {
      texts.push_back(plain_text(h->content));
      unit.heading = h->level;
    } else {
      texts.emplace_back();
      unit.nested = true;
    }
    unit.text = trim(texts.back());
    units.push_back(unit);
  }
  found = recognise_interview(units);
  if (found.layout.empty()) return std::nullopt;
  Document doc;
  doc.meta = meta;
  Metadata& m = doc.meta;
  if (m.title.empty()) m.title = found.meta.title;
  if (m.subtitle.empty()) m.subtitle = found.meta.subtitle;
  if (m.interviewee.empty()) m.interviewee = found.meta.interviewee;
  if (m.authors.empty()) m.authors = found.meta.authors;
  if (m.series.empty()) m.series = found.meta.series;
  if (m.date.empty()) m.date = found.meta.date;
  for (auto& kv : found.meta.extra) m.extra.push_back(kv);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    Block& block = blocks[i];
    switch (found.roles[i]) {
      case UnitRole::body:
      case UnitRole::credit:
        doc.intro.push_back(std::move(block));
        break;
      case UnitRole::question: {
        Inlines question;
        if (Heading* h = block.as<Heading>()) {
          question = std::move(h->content);
        } else if (Paragraph* p = paragraph_of(block)) {
          question = question_content(block, unbolded(*p));
        }
        drop_prefix(question, found.skip[i]);
        if (i > 0 && found.roles[i - 1] == UnitRole::question && !doc.entries.empty()) {
          Inlines& previous = doc.entries.back().question;
          previous.push_back(SoftBreak{});
          for (Inline& node : question) previous.push_back(std::move(node));
        } else {
          doc.entries.push_back(QandA{.question = std::move(question), .pos = block.pos});
        }
        break;
      }
      case UnitRole::answer:
        if (!doc.entries.empty()) doc.entries.back().answer.push_back(std::move(block));
        break;
      case UnitRole::trailing:
        doc.trailing.push_back(std::move(block));
        break;
      default:
        break;  // header lines: their text is in the metadata
    }
  }
  return doc;
}

}  // namespace

std::optional<Document> read_own_article(const GumboNode* article, Converter& converter,
                                         Metadata meta, Diagnostics& diagnostics) {
  if (!has_tag(article, GUMBO_TAG_ARTICLE)) return std::nullopt;
  const std::vector<const GumboNode*> kids = element_children(article);
  if (kids.empty() || !has_tag(kids.front(), GUMBO_TAG_HEADER)) return std::nullopt;
  Document doc;
  doc.meta = std::move(meta);
  read_own_header(kids.front(), doc.meta);
  converter.leave_out(kids.front());
  for (std::size_t i = 1; i < kids.size(); ++i) {
    const GumboNode* kid = kids[i];
    if (has_tag(kid, GUMBO_TAG_SECTION) && attribute(kid, "aria-labelledby")) {
      const std::vector<const GumboNode*> parts = element_children(kid);
      if (parts.empty()) continue;
      QandA entry;
      entry.pos = position_of(parts.front());
      if (const GumboNode* speaker = leading_speaker(parts.front())) {
        entry.question_speaker = speaker_label(speaker);
        converter.leave_out(speaker);
      }
      entry.question = converter.inlines_of(parts.front());
      if (entry.question.size() == 1 && entry.question[0].as<Text>() &&
          entry.question[0].as<Text>()->text == "\u2026")
        entry.question.clear();  // the writer's stand-in for an empty question
      converter.leave_out(parts.front());
      if (parts.size() > 1 && has_tag(parts[1], GUMBO_TAG_P)) {
        if (const GumboNode* speaker = leading_speaker(parts[1])) {
          entry.answer_speaker = speaker_label(speaker);
          converter.leave_out(speaker);
        }
      }
      entry.answer = converter.blocks_of(kid);
      shift_headings(entry.answer, 2);
      doc.entries.push_back(std::move(entry));
      continue;
    }
    if (has_tag(kid, GUMBO_TAG_FOOTER)) {
      if (const GumboNode* rights = first_with_class(kid, "rights")) {
        if (doc.meta.rights.empty()) doc.meta.rights = text_of(rights);
        continue;
      }
    }
    TopBlocks top;
    converter.top_level(kid, top);
    shift_headings(top.blocks, 1);
    Blocks& into = doc.entries.empty() ? doc.intro : doc.trailing;
    for (Block& b : top.blocks) into.push_back(std::move(b));
  }
  const std::string layout = doc.is_interview() ? "sections" : "article";
  diagnostics.describe("layout", layout);
  diagnostics.note("read as this converter's own HTML: " + std::to_string(doc.entries.size()) +
                   " question(s), one per <section>");
  return doc;
}

Document assemble_interview(TopBlocks top, Metadata meta, Diagnostics& diagnostics) {
  if (auto doc = labelled(top.blocks, meta)) {
    explain("qa", *doc, diagnostics);
    return std::move(*doc);
  }
  // A transcript: the interviewer's turns are the questions, their names the speakers'.
  if (auto doc = read_speaker_turns(top.blocks)) {
    doc->meta = meta;
    header_from_intro(doc->intro, doc->meta);
    explain("transcript", *doc, diagnostics);
    return std::move(*doc);
  }
  if (auto doc = definitions(top, meta)) {
    explain("definitions", *doc, diagnostics);
    return std::move(*doc);
  }
  Recognition found;
  if (auto doc = recognised(top.blocks, meta, found)) {
    diagnostics.describe("layout", found.layout);
    diagnostics.note("read as the '" + found.layout +
                     "' layout: " + std::to_string(doc->entries.size()) + " question(s)");
    for (const std::string& why : found.evidence) diagnostics.note(why);
    return std::move(*doc);
  }
  report_article(found, "paragraphs", "-v explains", diagnostics);
  Document doc;
  doc.meta = std::move(meta);
  doc.intro = std::move(top.blocks);
  return doc;
}

}  // namespace html_reader
