#include "govtech/walk.hpp"

#include <cstdint>
#include <type_traits>

namespace govtech {

Visitor::~Visitor() = default;

namespace {

// The inlines directly inside an inline container (its alt text for an image), or null.
// One template for both the const walk and the mutating nesting limit.
template <class InlineT>
auto* inline_children(InlineT& node) {
  using Children = std::conditional_t<std::is_const_v<InlineT>, const Inlines, Inlines>;
  Children* children = nullptr;
  switch (node.kind()) {
    case InlineKind::emphasis:
      children = &node.template as<Emphasis>()->children;
      break;
    case InlineKind::strong:
      children = &node.template as<Strong>()->children;
      break;
    case InlineKind::strikethrough:
      children = &node.template as<Strikethrough>()->children;
      break;
    case InlineKind::link:
      children = &node.template as<Link>()->children;
      break;
    case InlineKind::image:
      children = &node.template as<Image>()->alt;
      break;
    case InlineKind::superscript:
      children = &node.template as<Superscript>()->children;
      break;
    case InlineKind::subscript:
      children = &node.template as<Subscript>()->children;
      break;
    case InlineKind::span:
      children = &node.template as<Span>()->children;
      break;
    case InlineKind::quoted:
      children = &node.template as<Quoted>()->children;
      break;
    default:
      break;
  }
  return children;
}

// The blocks inside an inline (a note's text), or null.
template <class InlineT>
auto* inline_blocks(InlineT& node) {
  using Children = std::conditional_t<std::is_const_v<InlineT>, const Blocks, Blocks>;
  Children* children = nullptr;
  if (auto* note = node.template as<Note>()) children = &note->blocks;
  return children;
}

// One step of the walk. Sequences are visited front to back; a node's leave step is pushed
// before its children so that it runs after them.
struct Step {
  enum Kind : std::uint8_t {
    blocks,
    inlines,
    items,
    cells,
    leave_block,
    leave_inline,
    leave_item,
    leave_cell
  } kind;
  const void* node;      // the sequence's first element, or the node to leave
  std::size_t next = 0;  // sequences: index of the next element
  std::size_t end = 0;   // sequences: number of elements
};

class Walker {
 public:
  explicit Walker(Visitor& visitor) : visitor_(visitor) {}

  void run(Step first) {
    if (first.end > 0) stack_.push_back(first);
    while (!stack_.empty()) {
      Step& top = stack_.back();
      switch (top.kind) {
        case Step::blocks:
          if (top.next == top.end) {
            stack_.pop_back();
          } else {
            visit(static_cast<const Block*>(top.node)[top.next++]);
          }
          break;
        case Step::inlines:
          if (top.next == top.end) {
            stack_.pop_back();
          } else {
            visit(static_cast<const Inline*>(top.node)[top.next++]);
          }
          break;
        case Step::items:
          if (top.next == top.end) {
            stack_.pop_back();
          } else {
            const ListItem& item = static_cast<const ListItem*>(top.node)[top.next++];
            visitor_.enter(item);
            stack_.push_back({Step::leave_item, &item});
            push(item.blocks);
          }
          break;
        case Step::cells:
          if (top.next == top.end) {
            stack_.pop_back();
          } else {
            const TableCell& cell = static_cast<const TableCell*>(top.node)[top.next++];
            visitor_.enter(cell);
            stack_.push_back({Step::leave_cell, &cell});
            push(cell.content);
          }
          break;
        case Step::leave_block: {
          const Block& block = *static_cast<const Block*>(top.node);
          stack_.pop_back();
          visitor_.leave(block);
          break;
        }
        case Step::leave_inline: {
          const Inline& node = *static_cast<const Inline*>(top.node);
          stack_.pop_back();
          visitor_.leave(node);
          break;
        }
        case Step::leave_item: {
          const ListItem& item = *static_cast<const ListItem*>(top.node);
          stack_.pop_back();
          visitor_.leave(item);
          break;
        }
        case Step::leave_cell: {
          const TableCell& cell = *static_cast<const TableCell*>(top.node);
          stack_.pop_back();
          visitor_.leave(cell);
          break;
        }
      }
    }
  }

