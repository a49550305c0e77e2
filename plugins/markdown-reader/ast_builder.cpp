#include "ast_builder.hpp"

#include <md4c.h>

#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "govtech/diagnostics.hpp"
#include "govtech/text.hpp"
#include "govtech/walk.hpp"
#include "html_entities.hpp"
#include "read_ahead.hpp"
#include "textarea_blocks.hpp"

namespace govtech::markdown {

namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";

// Links and images may sit a few levels beyond the nesting cap (so that their URL survives;
// the pipeline then flattens what is inside them), but no further: images nest in image
// descriptions without bound.
constexpr std::size_t kLinkAllowance = 4;

// A paragraph's inlines are grown by doubling and then shrunk to fit, which copies them: for a
// paragraph of a million short lines the copy and the grown vector together were twice the
// finished tree. Past this many inlines the rest are reserved once instead, to a bound read
// ahead in the input (inline_bound), so that neither the growth nor the copy happens.
constexpr std::size_t kReserveAheadAfter = 1024;

// md4c gives every row of a table as many cells as its header, making up the missing ones, so
// a wide header over short rows is a grid far larger than the input (4,000 columns over 4,000
// one-cell rows: 16 million cells from 40 KB). The made-up cells are dropped as they come,
// but md4c still walks them, so the grid itself is bounded: per table, and per document in
// proportion to the input (a table whose rows are full takes about two bytes a cell).
constexpr std::size_t kMaxTableCells = 1'000'000;
constexpr std::size_t kTableCellsPerByte = 8;

enum class FrameKind {
  document,
  quote,
  bullet_list,
  ordered_list,
  item,
  paragraph,
  implicit_paragraph,  // the text of a tight list item: md4c reports no paragraph for it
  heading,
  code,
  html,
  thematic_break,
  table,
  table_row,
  table_cell,
};

// A block under construction. One struct for all kinds keeps the stack simple; the members a
// kind does not use stay empty.
struct BlockFrame {
  FrameKind kind = FrameKind::document;
  std::uint32_t line = 0;        // first line known to hold the block's content
  std::uint32_t after_line = 0;  // the last line known to be used when the block began
  Blocks blocks{};
  std::vector<ListItem> items{};
  Inlines inlines{};
  std::string text{};
  std::string info{};
  int number = 0;  // heading level, ordered list start
  bool tight = true;
  bool fenced = false;
  std::optional<bool> task{};
  Alignment align = Alignment::none;
  Table table{};
  bool in_head = false;                      // table: rows now belong to the header
  std::uint32_t next_row_line = 0;           // table: the line of its next body row
  bool reserved_ahead = false;               // inlines: reserved to inline_bound already
  std::size_t grid_cells = 0;                // table: the cells md4c has walked
  std::size_t cells_left = SIZE_MAX;         // table row: cells its line holds, not yet met
  std::size_t made_up_cells = 0;             // table row: cells skipped since, all empty
  std::vector<TableCell> row{};              // table row: its cells
  std::vector<Alignment> cell_alignments{};  // table row: the alignment of each cell
};

struct SpanFrame {
  InlineKind kind = InlineKind::emphasis;
  Inlines children{};
  std::string url{};
  std::string title{};
  const char* first_text = nullptr;  // where its first text sits in the parsed input
};

// `source` maps text md4c hands over back to the original input (see Builder::source).
template <class Source>
std::string decode_attribute(const MD_ATTRIBUTE& attribute, Source source) {
  std::string out;
  if (attribute.text == nullptr) return out;
  for (std::size_t i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
    std::string_view piece =
        source(std::string_view(attribute.text + attribute.substr_offsets[i],
                                attribute.substr_offsets[i + 1] - attribute.substr_offsets[i]));
    switch (attribute.substr_types[i]) {
      case MD_TEXT_ENTITY:
        append_decoded_entity(piece, out);
        break;
      case MD_TEXT_NULLCHAR:
        out += kReplacementCharacter;
        break;
      default:
        out += piece;
        break;
    }
  }
  return out;
}

Alignment alignment_of(MD_ALIGN align) {
  switch (align) {
    case MD_ALIGN_LEFT:
      return Alignment::left;
    case MD_ALIGN_CENTER:
      return Alignment::center;
    case MD_ALIGN_RIGHT:
      return Alignment::right;
    default:
      return Alignment::none;
  }
}

void append_text(Inlines& inlines, std::string_view text) {
  if (text.empty()) return;
  if (!inlines.empty()) {
    if (Text* last = inlines.back().as<Text>()) {
      last->text += text;
      return;
    }
  }
  inlines.push_back(Text{std::string(text)});
}

void append_raw_html(Inlines& inlines, std::string_view html) {
  if (!inlines.empty()) {
    if (RawInline* last = inlines.back().as<RawInline>()) {
      last->text += html;
      return;
    }
  }
  inlines.push_back(RawInline{"html", std::string(html)});
}

// Receives md4c's events in document order and keeps every open container on an explicit
// stack: nothing here recurses, whatever the input's depth.
class Builder {
 public:
  // md4c parses `parsed`, which is `original` or a copy of it of the same length.
  Builder(std::string_view parsed, std::string_view original, const LineIndex& lines,
          std::size_t body_offset, bool subscripts)
      : subscripts_(subscripts),
        body_(parsed),
        original_(original),
        lines_(lines),
        body_offset_(body_offset),
        grid_budget_(std::max(kMaxTableCells, kTableCellsPerByte * parsed.size())) {}

