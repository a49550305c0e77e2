// Tables: rows and cells read from their paragraphs, merged cells read honestly (a gridSpan
// cell is followed by empty cells, a continued vMerge cell is empty), header rows by tblHeader.
#include <algorithm>
#include <string_view>

#include "body.hpp"
#include "govtech/text.hpp"

namespace govtech::docx {

// A table. Cells hold inline content only, so a cell's paragraphs join with line breaks and a
// table nested in a cell gives its paragraphs to that cell. A table with no cell leaves
// `item.table` unset; a right-to-left table (w:bidiVisual, its first column on the right) in
// a left-to-right document comes in a right-to-left division.
Item read_table(pugi::xml_node tbl, Reading& reading) {
  const Names& n = reading.names;
  std::size_t grid = 0;
  for (pugi::xml_node col : child(tbl, n.w, "tblGrid").children()) grid += is(col, n.w, "gridCol");
  const std::size_t limit = grid > 0 ? grid : 1000;
  Table table;
  bool header = false;
  std::size_t width = 0;
  std::string text;
  auto rows = [&](pugi::xml_node e) {
    if (is(e, n.w, "tr")) {
      std::vector<TableCell> row;
      traverse(
          e,
          [&](pugi::xml_node c) {
            if (container(c, n)) return true;
            if (!is(c, n.w, "tc")) return false;
            pugi::xml_node pr = child(c, n.w, "tcPr");
            const std::size_t span = std::clamp<std::size_t>(
                attr(child(pr, n.w, "gridSpan"), n.w, "val").as_uint(1), 1,
                std::max<std::size_t>(1, limit > row.size() ? limit - row.size() : 1));
            pugi::xml_node merge = child(pr, n.w, "vMerge");
            const bool continued =
                merge && std::string_view(attr(merge, n.w, "val").value()) != "restart";
            TableCell cell;
            traverse(
                c,
                [&](pugi::xml_node inner) {
                  if (is(inner, n.w, "p")) {
                    Para para = read_paragraph(inner, reading);
                    if (continued || is_empty(para)) return false;
                    if (!cell.content.empty()) cell.content.push_back(HardBreak{});
                    for (Inline& node : directed_content(para)) {
                      cell.content.push_back(std::move(node));
                    }
                    if (text.size() < 500) text += " " + para.text;
                    return false;
                  }
                  return container(inner, n) || is(inner, n.w, "tbl") || is(inner, n.w, "tr") ||
                         is(inner, n.w, "tc");
                },
                [](pugi::xml_node) {});
            row.push_back(std::move(cell));
            for (std::size_t k = 1; k < span; ++k) row.push_back(TableCell{});
            return false;
          },
          [](pugi::xml_node) {});
      if (row.empty()) return false;  // a row without cells shows nothing
      width = std::max(width, row.size());
      const bool is_header = on_off(child(e, n.w, "trPr"), n.w, "tblHeader").value_or(false);
      if (is_header && !header && table.rows.empty()) {
        table.header = std::move(row);
        header = true;
      } else {
        table.rows.push_back(std::move(row));
      }
      return false;
    }
    return container(e, n);
  };
  traverse(tbl, rows, [](pugi::xml_node) {});
  table.alignments.assign(width, Alignment::none);
  Item item;
  item.para.pos = {reading.paragraphs, 0};
  if (table.header.empty() && table.rows.empty()) return item;
  const bool rtl = on_off(child(tbl, n.w, "tblPr"), n.w, "bidiVisual").value_or(false);
  if (rtl && !reading.rtl) {
    item.table =
        Block(Division{Attributes{.direction = Direction::rtl}, {std::move(table)}}, item.para.pos);
  } else {
    item.table = Block(std::move(table), item.para.pos);
  }
  std::string_view shown = trim(text);
  std::size_t cut = std::min<std::size_t>(shown.size(), 500);
  while (cut < shown.size() && (static_cast<unsigned char>(shown[cut]) & 0xC0) == 0x80) --cut;
  item.table_text = std::string(shown.substr(0, cut));
  return item;
}

}  // namespace govtech::docx