 private:
  void push(const Blocks& seq) {
    if (!seq.empty()) stack_.push_back({Step::blocks, seq.data(), 0, seq.size()});
  }
  void push(const Inlines& seq) {
    if (!seq.empty()) stack_.push_back({Step::inlines, seq.data(), 0, seq.size()});
  }
  void push(const std::vector<ListItem>& seq) {
    if (!seq.empty()) stack_.push_back({Step::items, seq.data(), 0, seq.size()});
  }
  void push(const std::vector<TableCell>& seq) {
    if (!seq.empty()) stack_.push_back({Step::cells, seq.data(), 0, seq.size()});
  }

  void visit(const Block& block) {
    visitor_.enter(block);
    stack_.push_back({Step::leave_block, &block});
    switch (block.kind()) {
      case BlockKind::paragraph:
        push(block.as<Paragraph>()->content);
        break;
      case BlockKind::heading:
        push(block.as<Heading>()->content);
        break;
      case BlockKind::bullet_list:
        push(block.as<BulletList>()->items);
        break;
      case BlockKind::ordered_list:
        push(block.as<OrderedList>()->items);
        break;
      case BlockKind::block_quote:
        push(block.as<BlockQuote>()->blocks);
        break;
      case BlockKind::table: {
        const Table& table = *block.as<Table>();
        for (auto row = table.rows.rbegin(); row != table.rows.rend(); ++row) push(*row);
        push(table.header);
        break;
      }
      case BlockKind::division:
        push(block.as<Division>()->blocks);
        break;
      case BlockKind::figure: {
        const Figure& figure = *block.as<Figure>();
        push(figure.caption);
        push(figure.content);
        break;
      }
      case BlockKind::definition_list: {
        const auto& items = block.as<DefinitionList>()->items;
        for (auto item = items.rbegin(); item != items.rend(); ++item) {
          for (auto d = item->definitions.rbegin(); d != item->definitions.rend(); ++d) push(*d);
          push(item->term);
        }
        break;
      }
      case BlockKind::code_block:
      case BlockKind::thematic_break:
      case BlockKind::raw:
        break;
    }
  }

  void visit(const Inline& node) {
    visitor_.enter(node);
    stack_.push_back({Step::leave_inline, &node});
    if (const Inlines* children = inline_children(node)) push(*children);
    if (const Blocks* blocks = inline_blocks(node)) push(*blocks);
  }