  Blocks take_result() { return std::move(result_); }
  bool flattened() const { return flattened_; }
  // Why the parse was stopped (a callback returned nonzero), if it was.
  const std::optional<Error>& error() const { return error_; }

  int enter_block(MD_BLOCKTYPE type, void* detail) {
    close_implicit_paragraph();
    switch (type) {
      case MD_BLOCK_DOC:
        push(FrameKind::document);
        break;
      case MD_BLOCK_QUOTE:
        if (!open_container()) break;
        push(FrameKind::quote);
        ++block_depth_;
        break;
      case MD_BLOCK_UL:
        if (!open_container()) break;
        push(FrameKind::bullet_list).tight = static_cast<MD_BLOCK_UL_DETAIL*>(detail)->is_tight;
        break;
      case MD_BLOCK_OL: {
        if (!open_container()) break;
        auto* ol = static_cast<MD_BLOCK_OL_DETAIL*>(detail);
        BlockFrame& frame = push(FrameKind::ordered_list);
        frame.tight = ol->is_tight;
        frame.number = static_cast<int>(std::min<unsigned>(ol->start, 999999999u));
        break;
      }
      case MD_BLOCK_LI: {
        if (transparent_blocks_ > 0) {
          ++transparent_blocks_;
          break;
        }
        auto* li = static_cast<MD_BLOCK_LI_DETAIL*>(detail);
        BlockFrame& frame = push(FrameKind::item);
        if (li->is_task) frame.task = li->task_mark != ' ';
        ++block_depth_;
        break;
      }
      case MD_BLOCK_HR:
        push(FrameKind::thematic_break);
        break;
      case MD_BLOCK_H:
        push(FrameKind::heading).number =
            static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
        break;
      case MD_BLOCK_CODE: {
        auto* code = static_cast<MD_BLOCK_CODE_DETAIL*>(detail);
        BlockFrame& frame = push(FrameKind::code);
        frame.fenced = code->fence_char != 0;
        frame.info = attribute(code->info);
        break;
      }
      case MD_BLOCK_HTML:
        push(FrameKind::html);
        break;
      case MD_BLOCK_P:
        push(FrameKind::paragraph);
        break;
      case MD_BLOCK_TABLE:
        push(FrameKind::table);
        break;
      case MD_BLOCK_THEAD:
        blocks_.back().in_head = true;
        break;
      case MD_BLOCK_TBODY:
        blocks_.back().in_head = false;
        break;
      case MD_BLOCK_TR: {
        BlockFrame& table = blocks_.back();
        std::size_t cells = SIZE_MAX;
        if (!table.in_head && table.next_row_line != 0) {
          cells = count_row_cells(lines_.line_text(table.next_row_line++));
        }
        push(FrameKind::table_row).cells_left = cells;
        break;
      }
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        return enter_cell(alignment_of(static_cast<MD_BLOCK_TD_DETAIL*>(detail)->align));
    }
    return 0;
  }

  int leave_block(MD_BLOCKTYPE type, void*) {
    close_implicit_paragraph();
    switch (type) {
      case MD_BLOCK_QUOTE:
      case MD_BLOCK_UL:
      case MD_BLOCK_OL:
      case MD_BLOCK_LI:
        if (transparent_blocks_ > 0) {
          --transparent_blocks_;
          return 0;
        }
        if (type == MD_BLOCK_QUOTE || type == MD_BLOCK_LI) --block_depth_;
        break;
      case MD_BLOCK_THEAD:
      case MD_BLOCK_TBODY:
        return 0;
      case MD_BLOCK_TH:
      case MD_BLOCK_TD:
        if (in_made_up_cell_) {
          in_made_up_cell_ = false;
          return 0;
        }
        break;
      default:
        break;
    }
    close_top();
    return 0;
  }

