#include "markdown_blocks.hpp"

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "block_children.hpp"
#include "block_syntax.hpp"
#include "footnote_definitions.hpp"
#include "inline_syntax.hpp"
#include "raw_html_reading.hpp"
#include "smart_punctuation.hpp"
#include "textarea_blocks.hpp"

namespace govtech::markdown {

namespace {

// Moves the lines of `blocks` (counted in a note's own text) to where the note sits.
void shift_lines(Blocks& blocks, std::uint32_t by) {
  for (Block& block : blocks) {
    if (block.pos.line != 0) block.pos.line += by;
    for_each_child_blocks(block, [by](Blocks& children) { shift_lines(children, by); });
  }
}

// md4c's blocks, with the textarea workaround applied when the first parse needs it.
Blocks parse_with_workarounds(std::string_view parsed, std::string_view original,
                              const LineIndex& lines, std::size_t body_offset, Dialect dialect,
                              bool subscripts, Diagnostics& diagnostics) {
  Diagnostics first_pass;  // warnings of a parse that may be redone
  Blocks blocks =
      parse_blocks(parsed, original, lines, body_offset, dialect, subscripts, first_pass);
  if (auto patched = patch_textarea_blocks(parsed, body_offset, lines, blocks)) {
    return parse_blocks(*patched, original, lines, body_offset, dialect, subscripts, diagnostics);
  }
  for (auto& d : first_pass.take()) {
    if (d.severity == Severity::warning) {
      diagnostics.warn(d.message, d.where.pos);
    } else {
      diagnostics.note(d.message, d.where.pos);
    }
  }
  return blocks;
}

// The notes a body defines, each parsed the first time a reference names it.
class Notes {
 public:
  Notes(std::vector<FootnoteDefinition> definitions, std::uint32_t first_line, Dialect dialect,
        const Extensions& extensions, Diagnostics& diagnostics)
      : definitions_(std::move(definitions)),
        first_line_(first_line),
        dialect_(dialect),
        extensions_(extensions),
        diagnostics_(diagnostics),
        state_(definitions_.size()) {
    for (std::size_t i = 0; i < definitions_.size(); ++i) {
      const auto [at, fresh] = index_.emplace(definitions_[i].label, i);
      if (!fresh) {
        diagnostics_.warn("footnote [^" + definitions_[i].label +
                              "] is defined again (first on line " +
                              std::to_string(line_of(at->second)) +
                              "): references use the first; this text is kept at the end",
                          SourcePos{line_of(i), 0});
      }
    }
  }

  std::optional<Blocks> note(const std::string& key, SourcePos where) {
    const auto found = index_.find(key);
    if (found == index_.end()) return std::nullopt;
    State& state = state_[found->second];
    if (state.reading) {
      diagnostics_.warn("footnote [^" + key + "] refers to itself: that reference is kept as text",
                        where);
      return std::nullopt;
    }
    state.used = true;
    if (!state.blocks) state.blocks = read(found->second);
    return *state.blocks;
  }

  // The text of notes no reference names: kept, after the body, each with a warning.
  Blocks unreferenced() {
    Blocks kept;
    for (std::size_t i = 0; i < definitions_.size(); ++i) {
      if (state_[i].used) continue;
      const bool duplicate = index_.at(definitions_[i].label) != i;
      if (!duplicate) {
        diagnostics_.warn("footnote [^" + definitions_[i].label +
                              "] is never referenced: its text is kept at the end",
                          SourcePos{line_of(i), 0});
      }
      Blocks blocks = state_[i].blocks ? std::move(*state_[i].blocks) : read(i);
      for (Block& block : blocks) kept.push_back(std::move(block));
    }
    return kept;
  }

 private:
  struct State {
    bool used = false;
    bool reading = false;
    std::optional<Blocks> blocks;
  };

  std::uint32_t line_of(std::size_t i) const { return first_line_ + definitions_[i].line - 1; }

  Blocks read(std::size_t i) {
    State& state = state_[i];
    state.reading = true;
    const std::string& text = definitions_[i].text;
    const LineIndex lines(text);
    Blocks blocks =
        parse_with_workarounds(text, text, lines, 0, dialect_, extensions_.pandoc, diagnostics_);
    shift_lines(blocks, line_of(i) - 1);
    if (extensions_.read_html) read_raw_html(blocks, diagnostics_);
    if (extensions_.pandoc) read_block_syntax(blocks, BlockSyntax{});
    read_inline_syntax(blocks, syntax(), diagnostics_);
    state_[i].reading = false;
    return blocks;
  }

 public:
  InlineSyntax syntax() {
    InlineSyntax syntax{.inline_notes = extensions_.pandoc,
                        .superscripts = extensions_.pandoc,
                        .bracketed_spans = extensions_.pandoc};
    if (extensions_.footnotes) {
      syntax.note = [this](const std::string& key, SourcePos where) { return note(key, where); };
    }
    return syntax;
  }

 private:
  std::vector<FootnoteDefinition> definitions_;
  std::map<std::string, std::size_t> index_;
  std::uint32_t first_line_;
  Dialect dialect_;
  Extensions extensions_;
  Diagnostics& diagnostics_;
  std::vector<State> state_;
};

}  // namespace

Extensions extensions_of(Dialect dialect) {
  switch (dialect) {
    case Dialect::markdown:
      return {.footnotes = true, .pandoc = true, .smart = true};
    case Dialect::gfm:
      return {.footnotes = true};
    case Dialect::commonmark:
      break;
  }
  return {};
}

Blocks build_blocks(std::string_view body, const LineIndex& lines, std::size_t body_offset,
                    Dialect dialect, const Extensions& extensions, Diagnostics& diagnostics) {
  FootnoteDefinitions found;
  if (extensions.footnotes) found = extract_footnote_definitions(body);
  const std::string_view parsed = found.blanked.empty() ? body : std::string_view(found.blanked);
  Blocks blocks = parse_with_workarounds(parsed, body, lines, body_offset, dialect,
                                         extensions.pandoc, diagnostics);
  if (extensions.read_html) read_raw_html(blocks, diagnostics);
  if (extensions.pandoc) read_block_syntax(blocks, BlockSyntax{});
  Notes notes(std::move(found.definitions), lines.line_of(body_offset), dialect, extensions,
              diagnostics);
  if (extensions.footnotes || extensions.pandoc) {
    read_inline_syntax(blocks, notes.syntax(), diagnostics);
    for (Block& block : notes.unreferenced()) blocks.push_back(std::move(block));
  }
  if (extensions.smart) smarten(blocks);
  return blocks;
}

}  // namespace govtech::markdown