  Visitor& visitor_;
  std::vector<Step> stack_;
};

// --- limit_nesting ---------------------------------------------------------------------------

// The blocks directly inside a container block, moved out of it; empty for a leaf.
Blocks take_child_blocks(Block& block) {
  Blocks children;
  auto take_items = [&](std::vector<ListItem>& items) {
    for (ListItem& item : items) {
      for (Block& b : item.blocks) children.push_back(std::move(b));
    }
    items.clear();
  };
  switch (block.kind()) {
    case BlockKind::block_quote:
      children = std::move(block.as<BlockQuote>()->blocks);
      break;
    case BlockKind::bullet_list:
      take_items(block.as<BulletList>()->items);
      break;
    case BlockKind::ordered_list:
      take_items(block.as<OrderedList>()->items);
      break;
    case BlockKind::division:
      children = std::move(block.as<Division>()->blocks);
      break;
    case BlockKind::definition_list:
      for (DefinitionItem& item : block.as<DefinitionList>()->items) {
        children.push_back(Paragraph{std::move(item.term)});
        for (Blocks& definition : item.definitions) {
          for (Block& b : definition) children.push_back(std::move(b));
        }
      }
      block.as<DefinitionList>()->items.clear();
      break;
    default:
      break;
  }
  return children;
}

bool is_container(const Block& block) {
  switch (block.kind()) {
    case BlockKind::block_quote:
    case BlockKind::bullet_list:
    case BlockKind::ordered_list:
    case BlockKind::division:
    case BlockKind::definition_list:
      return true;
    default:
      return false;
  }
}

// Replaces a too-deep container by the leaf blocks inside it, in order. Takes the subtree
// apart level by level so that neither this nor the destructors recurse.
void flatten_into(Block container, Blocks& out) {
  std::vector<std::pair<Blocks, std::size_t>> pending;
  pending.emplace_back(take_child_blocks(container), 0);
  while (!pending.empty()) {
    auto& [seq, next] = pending.back();
    if (next == seq.size()) {
      pending.pop_back();
      continue;
    }
    Block block = std::move(seq[next++]);
    if (is_container(block)) {
      pending.emplace_back(take_child_blocks(block), 0);
    } else {
      out.push_back(std::move(block));
    }
  }
}

// The inlines of blocks laid end to end, a space between blocks, taken apart without
// recursion (containers through flatten_into). Notes inside stay notes, for the caller's loop.
Inlines blocks_as_inlines(Blocks blocks) {
  Blocks leaves;
  flatten_into(Block{BlockQuote{std::move(blocks)}}, leaves);
  Inlines out;
  auto add = [&](Inlines& inlines) {
    if (inlines.empty()) return;
    if (!out.empty()) out.push_back(Text{" "});
    for (Inline& node : inlines) out.push_back(std::move(node));
  };
  for (Block& leaf : leaves) {
    if (auto* p = leaf.as<Paragraph>()) add(p->content);
    if (auto* h = leaf.as<Heading>()) add(h->content);
    if (auto* c = leaf.as<CodeBlock>()) {
      Inlines code;
      code.push_back(Text{std::move(c->text)});
      add(code);
    }
    if (auto* f = leaf.as<Figure>()) add(f->caption);
    if (auto* t = leaf.as<Table>()) {
      for (TableCell& cell : t->header) add(cell.content);
      for (auto& row : t->rows) {
        for (TableCell& cell : row) add(cell.content);
      }
    }
  }
  return out;
}

// The text of a too-deep inline container, taking it apart without recursion.
std::string flatten_text(Inline node) {
  std::string text;
  std::vector<std::pair<Inlines, std::size_t>> pending;
  Inlines first;
  first.push_back(std::move(node));
  pending.emplace_back(std::move(first), 0);
  while (!pending.empty()) {
    auto& [seq, next] = pending.back();
    if (next == seq.size()) {
      pending.pop_back();
      continue;
    }
    Inline item = std::move(seq[next++]);
    if (const Text* t = item.as<Text>()) {
      text += t->text;
    } else if (const Code* c = item.as<Code>()) {
      text += c->text;
    } else if (item.kind() == InlineKind::soft_break || item.kind() == InlineKind::hard_break) {
      text += ' ';
    } else if (Inlines* children = inline_children(item)) {
      Inlines moved = std::move(*children);
      pending.emplace_back(std::move(moved), 0);
    } else if (Blocks* blocks = inline_blocks(item)) {
      // A note too deep to keep: its words stay, in brackets, where it was referenced.
      Inlines words = blocks_as_inlines(std::move(*blocks));
      words.insert(words.begin(), Text{" ("});
      words.push_back(Text{")"});
      pending.emplace_back(std::move(words), 0);
    }
  }
  return text;
}

// Inlines to limit: their own nesting depth, and that of the block that holds them (the depth
// a note's blocks continue from).
struct InlineWork {
  Inlines* seq;
  std::size_t depth;
  std::size_t block_depth;
};

class NestingLimiter {
 public:
  bool changed = false;

  void limit(Blocks& top, std::size_t depth = 1) {
    block_work_.push_back({&top, depth});
    drain();
  }

  void limit(Inlines& top) {
    inline_work_.push_back({&top, 1, 1});
    drain();
  }