  int enter_span(MD_SPANTYPE type, void* detail) {
    if (in_made_up_cell_) materialise_cell();
    ensure_inline_holder();
    if (type == MD_SPAN_CODE) {
      code_span_.emplace();
      return 0;
    }
    std::size_t depth = spans_.size() + 1;  // depth of the inline sequence the span sits in
    bool linkish = type == MD_SPAN_A || type == MD_SPAN_IMG;
    std::size_t cap = linkish ? kMaxNesting + kLinkAllowance : kMaxNesting;
    bool known = type == MD_SPAN_EM || type == MD_SPAN_STRONG || type == MD_SPAN_DEL || linkish;
    if (transparent_spans_ > 0 || depth >= cap || !known) {
      ++transparent_spans_;
      if (known) flattened_ = true;
      return 0;
    }
    SpanFrame frame;
    switch (type) {
      case MD_SPAN_EM:
        frame.kind = InlineKind::emphasis;
        break;
      case MD_SPAN_STRONG:
        frame.kind = InlineKind::strong;
        break;
      case MD_SPAN_DEL:
        frame.kind = InlineKind::strikethrough;
        break;
      case MD_SPAN_A: {
        auto* a = static_cast<MD_SPAN_A_DETAIL*>(detail);
        frame.kind = InlineKind::link;
        frame.url = attribute(a->href);
        frame.title = attribute(a->title);
        break;
      }
      default: {
        auto* img = static_cast<MD_SPAN_IMG_DETAIL*>(detail);
        frame.kind = InlineKind::image;
        frame.url = attribute(img->src);
        frame.title = attribute(img->title);
        break;
      }
    }
    spans_.push_back(std::move(frame));
    return 0;
  }

  int leave_span(MD_SPANTYPE type, void*) {
    if (type == MD_SPAN_CODE) {
      current_inlines().push_back(Code{std::move(code_span_).value_or(std::string())});
      code_span_.reset();
      return 0;
    }
    if (transparent_spans_ > 0) {
      --transparent_spans_;
      return 0;
    }
    // md4c 0.4.8 can leave one span more than it entered: an emphasis whose closing mark sits
    // past a permissive autolink that began inside it ("[_a b_](https://x.org/_a b_)"). Such
    // an extra leave has no frame to close.
    if (spans_.empty()) return 0;
    SpanFrame frame = std::move(spans_.back());
    spans_.pop_back();
    frame.children.shrink_to_fit();  // the tree keeps it: no room left over from growing
    Inlines& into = current_inlines();
    switch (frame.kind) {
      case InlineKind::emphasis:
        into.push_back(Emphasis{std::move(frame.children)});
        break;
      case InlineKind::strong:
        into.push_back(Strong{std::move(frame.children)});
        break;
      case InlineKind::strikethrough:
        if (single_tilde(frame)) {
          into.push_back(Subscript{std::move(frame.children)});
        } else {
          into.push_back(Strikethrough{std::move(frame.children)});
        }
        break;
      case InlineKind::link:
        into.push_back(
            Link{std::move(frame.url), std::move(frame.title), std::move(frame.children)});
        break;
      default:
        into.push_back(
            Image{std::move(frame.url), std::move(frame.title), std::move(frame.children)});
        break;
    }
    return 0;
  }

  int text(MD_TEXTTYPE type, const MD_CHAR* data, MD_SIZE size) {
    if (in_made_up_cell_) materialise_cell();
    std::string_view piece = source(std::string_view(data, size));
    FrameKind top = blocks_.back().kind;
    if (top == FrameKind::code || top == FrameKind::html) {
      note_position(piece);
      blocks_.back().text += type == MD_TEXT_NULLCHAR ? kReplacementCharacter : piece;
      return 0;
    }
    ensure_inline_holder();
    note_position(piece);
    if (code_span_) {
      *code_span_ += type == MD_TEXT_NULLCHAR ? kReplacementCharacter : piece;
      return 0;
    }
    if (!spans_.empty() && spans_.back().first_text == nullptr) spans_.back().first_text = data;
    Inlines& into = current_inlines();
    if (spans_.empty()) reserve_ahead(data);
    switch (type) {
      case MD_TEXT_NULLCHAR:
        append_text(into, kReplacementCharacter);
        break;
      case MD_TEXT_BR:
        into.push_back(HardBreak{});
        break;
      case MD_TEXT_SOFTBR:
        into.push_back(SoftBreak{});
        break;
      case MD_TEXT_ENTITY: {
        std::string decoded;
        append_decoded_entity(piece, decoded);
        append_text(into, decoded);
        break;
      }
      case MD_TEXT_HTML:
        append_raw_html(into, piece);
        break;
      default:
        append_text(into, piece);
        break;
    }
    return 0;
  }

