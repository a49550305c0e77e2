#include "inline_syntax.hpp"

#include <string>
#include <utility>
#include <vector>

#include "attribute_syntax.hpp"
#include "block_children.hpp"
#include "footnote_definitions.hpp"
#include "govtech/text.hpp"
#include "govtech/walk.hpp"

namespace govtech::markdown {

namespace {

// Brackets open at once, at most: each matched pair can make one more level of nesting, and
// the tree must stay shallow whatever the input ("[[[[…").
constexpr std::size_t kMaxOpenBrackets = 32;

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// An opening bracket whose closer has not come yet: where its literal text sits in `out`.
struct OpenBracket {
  std::size_t at;  // index in out of the Text holding just "[" or "^["
  bool note;       // ^[…]
};

// Rebuilds one sequence, left to right, with a stack of open brackets: a closing bracket that
// completes an inline note or a bracketed span takes the nodes since its opener as children.
class SequenceReader {
 public:
  SequenceReader(const InlineSyntax& syntax, SourcePos where, Diagnostics& diagnostics)
      : syntax_(syntax), where_(where), diagnostics_(diagnostics) {}

  Inlines read(Inlines input) {
    for (std::size_t i = 0; i < input.size(); ++i) {
      if (Text* text = input[i].as<Text>()) {
        scan(std::move(text->text));
      } else {
        flush();
        out_.push_back(std::move(input[i]));
      }
    }
    flush();
    merge_adjacent_text(out_);
    return std::move(out_);
  }

 private:
  void scan(std::string text) {
    std::string_view rest = text;
    while (!rest.empty()) {
      const std::size_t special = find_any_of(rest, "[]^");
      if (special == std::string_view::npos) {
        pending_ += rest;
        break;
      }
      pending_ += rest.substr(0, special);
      rest.remove_prefix(special);
      rest.remove_prefix(step(rest));
    }
  }

  // Handles the special character at the start of `rest`; returns how much it used.
  std::size_t step(std::string_view rest) {
    const char c = rest.front();
    if (c == '[') {
      if (syntax_.note) {
        if (const std::size_t length = footnote_reference_length(rest)) {
          reference(rest.substr(2, length - 3));
          return length;
        }
      }
      open(false, "[");
      return 1;
    }
    if (c == '^') {
      if (syntax_.inline_notes && rest.size() > 1 && rest[1] == '[') {
        open(true, "^[");
        return 2;
      }
      if (syntax_.superscripts) {
        // ^x^: no white space inside, not empty.
        std::size_t end = 1;
        while (end < rest.size() && rest[end] != '^' && !is_space(rest[end])) ++end;
        if (end > 1 && end < rest.size() && rest[end] == '^') {
          flush();
          out_.push_back(Superscript{{Text{std::string(rest.substr(1, end - 1))}}});
          return end + 1;
        }
      }
      pending_ += '^';
      return 1;
    }
    return close(rest);  // ']'
  }

  void reference(std::string_view label) {
    const std::string key = footnote_key(label);
    if (std::optional<Blocks> blocks = syntax_.note(key, where_)) {
      flush();
      out_.push_back(Note{std::move(*blocks)});
      return;
    }
    diagnostics_.warn(
        "footnote [^" + std::string(label) + "] is not defined: its reference is kept as text",
        where_);
    pending_ += "[^";
    pending_ += label;
    pending_ += ']';
  }

  void open(bool note, std::string_view literal) {
    if (open_.size() >= kMaxOpenBrackets || (!note && !syntax_.bracketed_spans)) {
      pending_ += literal;
      return;
    }
    flush();
    open_.push_back({out_.size(), note});
    out_.push_back(Text{std::string(literal)});
  }