 private:
  void limit_blocks(Blocks& seq, std::size_t depth) {
    if (depth >= kMaxNesting) {
      bool deep = false;
      for (const Block& b : seq) deep = deep || is_container(b);
      if (deep) {
        Blocks rebuilt;
        for (Block& b : seq) {
          if (is_container(b)) {
            flatten_into(std::move(b), rebuilt);
          } else {
            rebuilt.push_back(std::move(b));
          }
        }
        seq = std::move(rebuilt);
        changed = true;
      }
    }
    for (Block& b : seq) {
      switch (b.kind()) {
        case BlockKind::paragraph:
          inline_work_.push_back({&b.as<Paragraph>()->content, 1, depth});
          break;
        case BlockKind::heading:
          inline_work_.push_back({&b.as<Heading>()->content, 1, depth});
          break;
        case BlockKind::table: {
          Table& table = *b.as<Table>();
          for (TableCell& cell : table.header) inline_work_.push_back({&cell.content, 1, depth});
          for (auto& row : table.rows) {
            for (TableCell& cell : row) inline_work_.push_back({&cell.content, 1, depth});
          }
          break;
        }
        case BlockKind::block_quote:
          block_work_.push_back({&b.as<BlockQuote>()->blocks, depth + 1});
          break;
        case BlockKind::bullet_list:
          for (ListItem& item : b.as<BulletList>()->items) {
            block_work_.push_back({&item.blocks, depth + 1});
          }
          break;
        case BlockKind::ordered_list:
          for (ListItem& item : b.as<OrderedList>()->items) {
            block_work_.push_back({&item.blocks, depth + 1});
          }
          break;
        case BlockKind::division:
          block_work_.push_back({&b.as<Division>()->blocks, depth + 1});
          break;
        case BlockKind::figure:
          inline_work_.push_back({&b.as<Figure>()->content, 1, depth});
          inline_work_.push_back({&b.as<Figure>()->caption, 1, depth});
          break;
        case BlockKind::definition_list:
          for (DefinitionItem& item : b.as<DefinitionList>()->items) {
            inline_work_.push_back({&item.term, 1, depth});
            for (Blocks& definition : item.definitions) {
              block_work_.push_back({&definition, depth + 1});
            }
          }
          break;
        default:
          break;
      }
    }
  }

  void limit_inlines(const InlineWork& work) {
    const std::size_t depth = work.depth;
    for (Inline& node : *work.seq) {
      if (Blocks* blocks = inline_blocks(node)) {
        if (work.block_depth + 1 >= kMaxNesting) {
          node = Text{flatten_text(std::move(node))};
          changed = true;
        } else {
          // A note's blocks count as one level below the block that holds the reference.
          block_work_.push_back({blocks, work.block_depth + 1});
        }
        continue;
      }
      Inlines* children = inline_children(node);
      if (!children) continue;
      if (depth >= kMaxNesting && !children->empty()) {
        // Keep a link or image itself; flatten only what is inside it.
        std::string text;
        for (Inline& child : *children) text += flatten_text(std::move(child));
        children->clear();
        children->push_back(Text{std::move(text)});
        changed = true;
      } else {
        inline_work_.push_back({children, depth + 1, work.block_depth});
      }
    }
  }

  // Inlines hold blocks too (a note's text), so either list may grow while the other drains.
  void drain() {
    while (!block_work_.empty() || !inline_work_.empty()) {
      if (!inline_work_.empty()) {
        InlineWork work = inline_work_.back();
        inline_work_.pop_back();
        limit_inlines(work);
      } else {
        auto [seq, depth] = block_work_.back();
        block_work_.pop_back();
        limit_blocks(*seq, depth);
      }
    }
  }

  std::vector<std::pair<Blocks*, std::size_t>> block_work_;
  std::vector<InlineWork> inline_work_;
};

}  // namespace

void walk(const Blocks& blocks, Visitor& visitor) {
  Walker(visitor).run({Step::blocks, blocks.data(), 0, blocks.size()});
}

void walk(const Inlines& inlines, Visitor& visitor) {
  Walker(visitor).run({Step::inlines, inlines.data(), 0, inlines.size()});
}

void walk(const Document& doc, Visitor& visitor) {
  walk(doc.intro, visitor);
  for (const QandA& entry : doc.entries) {
    visitor.enter(entry);
    walk(entry.question, visitor);
    walk(entry.answer, visitor);
    visitor.leave(entry);
  }
  walk(doc.trailing, visitor);
}

void limit_nesting(Document& doc, Diagnostics& diagnostics) {
  NestingLimiter limiter;
  limiter.limit(doc.intro);
  for (QandA& entry : doc.entries) {
    limiter.limit(entry.question);
    limiter.limit(entry.answer);
  }
  limiter.limit(doc.trailing);
  if (limiter.changed) {
    diagnostics.warn("content nested more than " + std::to_string(kMaxNesting) +
                     " levels deep was flattened to that depth; its text is kept");
  }
}

Inlines* child_inlines(Inline& node) {
  return inline_children(node);
}
const Inlines* child_inlines(const Inline& node) {
  return inline_children(node);
}

}  // namespace govtech