 private:
  // A cell of the row on top of the stack. Cells beyond those the row's line holds were made
  // up by md4c: they are counted, against the bounds, but not built.
  int enter_cell(Alignment align) {
    BlockFrame& table = blocks_[blocks_.size() - 2];
    ++table.grid_cells;
    if (++grid_cells_ > grid_budget_ || table.grid_cells > kMaxTableCells) {
      const std::size_t columns = std::max(table.table.header.size(), std::size_t{1});
      std::string message = "the table has " + std::to_string(columns) + " columns and more rows";
      message += table.grid_cells > kMaxTableCells
                     ? " than a table may have: its columns times its rows exceed " +
                           std::to_string(kMaxTableCells) + " cells"
                     : " than an input of this size may have: its tables' columns times rows "
                       "exceed " +
                           std::to_string(grid_budget_) + " cells";
      error_ = Error(ErrorKind::input, message, Location({}, SourcePos{table.line, 0}));
      return -1;  // stops md4c (which passes on only a negative value from within a table)
    }
    BlockFrame& row = blocks_.back();
    if (row.cells_left == 0) {
      ++row.made_up_cells;
      made_up_align_ = align;
      in_made_up_cell_ = true;
      return 0;
    }
    if (row.cells_left != SIZE_MAX) --row.cells_left;
    push(FrameKind::table_cell).align = align;
    return 0;
  }

  // Content arrived in a cell taken for made up: the row's line was miscounted. The cells
  // skipped before it were empty; they are built now, and this one is opened.
  void materialise_cell() {
    in_made_up_cell_ = false;
    BlockFrame& row = blocks_.back();
    for (std::size_t i = 1; i < row.made_up_cells; ++i) {
      row.row.push_back(TableCell{});
      row.cell_alignments.push_back(Alignment::none);
    }
    row.made_up_cells = 0;
    row.cells_left = SIZE_MAX;
    push(FrameKind::table_cell).align = made_up_align_;
  }

  // md4c reads ~x~ and ~~x~~ alike as strikethrough; with subscripts on, one tilde (H~2~O)
  // is a subscript, as in pandoc's Markdown. Told from the mark before the span's first text.
  bool single_tilde(const SpanFrame& frame) const {
    if (!subscripts_ || frame.first_text == nullptr) return false;
    const char* begin = body_.data();
    const char* at = frame.first_text;
    if (at <= begin || at > begin + body_.size() || at[-1] != '~') return false;
    return at - 1 == begin || at[-2] != '~';
  }

  BlockFrame& push(FrameKind kind) {
    BlockFrame frame;
    frame.kind = kind;
    frame.after_line = last_line_;
    blocks_.push_back(std::move(frame));
    return blocks_.back();
  }

  // Whether a block quote or list may open here as a real container; if not, it is made
  // transparent: its content goes into the enclosing container.
  bool open_container() {
    if (transparent_blocks_ > 0 || block_depth_ >= kMaxNesting) {
      ++transparent_blocks_;
      flattened_ = true;
      return false;
    }
    return true;
  }

  Inlines& current_inlines() {
    return spans_.empty() ? blocks_.back().inlines : spans_.back().children;
  }

  void ensure_inline_holder() {
    switch (blocks_.back().kind) {
      case FrameKind::paragraph:
      case FrameKind::implicit_paragraph:
      case FrameKind::heading:
      case FrameKind::table_cell:
        return;
      default:
        push(FrameKind::implicit_paragraph);
    }
  }

  void close_implicit_paragraph() {
    if (!blocks_.empty() && blocks_.back().kind == FrameKind::implicit_paragraph) close_top();
  }

