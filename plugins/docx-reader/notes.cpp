#include "notes.hpp"

#include <string>

namespace govtech::docx {

namespace {

constexpr const char* kPlaceholder = "docx-note";

void fill(Blocks& blocks, const std::vector<Blocks>& notes);

void fill(Inlines& inlines, const std::vector<Blocks>& notes) {
  for (Inline& node : inlines) {
    if (Note* note = node.as<Note>()) {
      const Paragraph* p = note->blocks.size() == 1 ? note->blocks[0].as<Paragraph>() : nullptr;
      const RawInline* raw = p && p->content.size() == 1 ? p->content[0].as<RawInline>() : nullptr;
      if (!raw || raw->format != kPlaceholder) {
        fill(note->blocks, notes);
        continue;
      }
      const std::size_t number = std::stoul(raw->text);
      if (number == 0 || number > notes.size() || notes[number - 1].empty()) {
        node = Text{"[" + raw->text + "]"};
      } else {
        node = Note{notes[number - 1]};
      }
      continue;
    }
    if (auto* n = node.as<Emphasis>()) fill(n->children, notes);
    if (auto* n = node.as<Strong>()) fill(n->children, notes);
    if (auto* n = node.as<Strikethrough>()) fill(n->children, notes);
    if (auto* n = node.as<Link>()) fill(n->children, notes);
    if (auto* n = node.as<Superscript>()) fill(n->children, notes);
    if (auto* n = node.as<Subscript>()) fill(n->children, notes);
    if (auto* n = node.as<Span>()) fill(n->children, notes);
  }
}

void fill(Blocks& blocks, const std::vector<Blocks>& notes) {
  for (Block& block : blocks) {
    if (auto* b = block.as<Paragraph>()) fill(b->content, notes);
    if (auto* b = block.as<Heading>()) fill(b->content, notes);
    if (auto* b = block.as<BlockQuote>()) fill(b->blocks, notes);
    if (auto* b = block.as<Division>()) fill(b->blocks, notes);
    if (auto* b = block.as<BulletList>()) {
      for (ListItem& item : b->items) fill(item.blocks, notes);
    }
    if (auto* b = block.as<OrderedList>()) {
      for (ListItem& item : b->items) fill(item.blocks, notes);
    }
    if (auto* b = block.as<Table>()) {
      for (TableCell& cell : b->header) fill(cell.content, notes);
      for (auto& row : b->rows) {
        for (TableCell& cell : row) fill(cell.content, notes);
      }
    }
    if (auto* b = block.as<DefinitionList>()) {
      for (DefinitionItem& item : b->items) {
        fill(item.term, notes);
        for (Blocks& definition : item.definitions) fill(definition, notes);
      }
    }
    if (auto* b = block.as<Figure>()) fill(b->caption, notes);
  }
}

}  // namespace

Inline note_placeholder(std::size_t number) {
  return Note{{Paragraph{{RawInline{kPlaceholder, std::to_string(number)}}}}};
}

void place_notes(Document& doc, const std::vector<Blocks>& notes) {
  fill(doc.intro, notes);
  for (QandA& entry : doc.entries) {
    fill(entry.question, notes);
    fill(entry.answer, notes);
  }
  fill(doc.trailing, notes);
}

}  // namespace govtech::docx
