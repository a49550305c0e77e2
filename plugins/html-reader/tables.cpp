// Tables: rows from the table and its row groups, spans laid out as empty cells, a header
// row, column alignment, the caption as a paragraph before.
#include <algorithm>

#include "blocks.hpp"
#include "dom.hpp"

namespace html_reader {

using namespace govtech;

void Converter::table(const GumboNode* element, Blocks& out, int depth) {
  constexpr std::size_t kMaxColumns = 1000;  // HTML's own limit for colspan
  std::vector<const GumboNode*> rows;
  std::vector<bool> in_head;
  const GumboVector* kids = children(element);
  for (unsigned i = 0; i < kids->length; ++i) {
    const GumboNode* kid = child(kids, i);
    if (!is_element(kid) || skipped(kid)) continue;
    const GumboTag tag = kid->v.element.tag;
    if (tag == GUMBO_TAG_CAPTION) {
      Inlines caption = paragraph_inlines(kid, depth);
      if (!blank_inlines(caption)) out.push_back({Paragraph{std::move(caption)}, position_of(kid)});
    } else if (tag == GUMBO_TAG_TR) {
      rows.push_back(kid);
      in_head.push_back(false);
    } else if (tag == GUMBO_TAG_THEAD || tag == GUMBO_TAG_TBODY || tag == GUMBO_TAG_TFOOT) {
      const GumboVector* group = children(kid);
      for (unsigned j = 0; j < group->length; ++j) {
        const GumboNode* row = child(group, j);
        if (has_tag(row, GUMBO_TAG_TR) && !skipped(row)) {
          rows.push_back(row);
          in_head.push_back(tag == GUMBO_TAG_THEAD);
        }
      }
    }
  }
  Table t;
  std::vector<std::vector<TableCell>> grid;
  std::vector<std::size_t> spanned;  // rows still covered by a rowspan, per column
  std::vector<bool> all_header;
  for (const GumboNode* row : rows) {
    std::vector<TableCell> cells;
    bool header_cells = true;
    std::size_t column = 0;
    auto fill_spanned = [&]() {
      while (column < spanned.size() && spanned[column] > 0) {
        --spanned[column++];
        cells.emplace_back();
      }
    };
    const GumboVector* row_kids = children(row);
    for (unsigned j = 0; j < row_kids->length; ++j) {
      const GumboNode* cell = child(row_kids, j);
      if (!(has_tag(cell, GUMBO_TAG_TD) || has_tag(cell, GUMBO_TAG_TH)) || skipped(cell)) continue;
      fill_spanned();
      if (column >= kMaxColumns) break;
      header_cells = header_cells && has_tag(cell, GUMBO_TAG_TH);
      const std::size_t colspan =
          static_cast<std::size_t>(number_attribute(cell, "colspan", 1, 1, 1000));
      const std::size_t rowspan =
          static_cast<std::size_t>(number_attribute(cell, "rowspan", 1, 1, 65534));
      // The AST has no spans: a spanning cell holds its content in its first position, the
      // positions it covers are empty cells, so every row keeps its columns.
      TableCell first;
      first.content = paragraph_inlines(cell, depth);
      if (grid.empty() && t.alignments.size() <= column) {
        const std::string align = page_.styles.of(cell).align.empty()
                                      ? ascii_lower(attribute_or(cell, "align"))
                                      : page_.styles.of(cell).align;
        t.alignments.resize(column + 1, Alignment::none);
        t.alignments[column] = align == "left"     ? Alignment::left
                               : align == "center" ? Alignment::center
                               : align == "right"  ? Alignment::right
                                                   : Alignment::none;
      }
      for (std::size_t k = 0; k < colspan && column < kMaxColumns; ++k, ++column) {
        cells.push_back(k == 0 ? std::move(first) : TableCell{});
        if (spanned.size() <= column) spanned.resize(column + 1, 0);
        spanned[column] = rowspan - 1;
      }
    }
    fill_spanned();
    if (cells.empty()) continue;
    grid.push_back(std::move(cells));
    all_header.push_back(header_cells);
  }
  if (grid.empty()) return;
  std::size_t width = 0;
  for (const auto& row : grid) width = std::max(width, row.size());
  for (auto& row : grid) row.resize(width);
  t.alignments.resize(width, Alignment::none);
  bool alignment_given = false;
  for (Alignment a : t.alignments) alignment_given = alignment_given || a != Alignment::none;
  std::size_t first_body = 0;
  if (!in_head.empty() && (in_head[0] || all_header[0])) {
    t.header = std::move(grid[0]);
    first_body = 1;
  }
  for (std::size_t i = first_body; i < grid.size(); ++i) t.rows.push_back(std::move(grid[i]));
  if (!alignment_given) t.alignments.assign(width, Alignment::none);
  out.push_back({std::move(t), position_of(element)});
}

}  // namespace html_reader