  // Text md4c reports, taken from the original input when it points into the parsed copy.
  std::string_view source(std::string_view piece) const {
    if (!in_body(piece)) return piece;
    return original_.substr(static_cast<std::size_t>(piece.data() - body_.data()), piece.size());
  }
  std::string attribute(const MD_ATTRIBUTE& value) const {
    return decode_attribute(value, [this](std::string_view piece) { return source(piece); });
  }
  bool in_body(std::string_view piece) const {
    return !piece.empty() && piece.data() >= body_.data() &&
           piece.data() < body_.data() + body_.size();
  }

  // md4c gives text pointers into the input (or into its own buffers, for synthesised text
  // such as line endings): the former tell which line a block is on.
  // See kReserveAheadAfter. `at` is where md4c is in the parsed input.
  void reserve_ahead(const MD_CHAR* at) {
    BlockFrame& frame = blocks_.back();
    if (frame.reserved_ahead || frame.inlines.size() < kReserveAheadAfter) return;
    frame.reserved_ahead = true;
    if (at < body_.data() || at >= body_.data() + body_.size()) return;
    const std::size_t bound =
        inline_bound(body_.substr(static_cast<std::size_t>(at - body_.data())));
    if (frame.inlines.capacity() < frame.inlines.size() + bound) {
      frame.inlines.reserve(frame.inlines.size() + bound);
    }
  }

  void note_position(std::string_view piece) {
    if (piece.empty() || piece.data() < original_.data() ||
        piece.data() >= original_.data() + original_.size()) {
      return;
    }
    std::size_t offset = body_offset_ + static_cast<std::size_t>(piece.data() - original_.data());
    BlockFrame& top = blocks_.back();
    if (top.line == 0) top.line = lines_.line_of(offset);
    last_line_ = std::max(last_line_, lines_.line_of(offset + piece.size() - 1));
  }

  // For a block with no text of its own (a thematic break, an empty item or code block): the
  // first line after the content before it that could hold it.
  std::uint32_t guess_line(const BlockFrame& frame) {
    for (std::uint32_t line = std::max<std::uint32_t>(frame.after_line + 1, first_body_line());
         line <= lines_.line_count(); ++line) {
      std::string_view text = lines_.line_text(line);
      bool fits = frame.kind == FrameKind::thematic_break
                      ? text.find_first_of("*-_") != std::string_view::npos
                      : !is_blank(text);
      if (fits) return line;
    }
    return 0;
  }

  std::uint32_t first_body_line() const { return lines_.line_of(body_offset_); }

  void close_top() {
    BlockFrame frame = std::move(blocks_.back());
    blocks_.pop_back();
    // The tree keeps these inlines: growth by doubling left 12 MB unused for 10 MB of text.
    // A vector reserved ahead to a close bound is kept as it is, not copied to shrink it.
    if (frame.inlines.capacity() > frame.inlines.size() + frame.inlines.size() / 4) {
      frame.inlines.shrink_to_fit();
    }
    if (frame.kind == FrameKind::code && frame.fenced && frame.line > 1) {
      --frame.line;  // the opening fence, one line above the first line of code
    }
    if (frame.line == 0) {
      frame.line = guess_line(frame);
      last_line_ = std::max(last_line_, frame.line);
    }
    if (frame.kind == FrameKind::code && frame.fenced) ++last_line_;  // the closing fence
    if (frame.kind == FrameKind::document) {
      result_ = std::move(frame.blocks);
      return;
    }
    BlockFrame& parent = blocks_.back();
    if (parent.line == 0) parent.line = frame.line;
    SourcePos pos{frame.line, 0};
    switch (frame.kind) {
      case FrameKind::item:
        parent.items.push_back(ListItem{std::move(frame.blocks), frame.task});
        return;
      case FrameKind::table_cell:
        if (parent.kind == FrameKind::table_row) {
          parent.row.push_back(TableCell{std::move(frame.inlines)});
          parent.cell_alignments.push_back(frame.align);
        }
        return;
      case FrameKind::table_row: {
        Table& table = parent.table;
        if (parent.in_head && table.header.empty()) {
          table.header = std::move(frame.row);
          table.alignments = std::move(frame.cell_alignments);
          // Every row is one line: the delimiter row follows the header, then the body.
          if (frame.line != 0) parent.next_row_line = frame.line + 2;
        } else {
          frame.row.shrink_to_fit();
          table.rows.push_back(std::move(frame.row));
        }
        return;
      }
      default:
        break;
    }
    Blocks& into = parent.blocks;
    switch (frame.kind) {
      case FrameKind::quote:
        into.emplace_back(BlockQuote{std::move(frame.blocks)}, pos);
        break;
      case FrameKind::bullet_list:
        into.emplace_back(BulletList{frame.tight, std::move(frame.items)}, pos);
        break;
      case FrameKind::ordered_list:
        into.emplace_back(OrderedList{frame.number, frame.tight, std::move(frame.items)}, pos);
        break;
      case FrameKind::paragraph:
      case FrameKind::implicit_paragraph:
        into.emplace_back(Paragraph{std::move(frame.inlines)}, pos);
        break;
      case FrameKind::heading:
        into.emplace_back(Heading{frame.number, std::move(frame.inlines)}, pos);
        break;
      case FrameKind::code:
        into.emplace_back(CodeBlock{std::move(frame.info), std::move(frame.text)}, pos);
        break;
      case FrameKind::html:
        into.emplace_back(RawBlock{"html", std::move(frame.text)}, pos);
        break;
      case FrameKind::thematic_break:
        into.emplace_back(ThematicBreak{}, pos);
        break;
      case FrameKind::table:
        if (frame.table.alignments.empty() && !frame.table.rows.empty()) {
          frame.table.alignments.assign(frame.table.rows.front().size(), Alignment::none);
        }
        into.emplace_back(std::move(frame.table), pos);
        break;
      default:
        break;
    }
  }

