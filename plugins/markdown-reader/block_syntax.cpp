#include "block_syntax.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "attribute_syntax.hpp"
#include "block_children.hpp"
#include "govtech/text.hpp"
#include "inline_syntax.hpp"

namespace govtech::markdown {

namespace {

// A paragraph's lines: its inlines split at soft breaks.
std::vector<Inlines> lines_of(Inlines content) {
  std::vector<Inlines> lines(1);
  for (Inline& node : content) {
    if (node.kind() == InlineKind::soft_break) {
      lines.emplace_back();
    } else {
      lines.back().push_back(std::move(node));
    }
  }
  return lines;
}

// Whether `line` starts with the text `prefix`; if so it is removed.
bool take_prefix(Inlines& line, std::string_view prefix) {
  if (line.empty()) return false;
  Text* text = line.front().as<Text>();
  if (!text || !text->text.starts_with(prefix)) return false;
  text->text.erase(0, prefix.size());
  if (text->text.empty()) line.erase(line.begin());
  return true;
}

bool starts_with_text(const Inlines& line, std::string_view prefix) {
  const Text* text = line.empty() ? nullptr : line.front().as<Text>();
  return text && text->text.starts_with(prefix);
}

// `{#id}` at the end of a heading's text.
void heading_attributes(Heading& heading) {
  if (heading.content.empty()) return;
  Text* last = heading.content.back().as<Text>();
  if (!last) return;
  const std::size_t at = trailing_attribute_block(last->text);
  if (at == std::string::npos) return;
  std::optional<Attributes> attributes =
      parse_attribute_block(trim(std::string_view(last->text).substr(at)));
  if (!attributes) return;
  last->text.erase(at);
  if (last->text.empty()) heading.content.pop_back();
  *heading.attributes = std::move(*attributes);
}

// An image alone in its paragraph, perhaps with attributes after it and a caption on the
// line below: a figure, when it has a caption (that line, else the image's title).
std::optional<Figure> figure_of(const Paragraph& paragraph) {
  const Inlines& content = paragraph.content;
  std::size_t i = 0;
  auto skip_blank = [&] {
    while (i < content.size()) {
      const Text* text = content[i].as<Text>();
      if (!text || !is_blank(text->text)) break;
      ++i;
    }
  };
  skip_blank();
  if (i >= content.size()) return std::nullopt;
  const Image* image = content[i].as<Image>();
  if (!image) return std::nullopt;
  ++i;
  Figure figure;
  figure.content.push_back(*image);
  if (i < content.size()) {
    if (const Text* text = content[i].as<Text>()) {
      const std::string_view braced = trim(text->text);
      if (braced.starts_with("{")) {
        std::optional<Attributes> attributes = parse_attribute_block(braced);
        if (!attributes) return std::nullopt;
        *figure.attributes = std::move(*attributes);
        ++i;
      } else if (!is_blank(text->text)) {
        return std::nullopt;
      }
    }
  }
  skip_blank();
  if (i < content.size()) {
    if (content[i].kind() != InlineKind::soft_break) return std::nullopt;
    figure.caption.assign(content.begin() + static_cast<long>(i) + 1, content.end());
    if (!figure.caption.empty()) {
      if (Text* first = figure.caption.front().as<Text>()) {
        first->text.erase(0, first->text.find_first_not_of(" \t"));
      }
    }
    merge_adjacent_text(figure.caption);
  } else if (!is_blank(image->title)) {
    figure.caption.push_back(Text{image->title});
  }
  if (figure.caption.empty()) return std::nullopt;
  return figure;
}

// Lines starting `| `: a line block, its line breaks and indentation kept.
std::optional<Paragraph> line_block_of(const Paragraph& paragraph) {
  auto bar = [](std::string_view line) { return line.starts_with("| ") || line == "|"; };
  const Text* first = paragraph.content.empty() ? nullptr : paragraph.content.front().as<Text>();
  if (!first || !bar(first->text)) return std::nullopt;
  for (std::size_t i = 0; i + 1 < paragraph.content.size(); ++i) {
    if (paragraph.content[i].kind() != InlineKind::soft_break) continue;
    const Text* text = paragraph.content[i + 1].as<Text>();
    if (!text || !bar(text->text)) return std::nullopt;
  }
  std::vector<Inlines> lines = lines_of(paragraph.content);
  for (const Inlines& line : lines) {
    const Text* text = line.empty() ? nullptr : line.front().as<Text>();
    if (!text || !(text->text.starts_with("| ") || text->text == "|")) return std::nullopt;
  }
  Paragraph block;
  for (std::size_t n = 0; n < lines.size(); ++n) {
    Inlines& line = lines[n];
    Text& first = *line.front().as<Text>();
    first.text.erase(0, first.text == "|" ? 1 : 2);
    // Leading spaces are the poem's indentation: no-break spaces keep them.
    std::size_t spaces = 0;
    while (spaces < first.text.size() && first.text[spaces] == ' ') ++spaces;
    std::string indent;
    for (std::size_t s = 0; s < spaces; ++s) indent += "\u00A0";
    first.text.replace(0, spaces, indent);
    if (n > 0) block.content.push_back(HardBreak{});
    for (Inline& node : line) block.content.push_back(std::move(node));
  }
  merge_adjacent_text(block.content);
  return block;
}

// A paragraph whose first line is a term and whose next lines start `: `: one item of a
// definition list, each `: ` line beginning a definition and the lines after it continuing it.
std::optional<DefinitionItem> compact_item_of(const Paragraph& paragraph) {
  // The second line must start `: ` (later lines may continue a definition).
  const Inlines& content = paragraph.content;
  std::size_t second = 0;
  while (second < content.size() && content[second].kind() != InlineKind::soft_break) ++second;
  const Text* mark = second + 1 < content.size() ? content[second + 1].as<Text>() : nullptr;
  if (!mark || !mark->text.starts_with(": ")) return std::nullopt;
  std::vector<Inlines> lines = lines_of(paragraph.content);
  if (lines.size() < 2 || !starts_with_text(lines[1], ": ")) return std::nullopt;
  if (starts_with_text(lines[0], ": ")) return std::nullopt;
  DefinitionItem item;
  item.term = std::move(lines[0]);
  Inlines definition;
  auto finish = [&] {
    if (definition.empty()) return;
    merge_adjacent_text(definition);
    item.definitions.push_back({Block(Paragraph{std::move(definition)})});
    definition.clear();
  };
  for (std::size_t n = 1; n < lines.size(); ++n) {
    if (take_prefix(lines[n], ": ")) {
      finish();
    } else {
      definition.push_back(SoftBreak{});
    }
    for (Inline& node : lines[n]) definition.push_back(std::move(node));
  }
  finish();
  return item;
}

// `: text` starting a paragraph: a definition of the term before it (a loose list).
bool take_definition_mark(Paragraph& paragraph) {
  return take_prefix(paragraph.content, ": ");
}

bool is_term_paragraph(const Block& block) {
  const Paragraph* p = block.as<Paragraph>();
  if (!p || p->content.empty()) return false;
  for (const Inline& node : p->content) {
    if (node.kind() == InlineKind::soft_break) return false;  // a term is one line
  }
  return !starts_with_text(p->content, ": ");
}

void read_sequence(Blocks& blocks, const BlockSyntax& syntax);

void read_children(Block& block, const BlockSyntax& syntax) {
  for_each_child_blocks(block, [&](Blocks& children) { read_sequence(children, syntax); });
}

void read_sequence(Blocks& blocks, const BlockSyntax& syntax) {
  Blocks out;
  out.reserve(blocks.size());
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    Block& block = blocks[i];
    read_children(block, syntax);
    if (Heading* heading = block.as<Heading>()) {
      if (syntax.heading_attributes) heading_attributes(*heading);
    }
    Paragraph* paragraph = block.as<Paragraph>();
    if (!paragraph) {
      out.push_back(std::move(block));
      continue;
    }
    if (syntax.figures) {
      if (std::optional<Figure> figure = figure_of(*paragraph)) {
        out.emplace_back(std::move(*figure), block.pos);
        continue;
      }
    }
    if (syntax.line_blocks) {
      if (std::optional<Paragraph> lines = line_block_of(*paragraph)) {
        out.emplace_back(std::move(*lines), block.pos);
        continue;
      }
    }
    if (syntax.definition_lists) {
      std::optional<DefinitionItem> item = compact_item_of(*paragraph);
      // The loose form: a one-line term, a blank line, then `: definition` paragraphs.
      if (!item && is_term_paragraph(block) && i + 1 < blocks.size()) {
        Paragraph* next = blocks[i + 1].as<Paragraph>();
        if (next && starts_with_text(next->content, ": ")) {
          item.emplace();
          item->term = std::move(paragraph->content);
          while (i + 1 < blocks.size()) {
            Paragraph* definition = blocks[i + 1].as<Paragraph>();
            if (!definition || !take_definition_mark(*definition)) break;
            item->definitions.push_back({std::move(blocks[i + 1])});
            ++i;
          }
        }
      }
      if (item) {
        // Items one after another make one list.
        DefinitionList* list = out.empty() ? nullptr : out.back().as<DefinitionList>();
        if (list) {
          list->items.push_back(std::move(*item));
        } else {
          out.emplace_back(DefinitionList{{std::move(*item)}}, block.pos);
        }
        continue;
      }
    }
    out.push_back(std::move(block));
  }
  blocks = std::move(out);
}

}  // namespace

void read_block_syntax(Blocks& blocks, const BlockSyntax& syntax) {
  read_sequence(blocks, syntax);
}

}  // namespace govtech::markdown
