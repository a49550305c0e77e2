#include "recognised.hpp"

#include <deque>
#include <string>

#include "govtech/text.hpp"

namespace govtech::markdown {

namespace {

// Drops `bytes` of leading text ("3. ", "――") from a question's inlines.
void drop_prefix(Inlines& inlines, std::size_t bytes) {
  if (bytes == 0 || inlines.empty()) return;
  if (Text* text = inlines.front().as<Text>()) {
    const std::size_t n = std::min(bytes, text->text.size());
    text->text.erase(0, n);
    while (!text->text.empty() && text->text.front() == ' ') text->text.erase(0, 1);
  }
}

// The paragraph of an ordered list of one item holding one short paragraph, or null.
const Paragraph* numbered_question(const Block& block) {
  const OrderedList* list = block.as<OrderedList>();
  if (!list || list->items.size() != 1 || list->items[0].blocks.size() != 1) return nullptr;
  return list->items[0].blocks[0].as<Paragraph>();
}

Inlines question_inlines(Block& block, std::size_t skip) {
  Inlines out;
  if (const Paragraph* item = numbered_question(block)) {
    return item->content;  // the number was the list's, not the text's
  }
  if (Heading* h = block.as<Heading>()) {
    out = std::move(h->content);
  } else if (Paragraph* p = block.as<Paragraph>()) {
    if (wholly_strong(*p)) {
      for (Inline& node : p->content) {
        if (Strong* strong = node.as<Strong>()) out = std::move(strong->children);
      }
    } else {
      out = std::move(p->content);
    }
  }
  drop_prefix(out, skip);
  return out;
}

}  // namespace

std::optional<Document> recognised_document(Blocks& blocks, Metadata meta, bool read_header,
                                            Recognition& found) {
  std::deque<std::string> texts;  // the units point into these
  std::vector<Unit> units;
  units.reserve(blocks.size());
  for (const Block& block : blocks) {
    Unit unit{.pos = block.pos};
    if (const Paragraph* p = block.as<Paragraph>()) {
      texts.push_back(plain_text(p->content));
      unit.bold = wholly_strong(*p) != nullptr;
    } else if (const Heading* h = block.as<Heading>()) {
      texts.push_back(plain_text(h->content));
      unit.heading = h->level;
    } else if (const Paragraph* item = numbered_question(block)) {
      // "1. What ...?" is a one-item ordered list to Markdown, and a numbered question here.
      texts.push_back(std::to_string(block.as<OrderedList>()->start) + ". " +
                      plain_text(item->content));
    } else {
      texts.emplace_back();
      unit.nested = true;  // lists, quotes, code, tables: never a question
    }
    unit.text = trim(texts.back());
    units.push_back(unit);
  }
  found = recognise_interview(units, {.read_header = read_header});
  if (found.layout.empty()) return std::nullopt;

  Document doc;
  doc.meta = std::move(meta);
  if (read_header) adopt_header(doc.meta, found.meta);
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    switch (found.roles[i]) {
      case UnitRole::body:
      case UnitRole::credit:
        doc.intro.push_back(std::move(blocks[i]));
        break;
      case UnitRole::question: {
        Inlines question = question_inlines(blocks[i], found.skip[i]);
        if (i > 0 && found.roles[i - 1] == UnitRole::question && !doc.entries.empty()) {
          Inlines& previous = doc.entries.back().question;
          previous.push_back(SoftBreak{});
          for (Inline& node : question) previous.push_back(std::move(node));
        } else {
          doc.entries.push_back(QandA{.question = std::move(question), .pos = blocks[i].pos});
        }
        break;
      }
      case UnitRole::answer:
        doc.entries.back().answer.push_back(std::move(blocks[i]));
        break;
      case UnitRole::trailing:
        doc.trailing.push_back(std::move(blocks[i]));
        break;
      default:
        break;  // header blocks: their text is in the metadata
    }
  }
  return doc;
}

}  // namespace govtech::markdown
