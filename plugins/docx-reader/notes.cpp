#include "notes.hpp"

#include <string>

namespace govtech::docx {

namespace {

constexpr const char* kPlaceholder = "docx-note";

// Calls f(node, number) for each placeholder among the inlines, in notes' blocks included.
template <class F>
void visit_placeholders(Blocks& blocks, F& f);
template <class F>
void visit_placeholders(Block& block, F& f);

template <class F>
void visit_placeholders(Inlines& inlines, F& f) {
  for (Inline& node : inlines) {
    if (Note* note = node.as<Note>()) {
      const Paragraph* p = note->blocks.size() == 1 ? note->blocks[0].as<Paragraph>() : nullptr;
      const RawInline* raw = p && p->content.size() == 1 ? p->content[0].as<RawInline>() : nullptr;
      if (!raw || raw->format != kPlaceholder) {
        visit_placeholders(note->blocks, f);
      } else {
        f(node, std::stoul(raw->text));
      }
      continue;
    }
    if (auto* n = node.as<Emphasis>()) visit_placeholders(n->children, f);
    if (auto* n = node.as<Strong>()) visit_placeholders(n->children, f);
    if (auto* n = node.as<Strikethrough>()) visit_placeholders(n->children, f);
    if (auto* n = node.as<Link>()) visit_placeholders(n->children, f);
    if (auto* n = node.as<Superscript>()) visit_placeholders(n->children, f);
    if (auto* n = node.as<Subscript>()) visit_placeholders(n->children, f);
    if (auto* n = node.as<Span>()) visit_placeholders(n->children, f);
  }
}

template <class F>
void visit_placeholders(Block& block, F& f) {
  if (auto* b = block.as<Paragraph>()) visit_placeholders(b->content, f);
  if (auto* b = block.as<Heading>()) visit_placeholders(b->content, f);
  if (auto* b = block.as<BlockQuote>()) visit_placeholders(b->blocks, f);
  if (auto* b = block.as<Division>()) visit_placeholders(b->blocks, f);
  if (auto* b = block.as<BulletList>()) {
    for (ListItem& item : b->items) visit_placeholders(item.blocks, f);
  }
  if (auto* b = block.as<OrderedList>()) {
    for (ListItem& item : b->items) visit_placeholders(item.blocks, f);
  }
  if (auto* b = block.as<Table>()) {
    for (TableCell& cell : b->header) visit_placeholders(cell.content, f);
    for (auto& row : b->rows) {
      for (TableCell& cell : row) visit_placeholders(cell.content, f);
    }
  }
  if (auto* b = block.as<DefinitionList>()) {
    for (DefinitionItem& item : b->items) {
      visit_placeholders(item.term, f);
      for (Blocks& definition : item.definitions) visit_placeholders(definition, f);
    }
  }
  if (auto* b = block.as<Figure>()) visit_placeholders(b->caption, f);
}

template <class F>
void visit_placeholders(Blocks& blocks, F& f) {
  for (Block& block : blocks) visit_placeholders(block, f);
}

// Fills placeholders with their notes' blocks, or "[n]" for a note not found.
struct Filler {
  const std::vector<Blocks>& notes;
  void operator()(Inline& node, std::size_t number) const {
    if (number == 0 || number > notes.size() || notes[number - 1].empty()) {
      node = Text{"[" + std::to_string(number) + "]"};
    } else {
      node = Note{notes[number - 1]};
    }
  }
};

struct Renumberer {
  const std::vector<std::size_t>& numbers;
  void operator()(Inline& node, std::size_t number) const {
    if (number >= 1 && number <= numbers.size()) node = note_placeholder(numbers[number - 1]);
  }
};

}  // namespace

Inline note_placeholder(std::size_t number) {
  return Note{{Paragraph{{RawInline{kPlaceholder, std::to_string(number)}}}}};
}

void place_notes(Document& doc, const std::vector<Blocks>& notes) {
  Filler fill{notes};
  visit_placeholders(doc.intro, fill);
  for (QandA& entry : doc.entries) {
    visit_placeholders(entry.question, fill);
    visit_placeholders(entry.answer, fill);
  }
  visit_placeholders(doc.trailing, fill);
}

void renumber_notes(Inlines& inlines, const std::vector<std::size_t>& numbers) {
  Renumberer renumber{numbers};
  visit_placeholders(inlines, renumber);
}

void renumber_notes(Block& block, const std::vector<std::size_t>& numbers) {
  Renumberer renumber{numbers};
  visit_placeholders(block, renumber);
}

}  // namespace govtech::docx