  std::size_t close(std::string_view rest) {
    if (open_.empty()) {
      pending_ += ']';
      return 1;
    }
    const OpenBracket opener = open_.back();
    open_.pop_back();
    if (opener.note) {
      flush();
      out_.push_back(Note{{Block(Paragraph{take_since(opener)}, where_)}});
      return 1;
    }
    // A bracketed span needs its attributes right after the bracket.
    if (rest.size() > 1 && rest[1] == '{') {
      const std::size_t end = rest.find('}');
      if (end != std::string_view::npos) {
        if (std::optional<Attributes> attributes = parse_attribute_block(rest.substr(1, end))) {
          flush();
          out_.push_back(Span{std::move(*attributes), take_since(opener)});
          return end + 1;
        }
      }
    }
    pending_ += ']';  // a literal pair: its opener stays text too
    return 1;
  }

  // The nodes after the opener's literal, which is dropped.
  Inlines take_since(const OpenBracket& opener) {
    Inlines children(std::make_move_iterator(out_.begin() + static_cast<long>(opener.at) + 1),
                     std::make_move_iterator(out_.end()));
    out_.erase(out_.begin() + static_cast<long>(opener.at), out_.end());
    merge_adjacent_text(children);
    return children;
  }

  void flush() {
    if (pending_.empty()) return;
    out_.push_back(Text{std::move(pending_)});
    pending_.clear();
  }

  const InlineSyntax& syntax_;
  SourcePos where_;
  Diagnostics& diagnostics_;
  Inlines out_;
  std::string pending_;
  std::vector<OpenBracket> open_;
};

bool has_special(const Inlines& inlines) {
  for (const Inline& node : inlines) {
    const Text* text = node.as<Text>();
    if (text && find_any_of(text->text, "[]^") != std::string::npos) return true;
  }
  return false;
}

}  // namespace

void merge_adjacent_text(Inlines& inlines) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < inlines.size(); ++i) {
    Text* text = inlines[i].as<Text>();
    if (text && text->text.empty()) continue;
    if (kept > 0 && text) {
      if (Text* last = inlines[kept - 1].as<Text>()) {
        last->text += text->text;
        continue;
      }
    }
    if (kept != i) inlines[kept] = std::move(inlines[i]);
    ++kept;
  }
  inlines.erase(inlines.begin() + static_cast<long>(kept), inlines.end());
}

void read_inline_syntax(Inlines& inlines, const InlineSyntax& syntax, SourcePos where,
                        Diagnostics& diagnostics) {
  for (Inline& node : inlines) {
    // A link's text may hold notes and spans; its URL is not text.
    if (Inlines* children = child_inlines(node)) {
      read_inline_syntax(*children, syntax, where, diagnostics);
    }
  }
  if (!has_special(inlines)) return;
  inlines = SequenceReader(syntax, where, diagnostics).read(std::move(inlines));
}

void read_inline_syntax(Blocks& blocks, const InlineSyntax& syntax, Diagnostics& diagnostics) {
  for_each_block_inlines(blocks, [&](Inlines& inlines, SourcePos where) {
    read_inline_syntax(inlines, syntax, where, diagnostics);
  });
}

void for_each_block_inlines(Blocks& blocks, const std::function<void(Inlines&, SourcePos)>& visit) {
  for (Block& block : blocks) {
    const SourcePos pos = block.pos;
    if (Paragraph* p = block.as<Paragraph>()) {
      visit(p->content, pos);
    } else if (Heading* h = block.as<Heading>()) {
      visit(h->content, pos);
    } else if (Table* table = block.as<Table>()) {
      for (TableCell& cell : table->header) visit(cell.content, pos);
      for (auto& row : table->rows) {
        for (TableCell& cell : row) visit(cell.content, pos);
      }
    } else if (Figure* figure = block.as<Figure>()) {
      visit(figure->content, pos);
      visit(figure->caption, pos);
    } else if (DefinitionList* list = block.as<DefinitionList>()) {
      for (DefinitionItem& item : list->items) visit(item.term, pos);
    }
    for_each_child_blocks(block,
                          [&](Blocks& children) { for_each_block_inlines(children, visit); });
  }
}

}  // namespace govtech::markdown
