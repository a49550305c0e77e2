#include "raw_html_reading.hpp"

#include <string>
#include <utility>
#include <vector>

#include "block_children.hpp"
#include "govtech/walk.hpp"
#include "inline_syntax.hpp"
#include "raw_html.hpp"
#include "raw_html_elements.hpp"

namespace govtech::markdown {

namespace {

// Elements open at once, at most, in one sequence: each makes a level of nesting. Tags beyond
// are unwrapped (their text kept).
constexpr std::size_t kMaxOpenHtml = 32;

bool is_html(std::string_view format) {
  return format == "html";
}

// The pieces of a run of raw inline HTML: md4c hands over each tag, comment or declaration
// whole, and the builder joins pieces that come one after another; this takes them apart
// again at the ends CommonMark's grammar gives each kind.
std::vector<std::string_view> html_pieces(std::string_view run) {
  std::vector<std::string_view> pieces;
  std::size_t pos = 0;
  while (pos < run.size()) {
    std::size_t end = std::string_view::npos;
    const std::string_view rest = run.substr(pos);
    auto after = [&](std::string_view closer, std::size_t from) {
      const std::size_t at = rest.find(closer, from);
      return at == std::string_view::npos ? rest.size() : at + closer.size();
    };
    if (rest.starts_with("<!--")) {
      end = after("-->", 4);
    } else if (rest.starts_with("<?")) {
      end = after("?>", 2);
    } else if (rest.starts_with("<![CDATA[")) {
      end = after("]]>", 9);
    } else {
      end = std::min(tag_end(rest, 1), rest.size());
    }
    pieces.push_back(rest.substr(0, end));
    pos += end;
  }
  return pieces;
}

struct OpenTag {
  HtmlInlineTag tag;
  Inlines children;
};

void read_inlines(Inlines& inlines, Diagnostics& diagnostics, SourcePos where);

// Rebuilds one sequence with a stack of open tags: what an element held goes into its node.
Inlines rebuild(Inlines input, Diagnostics& diagnostics, SourcePos where) {
  Inlines out;
  std::vector<OpenTag> open;
  auto into = [&]() -> Inlines& { return open.empty() ? out : open.back().children; };
  auto close_top = [&] {
    OpenTag top = std::move(open.back());
    open.pop_back();
    for (Inline& node : close_html_inline(top.tag, std::move(top.children))) {
      into().push_back(std::move(node));
    }
  };
  for (Inline& node : input) {
    const RawInline* raw = node.as<RawInline>();
    if (!raw || !is_html(raw->format)) {
      into().push_back(std::move(node));
      continue;
    }
    for (std::string_view piece : html_pieces(raw->text)) {
      HtmlInlineTag tag = classify_inline_html(piece);
      if (!tag.warning.empty()) diagnostics.warn(tag.warning, where);
      switch (tag.action) {
        case HtmlTagAction::open:
          if (open.size() >= kMaxOpenHtml) break;  // deeper tags are unwrapped: text kept
          open.push_back({std::move(tag), {}});
          break;
        case HtmlTagAction::close: {
          std::size_t k = open.size();
          while (k > 0 && open[k - 1].tag.element != tag.element) --k;
          if (k == 0) break;  // an end tag with no start tag: ignored, as browsers do
          while (open.size() >= k) close_top();
          break;
        }
        case HtmlTagAction::insert:
          if (tag.node) into().push_back(std::move(*tag.node));
          break;
        case HtmlTagAction::drop:
          break;
      }
    }
  }
  while (!open.empty()) close_top();  // closed by the end of what holds them
  merge_adjacent_text(out);
  return out;
}

bool has_raw_html(const Inlines& inlines) {
  for (const Inline& node : inlines) {
    if (const RawInline* raw = node.as<RawInline>(); raw && is_html(raw->format)) return true;
  }
  return false;
}

void read_inlines(Inlines& inlines, Diagnostics& diagnostics, SourcePos where) {
  for (Inline& node : inlines) {
    if (Inlines* children = child_inlines(node)) read_inlines(*children, diagnostics, where);
  }
  if (has_raw_html(inlines)) inlines = rebuild(std::move(inlines), diagnostics, where);
}

void read_sequence(Blocks& blocks, Diagnostics& diagnostics);

void read_children(Block& block, Diagnostics& diagnostics) {
  for_each_child_blocks(block, [&](Blocks& children) { read_sequence(children, diagnostics); });
}

struct OpenDivision {
  std::string element;
  Attributes attributes;
  SourcePos pos;
  Blocks blocks;
};

void read_sequence(Blocks& blocks, Diagnostics& diagnostics) {
  Blocks out;
  std::vector<OpenDivision> open;
  auto into = [&]() -> Blocks& { return open.empty() ? out : open.back().blocks; };
  auto close_top = [&] {
    OpenDivision top = std::move(open.back());
    open.pop_back();
    if (top.attributes.empty()) {
      for (Block& b : top.blocks) into().push_back(std::move(b));
    } else {
      into().emplace_back(Division{std::move(top.attributes), std::move(top.blocks)}, top.pos);
    }
  };
  for (Block& block : blocks) {
    read_children(block, diagnostics);
    const RawBlock* raw = block.as<RawBlock>();
    if (!raw || !is_html(raw->format)) {
      into().push_back(std::move(block));
      continue;
    }
    if (std::optional<HtmlDivisionEdge> edge = html_division_edge(raw->text)) {
      if (!edge->warning.empty()) diagnostics.warn(edge->warning, block.pos);
      if (edge->opens) {
        if (open.size() < kMaxOpenHtml) {
          open.push_back({edge->element, std::move(edge->attributes), block.pos, {}});
        }
      } else {
        std::size_t k = open.size();
        while (k > 0 && open[k - 1].element != edge->element) --k;
        while (k > 0 && open.size() >= k) close_top();
      }
      continue;
    }
    for (Block& read : html_block_to_blocks(raw->text, block.pos, diagnostics)) {
      into().push_back(std::move(read));
    }
  }
  while (!open.empty()) close_top();
  blocks = std::move(out);
}

}  // namespace

void read_raw_html(Blocks& blocks, Diagnostics& diagnostics) {
  read_sequence(blocks, diagnostics);
  for_each_block_inlines(blocks, [&](Inlines& inlines, SourcePos where) {
    read_inlines(inlines, diagnostics, where);
  });
}

}  // namespace govtech::markdown