  bool subscripts_;
  std::string_view body_;
  std::string_view original_;
  const LineIndex& lines_;
  std::size_t body_offset_;
  std::vector<BlockFrame> blocks_;
  std::vector<SpanFrame> spans_;
  std::optional<std::string> code_span_;
  std::size_t transparent_blocks_ = 0;
  std::size_t transparent_spans_ = 0;
  std::size_t block_depth_ = 1;  // depth of the block sequence now being filled
  std::uint32_t last_line_ = 0;
  bool flattened_ = false;
  std::size_t grid_cells_ = 0;  // table cells md4c has walked, in every table so far
  std::size_t grid_budget_;
  bool in_made_up_cell_ = false;
  Alignment made_up_align_ = Alignment::none;
  std::optional<Error> error_;
  Blocks result_;
};

}  // namespace

Blocks parse_blocks(std::string_view parsed, std::string_view original, const LineIndex& lines,
                    std::size_t body_offset, Dialect dialect, bool subscripts,
                    Diagnostics& diagnostics) {
  Builder builder(parsed, original, lines, body_offset, subscripts);
  MD_PARSER parser{};
  parser.abi_version = 0;
  switch (dialect) {
    case Dialect::gfm:
      parser.flags = MD_DIALECT_GITHUB;
      break;
    case Dialect::markdown:
      // GitHub's extensions that change no CommonMark example; bare autolinks do (a bare URL
      // stays text in CommonMark), so they are left to the gfm dialect.
      parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS;
      break;
    case Dialect::commonmark:
      parser.flags = MD_DIALECT_COMMONMARK;
      break;
  }
  parser.enter_block = [](MD_BLOCKTYPE t, void* d, void* self) {
    return static_cast<Builder*>(self)->enter_block(t, d);
  };
  parser.leave_block = [](MD_BLOCKTYPE t, void* d, void* self) {
    return static_cast<Builder*>(self)->leave_block(t, d);
  };
  parser.enter_span = [](MD_SPANTYPE t, void* d, void* self) {
    return static_cast<Builder*>(self)->enter_span(t, d);
  };
  parser.leave_span = [](MD_SPANTYPE t, void* d, void* self) {
    return static_cast<Builder*>(self)->leave_span(t, d);
  };
  parser.text = [](MD_TEXTTYPE t, const MD_CHAR* text, MD_SIZE size, void* self) {
    return static_cast<Builder*>(self)->text(t, text, size);
  };
  if (parsed.size() > 0xFFFFFFFFu) {
    throw Error(ErrorKind::input,
                "the Markdown input is larger than 4 GiB, which md4c cannot parse");
  }
  if (md_parse(parsed.data(), static_cast<MD_SIZE>(parsed.size()), &parser, &builder) != 0) {
    if (builder.error()) throw *builder.error();
    throw Error(ErrorKind::input, "md4c could not parse the Markdown input (out of memory?)");
  }
  if (builder.flattened()) {
    diagnostics.warn("content nested more than " + std::to_string(kMaxNesting) +
                     " levels deep was flattened to that depth; its text is kept");
  }
  return builder.take_result();
}

}  // namespace govtech::markdown
